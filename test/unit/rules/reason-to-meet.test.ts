import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, phrases, request, ruleTester } from '../../helpers/ruleTester';

const TAKES_ONLY = request(
  'Hi Priya,\n\nI am a second-year nursing student moving into health informatics. Would you have 15 minutes for a call next week to talk about how you made that move?\n\nThanks,\nOmar',
);

ruleTester('reason-to-meet', {
  valid: [
    {
      name: 'leave to use what the sender recorded (a falconer)',
      text: request('I fly harris hawks at a rescue centre near Ayr. I filmed forty hours of flight trials last spring — you can use the footage freely in your lectures. Could we talk for 15 minutes about how you moved into raptor research?'),
    },
    {
      name: 'data that is theirs if they want it, its “they are” left out (a cheesemaker)',
      text: request('I logged rind humidity in our caves for two winters, yours if you would like the sheets. Would you have 15 minutes for a call about washed rinds?'),
    },
    {
      name: 'an honoured sender sending records whether or not they meet (a bell-ringer)',
      text: request('We kept the tower’s peal records since 1890. I would be honoured to send them to you, whether or not you have time to talk. Could we speak for 15 minutes?'),
    },
    {
      name: 'a fellow member of their trade is shared ground',
      text: request('As a fellow beekeeper on the island, I have been logging hive weights all winter. Could we talk for 15 minutes about the drop you saw in February?'),
    },
    {
      name: 'a fix already made for them is a reason',
      text: request('I maintain a fork of your knitting-pattern parser and found why long rows wrap badly; I have a patch ready. Could we talk for 15 minutes about whether you want it upstream?'),
    },
    {
      name: 'a benefit named for their team',
      text: request('Our county tally of well-water tests sits in the attached table, and it might spare your field team a season of sampling. Would you have 20 minutes for a call next week?'),
    },
    {
      name: 'a role offered to them',
      text: request('Our studio is hiring a lead sound designer, and your work on the lighthouse game is exactly the feel we want. Would you be up for a 20-minute call this week?'),
    },
    {
      name: 'brings an idea of their own about the field',
      text: request(
        'Your open-source route planner is a joy to read. I suspect the same heuristics could cut delivery times for rural clinics by a lot. Would you be open to a 15-minute call about where they break down?',
      ),
    },
    {
      name: 'offers to share results',
      text: request(
        'Hi Priya,\n\nI run the analytics team at a regional clinic network. We tried the triage dashboard layout from your conference talk, and I would be glad to share what changed in our wait times. Would you have 15 minutes next week?\n\nBest,\nOmar',
      ),
    },
    {
      name: 'offers an introduction in return',
      text: request('I am a product designer at a fintech startup. I can introduce you to two founders who are hiring for the accessibility work you write about. Could we talk for 20 minutes on Thursday?'),
    },
    {
      name: 'shared background',
      text: request('We are both former high-school teachers who moved into instructional design, so I suspect we have made many of the same mistakes. Would a 15-minute call next week work for you?'),
    },
    {
      name: 'fellow alum',
      text: request('As a fellow Rutgers engineering grad, I was glad to see your name on the speaker list. Would you have 15 minutes to talk about your first year as a site reliability engineer?'),
    },
    {
      name: 'mutual benefit for their audience',
      text: request('I organize a student data science meetup of about 200 members. Our members would love to hear about your open-source forecasting library, and I would like to invite you to speak at our May session. Could we talk for 15 minutes next week?'),
    },
    {
      name: 'data that may be useful to them',
      text: request('I have collected survey results from 300 bootcamp graduates on their first job search, which might be useful for your research on hiring pipelines. Could I send you a summary and ask two questions on a short call?'),
    },
    {
      name: 'not a request kind',
      text: '---\nkind: thank-you\n---\nThank you for the call on Tuesday. Your advice about portfolio reviews was spot on.',
    },
    {
      name: 'the sender would gladly send notes of their own (a clockmaker)',
      text: request('I restore longcase clocks in Shropshire. I would gladly send you my notes on the two Vulliamy movements I rebuilt this winter. Could we talk for 15 minutes about your escapement paper?'),
    },
  ],
  invalid: [
    {
      name: 'leave to use a booking link is logistics, not an offer (a piano tuner)',
      text: request('I tune pianos in Hull and want to move into restoration. You can use the link below to pick a slot. Could we talk for 15 minutes about how you learned the trade?'),
      flagged: ['Could we talk for 15 minutes about how you learned the trade?'],
    },
    {
      name: 'a note with times is logistics, not an offer',
      text: request('I am a retired surveyor learning to restore clocks. I will send you a note with a few times. Could we talk for 15 minutes about how you learned the trade?'),
      flagged: ['Could we talk for 15 minutes about how you learned the trade?'],
    },
    {
      name: 'a belief about the sender themself is not an insight for them',
      text: request('I have coached junior rowers for a decade, and I believe my coaching could carry over to sports analytics. Would you have 15 minutes for a call on Tuesday to talk about your move into analytics?'),
      flagged: ['Would you have 15 minutes for a call on Tuesday to talk about your move into analytics?'],
    },
    {
      name: 'a former fellow of a programme is not shared ground',
      text: request('I am applying to the residency you held in 2019. A note from a former fellow would help me a lot. Could we talk for 15 minutes about how you prepared your application?'),
      flagged: ['Could we talk for 15 minutes about how you prepared your application?'],
    },
    {
      name: 'a disclaimer is not an offer',
      text: request('I am a retired machinist learning to restore clocks. I am not asking for anything big. Could we talk for 15 minutes about how you learned the trade?'),
      flagged: ['Could we talk for 15 minutes about how you learned the trade?'],
    },
    {
      name: 'a compliment is not an insight',
      text: request('I think you would be a wonderful mentor for me. Would you have 15 minutes for a call next week?'),
      flagged: ['Would you have 15 minutes for a call next week?'],
    },
    {
      name: 'only the sender’s reason',
      text: TAKES_ONLY,
      flagged: ['Would you have 15 minutes for a call next week to talk about how you made that move?'],
      message: /reason for them to say yes/,
      output: (fixed) => {
        // The clause goes right after the sender's introduction sentence.
        assert.match(fixed, /moving into health informatics\. \S/);
        assert.ok(fixed.includes('Would you have 15 minutes for a call next week'));
      },
    },
    {
      name: 'logistics are not an offer',
      text: request('I am finishing a bootcamp in UX design. Could we meet for 20 minutes so I can ask about your portfolio reviews? I can send over a few times that work.'),
      flagged: ['Could we meet for 20 minutes so I can ask about your portfolio reviews?'],
    },
    {
      name: 'an ask with no introduction at all',
      text: request('Hey, I need a few good backend engineers. Who do you know?'),
      flagged: ['Who do you know?'],
    },
    {
      name: 'sharing one’s own background is not value for them',
      text: request('I am a career changer from retail management. I would be happy to share more about my background on a 15-minute call next week, if you are open to it.'),
      flagged: ['I would be happy to share more about my background on a 15-minute call next week, if you are open to it.'],
    },
    {
      name: 'flattery is not value',
      text: request('Hi Dana,\n\nI really admire your work and your impressive career. I would love to pick up some tips. Are you free for a quick 15-minute chat?\n\nCheers,\nLee'),
      flagged: ['Are you free for a quick 15-minute chat?'],
    },
  ],
});

describe('reason-to-meet phrase clauses', () => {
  const fixes = lintText(TAKES_ONLY).find((finding) => finding.rule === 'reason-to-meet')?.fixes ?? [];
  it('offers the phrase library’s clauses as fixes', () => {
    assert.equal(fixes.length, Math.min(3, phrases.inCategory('reason-to-meet', 'request').length));
  });
  for (const entry of phrases.inCategory('reason-to-meet', 'request')) {
    it(`“${entry.label}” satisfies the rule once inserted`, () => {
      const fixed = TAKES_ONLY.replace('health informatics.', `health informatics. ${entry.text}`);
      assert.deepEqual(lintText(fixed).filter((finding) => finding.rule === 'reason-to-meet'), []);
    });
  }
});
