import assert from 'node:assert/strict';
import { request, ruleTester } from '../../helpers/ruleTester';

ruleTester('time-limit', {
  valid: [
    { name: 'a pint that is in the past, no ask for a meeting', text: request('I rebuild dry-stone walls. We used to share a pint every Friday before you moved. Could you send me the wall survey by email?') },
    { name: 'a stand at a fair they go to anyway', text: request('I rebuild dry-stone walls. Stop by the booth at the county show if you are going anyway, and could you send me the wall survey by email?') },
    { name: 'a length set aside, told in the present perfect', text: request('I farm oysters in Cork. I have set aside 20 minutes on Friday; would you be up for a phone chat about your spat counts?') },
    { name: 'a past act that books a time to come', text: request('I grow saffron in Essex. I blocked out 20 minutes on Thursday morning. Could we talk by phone about your corm trials?') },
    { name: 'a past act done for them', text: request('I grow saffron in Essex. I cleared 20 minutes for you after the harvest. Could we talk by phone about your corm trials?') },
    { name: 'a past length next to a stated one', text: request('The last tasting ran two hours. Could we talk by phone about your blending notes? Fifteen minutes would do.') },
    { name: 'half a morning is a stated length', text: request('Could we find half a morning next month to walk your hop garden together?') },
    { name: 'states 15 minutes', text: request('Hi Ana,\n\nWould you have 15 minutes for a call next week to talk about your move into design?\n\nThanks,\nJo') },
    { name: 'a quarter of an hour', text: request('Could we chat for a quarter of an hour about your work on accessibility audits?') },
    { name: 'a 20-min call', text: request('Would a 20-min call sometime next week work for you?') },
    { name: 'half an hour', text: request('Would you have half an hour for coffee next week?') },
    { name: 'a long duration belongs to long-meeting', text: request('Would you be free for lunch for an hour next Tuesday?') },
    { name: 'email-only favor', text: request('Would you be willing to introduce me to someone on the data team?') },
    { name: 'not a request kind', text: '---\nkind: thank-you\n---\nThanks again for the call yesterday. Could we talk again in the spring?' },
    { name: 'no ask at all', text: request('I read your article on onboarding and it changed how I run my first week with new hires.') },
    { name: 'a plan to meet that states its length', text: request('I fix vintage radios above the bike shop. We should grab a 15-minute tea one afternoon!') },
    { name: 'a meeting that should have happened is no ask', text: request('I restore pianos in Cork. We should have met at the trade fair last spring, but I missed the train.') },
    { name: 'a guess about meeting is no ask', text: request('I restore pianos in Cork. We might cross paths at the guild meeting in May.') },
    { name: 'a deadline on their day is not time asked', text: request('I keep the parish accounts in Ely. Could you send the signed form by your Friday deadline?') },
    { name: 'taking their day off is no ask for time', text: request('I grow tulips near Spalding. Could you take your Friday off to see the fields in bloom? Or a call works too.') },
    { name: 'a share of their day with a length', text: request('I design board games. Could I claim twenty minutes of your Friday to ask how you playtest with children?') },
    { name: 'a past participle after “ought to have” is no ask', text: request('I carve chess sets in Oaxaca. We ought to have talked at the fair, but the queue was too long.') },
    { name: 'a slot given by its two clock ends states its length', text: request('I keep bees on a hospital roof in Leeds. Could I buy you a coffee on Tuesday from 10:00 to 10:20 to hear how you calm a swarm?') },
    { name: 'a slot whose first end carries a time zone', text: request('I tune harpsichords in Bruges. Could we speak by phone on Monday from 9:00 CET to 9:20 about your temperaments?') },
    { name: 'a slot between two times with pm on the end', text: request('I repair church organs. Would you be free for a call between 2 and 2:30 pm on Thursday about your bellows restoration?') },
    { name: '“get together” with an object is no meeting', text: request('I carve chess sets in Oaxaca. We really should get together the photos for the catalogue.') },
  ],
  invalid: [
    {
      name: 'a wide window of free hours is not the meeting’s length (a ferry pilot)',
      text: request('I pilot the island ferry. Could we talk by phone about your tide tables? I am free any time between 9:00 and 11:00 on Monday.'),
      flagged: ['Could we talk by phone about your tide tables?'],
    },
    {
      name: 'a working day from nine to five is no length (a cheesemaker)',
      text: request('I make goat cheese in the Dordogne. Could we meet at your dairy? The shop is open from 9:00 to 17:00.'),
      flagged: ['Could we meet at your dairy?'],
    },
    {
      name: 'a cuppa with its “do you” left out (a dry-stone waller)',
      text: request('I rebuild dry-stone walls. Fancy a cuppa at the farm shop one afternoon?'),
      flagged: ['Fancy a cuppa at the farm shop one afternoon?'],
    },
    {
      name: 'a visit to the sender’s place (a wheelwright)',
      text: request('I build cart wheels by hand. Swing by the workshop whenever you are passing and I will put the kettle on.'),
      flagged: ['Swing by the workshop whenever you are passing and I will put the kettle on.'],
    },
    {
      name: 'lengths that only tell what already happened',
      text: request('I make stop-motion puppets. Yesterday I spent an hour trimming a forty-minute showreel of the puppets. Would you be up for a video call or a phone chat about your studio?'),
      flagged: ['Would you be up for a video call or a phone chat about your studio?'],
    },
    {
      name: 'a meal stood as the ask, with a past length elsewhere',
      text: request('The auction took three hours last spring. May I take you for a bowl of pho and hear how you value old looms?'),
      flagged: ['May I take you for a bowl of pho and hear how you value old looms?'],
    },
    {
      name: 'a plan to meet with an adverb before the modal',
      text: request('I carve chess sets in Oaxaca and loved your piece on pear-wood. We really should sit down over a cuppa one of these weeks.'),
      flagged: ['We really should sit down over a cuppa one of these weeks.'],
    },
    {
      name: '“you and I” as the subject of the plan',
      text: request('I run a cider press in Somerset. You and I ought to swap notes over a pint after the harvest.'),
      flagged: ['You and I ought to swap notes over a pint after the harvest.'],
    },
    {
      name: 'coffee without a duration',
      text: request('Hi Ana,\n\nI am moving into design. Could we grab coffee next week to talk about how you made the switch?\n\nThanks,\nJo'),
      flagged: ['Could we grab coffee next week to talk about how you made the switch?'],
      message: /how long/,
      output: (fixed) => assert.match(fixed, /\. Could we grab a 15-minute coffee next week to talk about how you made the switch\?\n/),
    },
    {
      name: '"it would be great to meet" is an ask',
      text: request('I teach chemistry and I am moving into UX. It would be great to meet in person and discuss your move into design.'),
      flagged: ['It would be great to meet in person and discuss your move into design.'],
    },
    {
      name: 'a quick chat is not a duration',
      text: request('Let me know if you would like to have a quick chat in the coming weeks.'),
      flagged: ['Let me know if you would like to have a quick chat in the coming weeks.'],
    },
    {
      name: 'a plan to meet is an ask',
      text: request('Loved the koi pond you built for the school. I landscape gardens two streets over. We should grab a coffee sometime!'),
      flagged: ['We should grab a coffee sometime!'],
    },
    {
      name: 'a proposal with "we could"',
      text: request('I run the allotment society newsletter. Honestly, we could hop on a call once the harvest is in.'),
      flagged: ['Honestly, we could hop on a call once the harvest is in.'],
    },
    {
      name: 'a corner of their day, with no length',
      text: request('I run a small dental practice in Hull. Could I steal a slice of your Tuesday afternoon to hear how you cut no-shows in half?'),
      flagged: ['Could I steal a slice of your Tuesday afternoon to hear how you cut no-shows in half?'],
    },
    {
      name: 'a slot in their diary',
      text: request('I am a retired ferry captain writing a harbour history. Would you spare me a slot in your diary next month to talk about the 1953 flood?'),
      flagged: ['Would you spare me a slot in your diary next month to talk about the 1953 flood?'],
    },
  ],
});
