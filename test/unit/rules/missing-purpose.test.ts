import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, phrases, request, ruleTester } from '../../helpers/ruleTester';

const NO_TOPIC = request('Hi Mei,\n\nI am a recent graduate looking to grow my network. Would you be free for a 15-minute call next week?\n\nThanks,\nJordan');

ruleTester('missing-purpose', {
  valid: [
    {
      name: 'a task asked through the sender after "so"',
      text: request('Could we have a 15-minute call next week so I can ask you to introduce me to the curator of your seed archive?'),
    },
    {
      name: 'where something goes, heard from them, is a topic',
      text: request('I keep the accounts for a small museum. I would love to hear where the grant money goes in a museum your size. Could we talk for 15 minutes?'),
    },
    {
      name: 'a topic with no subject before it (“Mostly curious about…”)',
      text: request('I have run a dairy farm for twenty years. Mostly curious about how you handled the switch to milking robots. Could I have fifteen minutes next week?'),
    },
    {
      name: 'a topic in a sentence of the sender’s',
      text: request('I have run a dairy farm for twenty years. My question is about robotic milking in small herds. Could I have fifteen minutes next week?'),
    },
    {
      name: 'an email-only favor is its own purpose',
      text: request('Would you be willing to share the rainfall table behind your second chart?'),
    },
    {
      name: 'a concrete task beside the call',
      text: request('Would you have 15 minutes for a call? Mainly I hope you could introduce me to the head gardener at the botanic trust.'),
    },
    {
      name: 'the ask names the topic',
      text: request('Would you have 15 minutes next week to talk about how you moved from teaching into UX research?'),
    },
    {
      name: 'the topic is in a sentence before the ask',
      text: request('I am weighing whether to stay in agency work or go freelance. Could we talk for 15 minutes next week?'),
    },
    {
      name: 'a question by email is its own topic',
      text: request('What was the hardest part of your first year as a new engineering manager?'),
    },
    {
      name: 'advice on a named thing',
      text: request('I would be grateful for any advice on building a portfolio for policy research roles.'),
    },
    {
      name: '“pick your brain about …” still names a topic',
      text: request('I saw that you also work in Rust. Could I pick your brain about it over a 15-minute call?'),
    },
    {
      name: 'no ask at all',
      text: request('I enjoyed your workshop last month and wanted to say thanks.'),
    },
    {
      name: 'a segment on the topic the sentence before named',
      text: request('I restore church organs, and last winter I measured how forty of them went out of tune in the cold. Would a 20-minute segment on that fit your radio show?'),
    },
    {
      name: 'a call on a named subject',
      text: request('I grow hops in Kent. Would a 15-minute call on drip irrigation for bines work for you next week?'),
    },
    {
      name: 'a hope for a task, however it is phrased',
      text: request('Could we have a 20-minute call next week? What I am secretly hoping is that you could put me in touch with the curator of the aviation museum.'),
    },
    {
      name: 'a purpose given as “to talk through …”',
      text: request('I run a small abattoir in Powys. Could we have a 15-minute call to talk through the new carcass-labelling rules?'),
    },
    {
      name: 'a call so they could do a task (a harp maker)',
      text: request('I build lever harps in Cork. Could we have a 20-minute call so you could introduce me to whoever buys instruments for the conservatoire?'),
    },
    {
      name: 'a meeting so that they can check something',
      text: request('I wire old farmhouses in Kerry. Would you have half an hour next week, so that you can check my plan for the dairy shed?'),
    },
  ],
  invalid: [
    {
      name: 'an open end is no topic: “see where the talk goes” (a well-digger)',
      text: request('I dig wells in the Karoo. Up for a brew next week? No agenda, we will just see where the talk goes.'),
      flagged: ['Up for a brew next week?'],
    },
    {
      name: 'a call so they could get to know each other names no task (a lighthouse keeper)',
      text: request('I kept the Fastnet light for a decade. Could we have a 20-minute call so you could get to know me?'),
      flagged: ['Could we have a 20-minute call so you could get to know me?'],
    },
    {
      name: 'a call so we can catch up names no task',
      text: request('I repair church clocks in Bruges. Could we have a quick call next week so we can catch up?'),
      flagged: ['Could we have a quick call next week so we can catch up?'],
    },
    {
      name: 'an open plan with an adverb and no topic',
      text: request('I paint theatre sets in Leeds and admired your foyer mural. We really ought to get together over a cuppa one of these weeks.'),
      flagged: ['We really ought to get together over a cuppa one of these weeks.'],
    },
    {
      name: '“about” in what others say names no topic for the two of them',
      text: request('I have kept sheep on the fells for twenty years; the whole valley talks about it. Could I have fifteen minutes of your time next week?'),
      flagged: ['Could I have fifteen minutes of your time next week?'],
    },
    {
      name: 'others’ curiosity is not the sender’s topic',
      text: request('Everyone at the allotment society is curious about raised beds. Could I have fifteen minutes of your time next week?'),
      flagged: ['Could I have fifteen minutes of your time next week?'],
    },
    {
      name: 'an open connect with no topic',
      text: request('I am switching from accounting to farming. I would love it if we could connect sometime.'),
      flagged: ['I would love it if we could connect sometime.'],
    },
    {
      name: 'connect and grow my network',
      text: NO_TOPIC,
      flagged: ['Would you be free for a 15-minute call next week?'],
      message: /what you would like to talk about/,
      output: (fixed) => assert.match(fixed, /call next week\? \S[^\n]*\n\nThanks,/),
    },
    {
      name: 'logistics are not a topic',
      text: request('Hey Sam, I would like to meet up. How does Tuesday sound? What time works for you?'),
      flagged: ['Hey Sam, I would like to meet up.'],
    },
    {
      name: 'any advice and guidance',
      text: request('Hi Kai. You have an impressive profile. I would love it if we could connect. I would welcome any guidance you could offer. Thanks!'),
      flagged: ['I would love it if we could connect.'],
    },
    {
      name: 'borrowing minutes is time, not a task',
      text: request('Could I borrow fifteen minutes of your Thursday for a phone call? I run a dairy of sixty cows near Aberystwyth.'),
      flagged: ['Could I borrow fifteen minutes of your Thursday for a phone call?'],
    },
    {
      name: 'a call on a day or over an app names no topic',
      text: request('I keep bees in Devon. Would a 20-minute chat on Zoom next Thursday suit you? Or a call on the 14th?'),
      flagged: ['Would a 20-minute chat on Zoom next Thursday suit you?'],
    },
    {
      name: 'a plan to meet with no topic',
      text: request('I just moved in above the bike shop and fix vintage radios. We should grab a tea sometime!'),
      flagged: ['We should grab a tea sometime!'],
    },
  ],
});

describe('purpose phrase clauses', () => {
  for (const entry of phrases.inCategory('purpose', 'request')) {
    it(`“${entry.label}” satisfies the rule once inserted`, () => {
      const fixed = NO_TOPIC.replace('next week?', `next week? ${entry.text}`);
      assert.deepEqual(lintText(fixed).filter((finding) => finding.rule === 'missing-purpose'), []);
    });
  }
});
