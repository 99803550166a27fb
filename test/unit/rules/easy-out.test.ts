import assert from 'node:assert/strict';
import { request, ruleTester, template } from '../../helpers/ruleTester';

const introRequest = (body: string): string => template('kind: intro-request', body);
const toExecutive = (body: string): string => request(body, 'recipient:\n  seniority: executive');
const ASK = 'Would you be open to a 15-minute call with my colleague Ravi about moving from QA into product?';

ruleTester('easy-out', {
  valid: [
    { name: 'no is a fine answer', text: introRequest(`${ASK} No is a perfectly fine answer, and he will not hear about it from me.`) },
    { name: 'no pressure', text: introRequest(`Hi Lena,\n\n${ASK} No pressure at all if now is not a good time.\n\nThanks,\nOla`) },
    { name: 'a conditional no worries', text: introRequest(`${ASK} If your quarter is already packed, no worries.`) },
    { name: 'feel free to decline', text: introRequest(`${ASK} Please feel free to decline; he will never know I asked.`) },
    { name: 'I understand if not', text: toExecutive('Would you have 15 minutes for a call next month about your pricing talk? I completely understand if your calendar will not allow it.') },
    { name: 'a request to a peer needs no easy out', text: request('Would you have 15 minutes for a call next week about your post on design tokens?') },
    { name: 'a request with no seniority set', text: request('Would you have 15 minutes for a call next week about your post on design tokens?', 'relationship: warm') },
    { name: 'a simple no is fine', text: toExecutive('Could I ask you two questions by email about your board work? If the answer is no, a one-line reply is plenty.') },
    { name: 'ignore the message and the sender covers for them', text: introRequest(`${ASK} Just delete this if harvest has you buried, and I will tell Ravi the season got in the way.`) },
    { name: 'fine to say no, or not now', text: introRequest(`${ASK} It is perfectly all right to say no, or not this month.`) },
    { name: 'no reply needed, in a conditional', text: toExecutive('Could I send you two questions about your kiln glazes? If the studio is too hectic, no answer needed at all.') },
    { name: 'no explanation needed after "tell me"', text: introRequest(`${ASK} If it is not for you, just tell me; no reasons required.`) },
    { name: 'a lighter replacement for the ask', text: toExecutive('Would you have 15 minutes for a call about your talk on tabletop pacing? If a call is too much, two lines by email would work just as well.') },
    { name: 'a short answer is plenty when the timing is wrong', text: toExecutive('Could we talk for 15 minutes about your grazing trials? If the timing is wrong, a one-word reply is plenty.') },
    { name: 'feel free to pass', text: introRequest(`${ASK} Feel free to pass on this one.`) },
    { name: 'the sender will keep their name out of it', text: introRequest(`${ASK} If you would rather not, say so and I won't mention your name to him.`) },
    { name: 'no obligation to reply', text: toExecutive('Would you have 15 minutes for a call about your orthodontics talk? If your diary is full, please do not feel any obligation to reply.') },
    { name: 'the sender would understand', text: introRequest(`${ASK} I'd completely understand.`) },
    { name: 'a simple no is completely fine', text: introRequest(`${ASK} A simple no is completely fine.`) },
    {
      name: 'a quoted refusal is an answer, not a negation',
      text: introRequest(`${ASK} Only if it suits you; a one-line "not this season" is perfectly fine by me.`),
    },
    { name: 'a quoted "no thanks" in single quotes', text: toExecutive("Could I ask you two questions about your reef survey by email? Replying with a short 'no thanks' is absolutely okay.") },
    { name: '"cannot" opens the condition and fretting is ruled out', text: toExecutive('Would you have 15 minutes for a call about your sheepdog trials? If you cannot, please do not worry about answering.') },
    { name: 'a conditional "don\'t sweat it"', text: introRequest(`${ASK} If you can't make room for it, don't sweat it.`) },
    {
      name: 'two conditions joined by "or" before the way out',
      text: toExecutive('Could we talk for 15 minutes about your beehive sensors? If the idea leaves you cold, or spring inspections have you swamped, just bin this email.'),
    },
    { name: 'an impossible diary, just say so (a ferry captain)', text: introRequest(`${ASK} If your rota is already impossible, just say so and I will leave it there.`) },
    { name: 'an overflowing week, no worries', text: toExecutive('Could we talk for 15 minutes about your lifeboat refit? If the yard is overflowing this month, no worries at all.') },
    { name: 'not an introduction request', text: template('kind: introduction\nconsent: granted', 'Carol, meet Alex, who is building the same scheduling tool you sold last year.') },
  ],
  invalid: [
    {
      name: 'an intro request that only asks permission',
      text: introRequest(`Hi Lena,\n\nRavi has worked in QA for six years. ${ASK}\n\nThanks,\nOla`),
      flagged: [ASK],
      message: /easy way to say no/,
      output: (fixed) => assert.match(fixed, /about moving from QA into product\?\n\n\S[^\n]+\n\nThanks,\nOla$/),
    },
    {
      name: 'a request to an executive',
      text: toExecutive('Hi Ms. Osei,\n\nI lead a small logistics startup. Would you have 15 minutes for a call about your talk on last-mile delivery?\n\nBest,\nTom'),
      flagged: ['Would you have 15 minutes for a call about your talk on last-mile delivery?'],
    },
    {
      name: '"if you are busy" with an alternative is not a way out',
      text: request('Could we talk for 15 minutes next week about your hiring post? If you are busy, I can send my questions by email.', 'recipient:\n  seniority: influencer'),
      flagged: ['Could we talk for 15 minutes next week about your hiring post?'],
    },
    {
      name: 'an offer conditioned on a yes is no way out',
      text: introRequest('Would you be open to meeting Ravi for coffee? If you are free Thursday, that would be fine.'),
      flagged: ['Would you be open to meeting Ravi for coffee?'],
    },
    {
      name: '"I\'d like to understand" is a wish, not goodwill about a no',
      text: toExecutive('Would you have 15 minutes for a call? I would like to understand how you priced your first tractor lease.'),
      flagged: ['Would you have 15 minutes for a call?'],
    },
    {
      name: '"let me know another day" keeps the ask',
      text: toExecutive('Would you have 15 minutes for a call on Tuesday about your dental practice? If Tuesday does not work, let me know another day.'),
      flagged: ['Would you have 15 minutes for a call on Tuesday about your dental practice?'],
    },
    {
      name: 'ignoring a typo is not ignoring the ask',
      text: introRequest('Would you be open to meeting Ravi for coffee next week? Ignore the typo in my last email.'),
      flagged: ['Would you be open to meeting Ravi for coffee next week?'],
    },
    {
      name: '"don\'t worry" about logistics keeps the ask',
      text: toExecutive("Would you have 15 minutes for a call about your glaze chemistry book? Don't worry about the parking, I'll meet you at the gate."),
      flagged: ['Would you have 15 minutes for a call about your glaze chemistry book?'],
    },
    {
      name: 'a quoted phrase about something else',
      text: toExecutive('Would you have 15 minutes for a call about your retirement blog? My grandkids call it "not boring at all", which is fine praise.'),
      flagged: ['Would you have 15 minutes for a call about your retirement blog?'],
    },
    {
      name: 'a quoted saying with a refusing verb is not leave to refuse',
      text: introRequest('Would you be open to meeting Ravi for coffee next week? His coach says "never skip a rest day" and it is fine advice.'),
      flagged: ['Would you be open to meeting Ravi for coffee next week?'],
    },
    {
      name: 'an impossible task, not an impossible diary, with the ask kept',
      text: introRequest('Would you be open to meeting Ravi for coffee? If the tides make Thursday impossible, let me know another day.'),
      flagged: ['Would you be open to meeting Ravi for coffee?'],
    },
    {
      name: '"no worries" about something else',
      text: introRequest('Hi Lena, no worries about the delay on the report. Would you be open to meeting Ravi for coffee next week?'),
      flagged: ['Would you be open to meeting Ravi for coffee next week?'],
    },
  ],
});
