import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, phrases, request, ruleTester } from '../../helpers/ruleTester';

const RIGID = 'I am a junior analyst moving into data engineering. Would you have 20 minutes for a video call on Friday at 2 pm ET?';

ruleTester('flexibility', {
  valid: [
    {
      name: 'one slot proposed, or another day they prefer',
      text: request('Could we talk for 20 minutes by video? I propose Tuesday at 8:00 Lima time, or another day you prefer.'),
    },
    { name: 'the place left to them, compared from their side', text: request('We should have a 20-minute cup of tea one of these weeks, wherever is handiest for you.') },
    { name: 'the time left to them, compared from their side', text: request('Could we talk for 15 minutes by phone on the day you choose, whenever is quieter on your end?') },
    { name: 'the sender comes over at a time they name', text: request('I could come over one evening next week for 15 minutes, if that suits.') },
    {
      name: 'questions by email or a call, with a polite frame and a length around the call',
      text: request('Could I send you two questions about glaze recipes, or would you be willing to hop on a 15-minute call next week?'),
    },
    { name: 'format choice', text: request('Would you have 15 minutes for a call or a coffee near your office next week to talk about your move into design?') },
    { name: 'format with a slash', text: request('Could we do a quick 15-minute Zoom/phone chat about your work on accessibility audits?') },
    { name: 'timing: any day next week', text: request('Would you have 15 minutes for a call about your path into UX writing? Any day next week works for me.') },
    { name: 'timing: whenever suits them', text: request('Could we talk for 15 minutes about your hiring pipeline, whenever suits you over the next month?') },
    { name: 'offers to come to them', text: request('Would you have 20 minutes for coffee on Thursday? I can come to your office so you do not lose any time.') },
    { name: 'email as a lighter alternative', text: request('Would you be open to a 15-minute call about your career change? If a call doesn’t work, I am happy to send questions by email.') },
    { name: 'a better time offered as a fallback', text: request('Are you free for 15 minutes on Wednesday at 5 pm CET? If that time doesn’t work, please suggest a better time.') },
    { name: 'email-only favor, no meeting', text: request('Could you share the reading list you mentioned in your talk on service design?') },
    { name: 'email offered if they prefer, their call', text: request('I run a small bakery in Ghent. Could we talk for 20 minutes on Friday at 9am CET about your sourdough course? Or I can email the details if you prefer; your call.') },
    { name: 'a written answer works too', text: request('I farm barley in Norfolk. Would you have 15 minutes for a call on Tuesday at 4pm GMT about your soil trials? A written answer works too.') },
    { name: 'phone or a visit to their clinic', text: request('I am a retired teacher. Could I ask you three questions about your reading programme by phone, or with a short visit to your clinic on Monday?') },
    { name: 'a booking link plus an email alternative', text: request('I design board games. Would you have 20 minutes for a video call about your co-op mechanics? My booking page is {{sender.bookingLink}}, and email is fine if that is easier.') },
    { name: 'the sender goes wherever suits them', text: request('I restore pianos. I am in Bergen both weeks and can come to wherever suits you near your workshop for a 20-minute coffee on the 9th.') },
    { name: 'two dates', text: request('I coach swimmers. Would a 20-minute call on the 3rd or the 10th work for you to talk about your taper plans?') },
    { name: 'another time that suits them better', text: request('I am a vet. Could we talk on the phone for 20 minutes on Wednesday at 11am ET, or whatever time suits you better?') },
    { name: 'lunch with a call as the lighter option', text: request('I keep bees. I would love to buy you lunch in Ghent on the 14th. If lunch is too much, a call works too.') },
    { name: 'a choice weighed from their side', text: request('I build birdhouses for schools. Could I ask you about your nest-box survey on a 15-minute call on Monday at 5pm GMT, or in writing, whichever is simpler for you?') },
    { name: 'the sender bends their clock to the recipient’s', text: request('I am a farmer in Mato Grosso. Could we have a 20-minute video call about your cover-crop trial? I will take a late evening here so it lands in your morning.') },
    { name: 'the sender adjusts to their hours', text: request('I translate manga. Would a 15-minute phone call on Thursday at 9:00 JST work? I can adjust to your hours if not.') },
  ],
  invalid: [
    {
      name: 'one day and the sender’s place, a meal stood',
      text: request('I build drystone walls. May I take you for a plate of dumplings at the inn by my yard? If you could come down this Saturday, I will book us a table.'),
      flagged: ['May I take you for a plate of dumplings at the inn by my yard?'],
    },
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
    {
      name: 'a stated proposal with one format and one slot',
      text: request('I paint ceramics in Faro. A 25-minute video call on Thursday at 08:30 WET would be ideal to hear how you price your glazes.'),
      flagged: ['I paint ceramics in Faro. A 25-minute video call on Thursday at 08:30 WET would be ideal to hear how you price your glazes.'],
    },
    {
      name: 'a request for time at their place, one slot',
      text: request('I run a rowing club. I am requesting 40 minutes with you at your boathouse on 2 March at 11:00 GMT to talk about your junior programme.'),
      flagged: ['I run a rowing club. I am requesting 40 minutes with you at your boathouse on 2 March at 11:00 GMT to talk about your junior programme.'],
    },
    {
      name: 'their video and podcast are not formats on offer',
      text: request('Hi Noor,\n\nI found you through your video or your podcast on dairy goats. Could we have a 20-minute call on Friday at 10am CET about your herd records?\n\nThanks,\nPiet'),
      flagged: ['Could we have a 20-minute call on Friday at 10am CET about your herd records?'],
    },
    {
      name: 'a comparison that is not handed to them',
      text: request('I teach ceramics in Leeds. Could we have a 20-minute video call on Tuesday at 4pm GMT, to hear how you fire your raku? I booked whatever room is cheaper for us.'),
      flagged: ['Could we have a 20-minute video call on Tuesday at 4pm GMT, to hear how you fire your raku?'],
    },
    {
      name: 'the recipient’s morning, with no accommodation',
      text: request('I repair accordions. Could we have a 20-minute video call on Friday at 7:00 CET, early in your morning, about your reed tuning?'),
      flagged: ['Could we have a 20-minute video call on Friday at 7:00 CET, early in your morning, about your reed tuning?'],
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
