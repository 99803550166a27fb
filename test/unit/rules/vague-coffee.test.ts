import assert from 'node:assert/strict';
import { request, ruleTester } from '../../helpers/ruleTester';

ruleTester('vague-coffee', {
  valid: [
    { name: 'a plan with “and get together” an object is chores, not a meeting (a harbourmaster)', text: request('I run the harbour office at Whitby. We should tidy the slipway and get together the mooring records before spring.') },
    { name: 'a plan to walk and catch up about a named topic (a beekeeper)', text: request('I keep bees on the allotments. We should walk the hives some time and catch up about your varroa counts.') },
    { name: 'another subject after “and” is no shared plan (a bus driver)', text: request('I drive the night bus in Leeds. We should fix the timetable and they can hang out the new posters.') },
    {
      name: 'coffee with a purpose and a time limit',
      text: request('Hi Sam,\n\nLet’s grab coffee for 20 minutes next week so I can ask how you moved from QA into security.\n\nThanks,\nLee'),
    },
    { name: 'purpose stated in the next sentence', text: request('Let’s grab coffee sometime! I would love to hear how you built the apprenticeship programme at your company.') },
    { name: 'a time limit makes it concrete enough for this rule', text: request('Would you like to meet up sometime for 15 minutes? I am new to the city and the data meetup scene.') },
    { name: 'coffee mentioned in the sender’s story', text: request('We met over coffee at the design meetup in March. Would you have 15 minutes next week to talk about your research ops role?') },
    { name: 'a get-together they hosted', text: request('Thanks for hosting the get-together for new product managers last week. Could I ask you two questions about roadmapping by email?') },
    { name: 'hard negative: a concrete coffee ask', text: request('Could we get coffee near your office on Thursday for 15 minutes to talk about your move into hardware?') },
    { name: 'not a request kind', text: '---\nkind: thank-you\n---\nThanks again for the advice on my portfolio. Let’s do coffee when you are back from your trip!' },
    { name: 'a treat with a topic in the same ask', text: request('I run a comic shop in Cardiff. We should grab a milkshake sometime so I can ask about your zine distribution.') },
    { name: 'a treat they hosted, in the past', text: request('We shared a pizza at the game jam last spring. Could I ask you two questions about your level editor by email?') },
    { name: 'a treat with a length', text: request('We should grab a pint for 20 minutes after your Thursday shift; I would love to hear how you set up the brewery co-op.') },
    { name: 'tea as a word for something else, no meeting', text: request('I run a print shop in Derby. We could get tea towels printed with your heron design; could you tell me who handles licensing?') },
    { name: 'get together an object, no meeting', text: request('I keep the books for a rowing club. We should get together the receipts before the audit; could you send last year’s ledger?') },
    { name: 'a lunch that should have happened', text: request('I sell seed potatoes. We ought to have met for lunch at the show, but my van broke down. Could I ask you one question about blight by email?') },
    { name: 'an invitation to a cup with a length and a topic', text: request('I train kestrels. Fancy a cup for 20 minutes so I can ask how you keep gulls off the runway?') },
    { name: 'a cup of something else', text: request('I bake for the village fete. Fancy a cup of flour from our mill for your bread trial? Could you tell me by Friday?') },
    { name: 'fancy as an adjective', text: request('I sell a fancy coffee grinder at the market. Could you tell me which burr size suits your roastery?') },
    { name: 'a plan with an adverb and a topic', text: request('I sell seed potatoes in Fife. We really ought to grab a coffee to talk through your blight-resistant varieties.') },
    { name: 'the topic of their post is also the meeting’s, said after the plan (a hedge-layer)', text: request('Read your blog about Midland-style hedges. We should grab a coffee sometime and talk about how you train volunteers.') },
    { name: 'a plan with “to hear about” after a mention of their thread (a luthier)', text: request('ur thread on how you bend cello ribs was great. we should get a beer sometime, i would love to hear about your steam box.') },
    { name: 'notes about their work to compare, not a description of it (a cheesemaker)', text: request('I age tomme in the Jura. Let’s meet up sometime so I can ask about the rind-washing you wrote up.') },
  ],
  invalid: [
    {
      name: 'a plan to do something and “just hang out” (a hockey coach)',
      text: request('I coach peewee hockey in Moose Jaw. We should hit the outdoor rink sometime and just hang out.'),
      flagged: ['We should hit the outdoor rink sometime and just hang out.'],
    },
    {
      name: 'let’s with an unknown treat and “catch up” (a tea blender)',
      text: request('I blend rooibos in Stellenbosch. Let’s share a koeksister one afternoon and catch up!'),
      flagged: ['Let’s share a koeksister one afternoon and catch up!'],
    },
    {
      name: 'an invitation to a cup with its “do you” left out, no topic (a farrier)',
      text: request('I shoe horses in the Dales. Fancy a cup somewhere one of these weeks, and we will see where the chat takes us?'),
      flagged: ['Fancy a cup somewhere one of these weeks, and we will see where the chat takes us?'],
    },
    {
      name: '“are you up for” a pint (a bell-ringer)',
      text: request('I ring the tenor bell at St Olave’s. Are you up for a pint one evening after practice?'),
      flagged: ['Are you up for a pint one evening after practice?'],
    },
    {
      name: 'a plan with an adverb between “we” and the modal',
      text: request('I repair accordions in Lyon. We really ought to get together over a pot of coffee one of these weeks.'),
      flagged: ['We really ought to get together over a pot of coffee one of these weeks.'],
    },
    {
      name: '“you and I” with an adverb after the modal',
      text: request('I design tabletop games. You and I should definitely go for a pint when the convention is over.'),
      flagged: ['You and I should definitely go for a pint when the convention is over.'],
    },
    {
      name: '“need to” as the plan',
      text: request('I drive a school bus in Tulsa and read your piece on route planning. We need to meet up soon!'),
      flagged: ['We need to meet up soon!'],
    },
    {
      name: 'let’s do coffee as the whole ask',
      text: request('Hi Sam,\n\nI saw you also work in fintech. Let’s do coffee!\n\nBest,\nLee'),
      flagged: ['Let’s do coffee!'],
      message: /what you would talk about and for how long/,
      output: (fixed) => {
        assert.doesNotMatch(fixed, /Let’s do coffee/);
        assert.match(fixed, /I saw you also work in fintech\. Would you have 15 minutes[^\n]*\?\s\S[^\n]*\{\{meeting\.topic\}\}/);
      },
    },
    {
      name: 'grab coffee sometime',
      text: request('Loved your thread on design systems. We should grab coffee sometime.'),
      flagged: ['We should grab coffee sometime.'],
    },
    {
      name: 'let’s get together',
      text: request('Hey Dana, great to meet you at the alumni night. Let’s get together soon!'),
      flagged: ['Let’s get together soon!'],
    },
    {
      name: 'meet up sometime',
      text: request('I am also a bootcamp graduate working in Ruby. Would you want to meet up sometime?'),
      flagged: ['Would you want to meet up sometime?'],
    },
    {
      name: 'a soda sometime, topic only “it”',
      text: request('I coach the under-12s at the rink. We should grab a lemonade sometime and talk it all through.'),
      flagged: ['We should grab a lemonade sometime and talk it all through.'],
    },
    {
      name: 'let’s get a bite',
      text: request('I just opened a taco truck two blocks from your bakery. Let’s grab a bite one of these days!'),
      flagged: ['Let’s grab a bite one of these days!'],
    },
    {
      name: 'the topic of the recipient’s post is no topic for the coffee (a lighthouse keeper, one hurried line)',
      text: request('hiya — loved ur post about foghorn restoration, amazing stuff. we should grab a coffee sometime!!'),
      flagged: ['hiya — loved ur post about foghorn restoration, amazing stuff. we should grab a coffee sometime!!'],
    },
    {
      name: 'what the recipient wrote about, then a plan with no topic (a retired teacher)',
      text: request('I taught chemistry for thirty years. The piece you wrote about lab safety in rural schools stayed with me. Let’s meet up sometime!'),
      flagged: ['Let’s meet up sometime!'],
    },
    {
      name: 'their recent talk on how they did something, then a pint (a game designer)',
      text: request('I design card games in Leeds. Your recent GDC talk on how you balance deckbuilders was brilliant, we should go for a pint sometime.'),
      flagged: ['Your recent GDC talk on how you balance deckbuilders was brilliant, we should go for a pint sometime.'],
    },
  ],
});
