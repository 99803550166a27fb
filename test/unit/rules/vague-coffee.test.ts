import assert from 'node:assert/strict';
import { request, ruleTester } from '../../helpers/ruleTester';

ruleTester('vague-coffee', {
  valid: [
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
  ],
  invalid: [
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
  ],
});
