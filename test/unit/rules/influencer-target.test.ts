import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, phrases, request, ruleTester } from '../../helpers/ruleTester';

const EXECUTIVE = 'recipient:\n  seniority: executive';
const INFLUENCER = 'recipient:\n  seniority: influencer';

ruleTester('influencer-target', {
  valid: [
    { name: 'offers to meet at their conference', text: request('I see you are speaking at the product leadership summit in May. Could I say hello for a few minutes after your talk there?', EXECUTIVE) },
    { name: 'an event placeholder', text: request('Since we will both be at {{recipient.event}}, could we talk for ten minutes between sessions?', `${INFLUENCER}\nvariables:\n  recipient.event: the Berlin design meetup`) },
    { name: 'the sender will be at their event', text: request('I will be at the fintech meetup you host on the 12th. Would you have five minutes to chat there?', EXECUTIVE) },
    { name: 'a peer needs no event', text: request('Would you have 15 minutes next week to talk about your move into design?', 'recipient:\n  seniority: peer') },
    { name: 'no seniority given', text: request('Would you have 15 minutes next week to talk about your move into design?') },
    { name: 'an email-only favor', text: request('Could you point me to the write-up of your keynote on developer relations?', INFLUENCER) },
  ],
  invalid: [
    {
      name: 'an executive asked for a separate call',
      text: request('Hi Dana,\n\nI lead a small team at a logistics startup. Would you have 15 minutes for a call next week about scaling support?\n\nThanks,\nKai', EXECUTIVE),
      flagged: ['Would you have 15 minutes for a call next week about scaling support?'],
      message: /event they already attend/,
      output: (fixed) => assert.match(fixed, /about scaling support\? \S[^\n]*\{\{recipient\.event\}\}/),
    },
    {
      name: 'an influencer asked for coffee',
      text: request('I have followed your newsletter for years. Could I buy you a coffee next month to hear how you grew it?', INFLUENCER),
      flagged: ['Could I buy you a coffee next month to hear how you grew it?'],
      message: /well-known person/,
    },
    {
      name: 'a duration-only ask to an executive',
      text: request('I am applying for the analyst role on your team. Are you free for 15 minutes on Friday?', EXECUTIVE),
      flagged: ['Are you free for 15 minutes on Friday?'],
      message: /senior executive/,
    },
    {
      name: 'a past event they spoke at is not a proposal',
      text: request('I loved your keynote at the leadership summit last spring. Could we talk for 15 minutes next week about hiring your first managers?', INFLUENCER),
      flagged: ['Could we talk for 15 minutes next week about hiring your first managers?'],
    },
  ],
});

describe('influencer-target fix', () => {
  it('every event-alternative clause of the phrase library satisfies the rule once inserted', () => {
    const entries = phrases.inCategory('event-alternative', 'request');
    assert.ok(entries.length > 0, 'the event-alternative phrase file is loaded');
    for (const entry of entries) {
      const text = request(`Would you have 15 minutes for a call next week? ${entry.text}`, EXECUTIVE);
      assert.deepEqual(lintText(text).filter((finding) => finding.rule === 'influencer-target'), [], entry.text);
    }
  });
});
