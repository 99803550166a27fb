import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, phrases, request, ruleTester } from '../../helpers/ruleTester';

const RIGID = 'I am a junior analyst moving into data engineering. Would you have 20 minutes for a video call on Friday at 2 pm ET?';

ruleTester('flexibility', {
  valid: [
    { name: 'format choice', text: request('Would you have 15 minutes for a call or a coffee near your office next week to talk about your move into design?') },
    { name: 'format with a slash', text: request('Could we do a quick 15-minute Zoom/phone chat about your work on accessibility audits?') },
    { name: 'timing: any day next week', text: request('Would you have 15 minutes for a call about your path into UX writing? Any day next week works for me.') },
    { name: 'timing: whenever suits them', text: request('Could we talk for 15 minutes about your hiring pipeline, whenever suits you over the next month?') },
    { name: 'offers to come to them', text: request('Would you have 20 minutes for coffee on Thursday? I can come to your office so you do not lose any time.') },
    { name: 'email as a lighter alternative', text: request('Would you be open to a 15-minute call about your career change? If a call doesn’t work, I am happy to send questions by email.') },
    { name: 'a better time offered as a fallback', text: request('Are you free for 15 minutes on Wednesday at 5 pm CET? If that time doesn’t work, please suggest a better time.') },
    { name: 'email-only favor, no meeting', text: request('Could you share the reading list you mentioned in your talk on service design?') },
  ],
  invalid: [
    {
      name: 'one fixed format and time',
      text: request(`Hi Kim,\n\n${RIGID}\n\nThanks,\nAl`),
      flagged: ['Would you have 20 minutes for a video call on Friday at 2 pm ET?'],
      message: /format .*or timing/,
      output: (fixed) => assert.match(fixed, /at 2 pm ET\? \S/),
    },
    {
      name: 'coffee with no alternative',
      text: request('I would love to take you out for coffee and learn how you scaled your support team.'),
      flagged: ['I would love to take you out for coffee and learn how you scaled your support team.'],
    },
    {
      name: 'a request that only names a duration',
      text: request('I am applying to the analyst role. Are you free for 15 minutes on Friday 7/10?'),
      flagged: ['Are you free for 15 minutes on Friday 7/10?'],
    },
  ],
});

describe('flexibility fix', () => {
  it('every flexibility clause of the phrase library satisfies the rule once inserted', () => {
    const entries = phrases.inCategory('flexibility', 'request');
    assert.ok(entries.length > 0, 'the flexibility phrase file is loaded');
    for (const entry of entries) {
      const findings = lintText(request(`${RIGID} ${entry.text}`)).filter((finding) => finding.rule === 'flexibility');
      assert.deepEqual(findings, [], `"${entry.text}" should count as flexibility`);
    }
  });
});
