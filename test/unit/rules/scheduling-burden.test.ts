import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, phrases, request, ruleTester } from '../../helpers/ruleTester';

const HANDOFF = 'Would you have 15 minutes for a call about your move into data journalism? Let me know when works for you.';

ruleTester('scheduling-burden', {
  valid: [
    { name: '“let me know” a day for a delivery, not a meeting (a florist)', text: request('Could we talk for 15 minutes by phone about your wedding arches? Let me know any day that suits you to collect the ribbons.') },
    { name: '“don’t let me know”: nothing handed over (a stonemason)', text: request('Could we talk for 15 minutes by phone about your lime mortar? I am free Tuesday at 10:00 GMT. No need to let me know a time, I will just ring.') },
    { name: 'a day chosen for another errand', text: request('Could we talk for 15 minutes by phone about your lambing records? I farm on the Wolds. Tell me which day suits you to collect the ewes.') },
    { name: 'a date picked for something else, far from the ask', text: request('Would you have 20 minutes for a call about your cheese caves? I make washed-rind cheese in Jura. Please pick a date for the tasting panel that suits the judges.') },
    { name: 'two slots proposed', text: request('Would you have 15 minutes for a call next week? Tuesday at 10 am or Thursday at 3 pm CET would suit me, or let me know what works for you.') },
    { name: 'a booking link', text: request('Would you have 15 minutes for a call? Let me know when works, or grab any slot at {{sender.bookingLink}}.', 'variables:\n  sender.bookingLink: https://example.com/book') },
    { name: 'sender states their availability', text: request('Could we schedule a 15 minute call at a time that is convenient for you? My calendar is open all next week.') },
    { name: 'sender will send times', text: request('Would you be up for a 20-minute coffee chat? If so, I can send over a few times that work on my side.') },
    { name: 'no meeting asked', text: request('Could you tell me which course you would recommend for someone starting out in embedded systems? Whenever suits you is fine.') },
    { name: 'asks yes or no, not for times', text: request('Would you be open to a 15-minute call next week about your path into robotics? Let me know if that sounds good.') },
    { name: 'a date offered', text: request('Are you free for 15 minutes on June 12 to talk about your move into policy? If not, when would you be available?') },
    { name: 'an open span on an email favour is no meeting handoff', text: request('Would you have 15 minutes on Tuesday at 4pm GMT for a call about your hedgerow survey? Separately, whenever you have a spare moment, could you send the species list?') },
    { name: 'a gap in their diary with a day proposed', text: request('I breed alpacas. Could we talk for 15 minutes on Thursday by phone, or whenever your calendar has a gap, about your fleece grading?') },
    { name: 'the sender will choose the time', text: request('Would you have 20 minutes for a call about your wool grading trials? I will suggest a time once my shearing rota is out.') },
    { name: 'a date picked for something else', text: request('Would you have 20 minutes for a call about your wool trials? Separately, please pick a date for the field day that suits the growers.') },
    { name: 'a pick from the sender’s list', text: request('Would you have 20 minutes for a call about your wool trials? Pick any of the slots below and I will send an invite.') },
    { name: 'asking about their opening hours', text: request('Would you have 20 minutes for a call about your wool trials? Please tell me the hours your shed runs so I can visit afterwards.') },
    { name: '“it could be a call” with two slots named (a sheep shearer)', text: request('I shear for the Ōtaki co-op and read your piece on wool prices. Could be a quick 15 min call, whenever works for u — Tuesday 7pm or Thursday 7pm NZT?') },
    { name: '“could be” a diagnosis, not a meeting, with a handoff for a parcel (a bike mechanic)', text: request('I fix cargo bikes in Utrecht. The squeal could be a brake pad issue. Could you send me the part number whenever works for u?') },
  ],
  invalid: [
    {
      name: '“let me know” any day and hour that is convenient (a sign painter)',
      text: request('Could we have a 15-minute call about how you gild window lettering? Kindly let me know any day and hour that is convenient for you.'),
      flagged: ['Kindly let me know any day and hour that is convenient for you.'],
    },
    {
      name: '“let us know” a morning that suits them (a choir of retirees)',
      text: request('Our retirees’ choir would love 20 minutes on a video call about your warm-up routines. Do let us know a morning that suits you best.'),
      flagged: ['Do let us know a morning that suits you best.'],
    },
    {
      name: 'a handoff far after the ask',
      text: request('Could I have 15 minutes of your time by phone about how you moved into seed breeding? I grow heritage barley on the Black Isle. Your post on landraces matched our yields. Choose any morning that suits you and I will fit around it.'),
      flagged: ['Choose any morning that suits you and I will fit around it.'],
    },
    {
      name: 'a day chosen to talk, far from the ask',
      text: request('Could I have 15 minutes of your time about your seed trials? I grow heritage barley. Your post on landraces matched our yields. Pick a day that suits you to talk it through.'),
      flagged: ['Pick a day that suits you to talk it through.'],
    },
    {
      name: 'a handoff before the ask',
      text: request('I grow heritage barley on the Black Isle. Just name a day that suits you. Your post on landraces matched our yields. Could I have 15 minutes of your time by phone about your seed trials?'),
      flagged: ['Just name a day that suits you.'],
    },
    {
      name: 'an imperative to pick a day',
      text: request('I shear sheep across Otago. Would you have 20 minutes for a phone call about your wool grading trials? Just pick a morning that suits you and I will work around it.'),
      flagged: ['Just pick a morning that suits you and I will work around it.'],
    },
    {
      name: 'a question asking them to suggest the time',
      text: request('I build dry-stone walls in Cumbria. Could we talk for 15 minutes about your lime-mortar study? Could you suggest a time?'),
      flagged: ['Could you suggest a time?'],
    },
    {
      name: 'asking them to send dates that suit them',
      text: request('I am a hospice chaplain. Would you have 20 minutes for a video call about your grief-circle model? Send me a couple of dates that work on your end.'),
      flagged: ['Send me a couple of dates that work on your end.'],
    },
    {
      name: 'let me know when works',
      text: request(`Hi Rosa,\n\n${HANDOFF}\n\nThanks,\nMo`),
      flagged: ['Let me know when works for you.'],
      message: /propose two slots with your time zone, or share a booking link/,
      output: (fixed) => assert.match(fixed, /Let me know when works for you\. \S[^\n]*(?:\{\{sender\.timezone\}\}|\{\{sender\.bookingLink\}\})/),
    },
    {
      name: 'when would you be available',
      text: request('I would love to buy you a coffee for 20 minutes and hear how you got into game audio. When would you be available?'),
      flagged: ['When would you be available?'],
    },
    {
      name: 'whenever works best for you',
      text: request('I would be grateful for 15 minutes of your time over Zoom or phone, whenever works best for you.'),
      flagged: ['I would be grateful for 15 minutes of your time over Zoom or phone, whenever works best for you.'],
    },
    {
      name: 'work around your schedule',
      text: request('Please let me know if you would like to have a quick chat in the coming weeks. I would be happy to work around your schedule.'),
      flagged: ['I would be happy to work around your schedule.'],
    },
    {
      name: 'whenever their diary has room',
      text: request('I tune church organs in Devon. Would you spare 15 minutes by phone, whenever your diary has room, to tell me how you dated the Exeter pipes?'),
      flagged: ['Would you spare 15 minutes by phone, whenever your diary has room, to tell me how you dated the Exeter pipes?'],
    },
    {
      name: 'when they can fit it in',
      text: request('I am a retired midwife writing a memoir. Could we have a 20-minute call about your oral-history project when you can fit it in?'),
      flagged: ['Could we have a 20-minute call about your oral-history project when you can fit it in?'],
    },
    {
      name: 'a meeting put forward as what it “could be”, left to whenever suits them, hurried spelling (a sheep shearer)',
      text: request('I shear for the Ōtaki co-op and loved your piece on wool prices. could be a quick 15 min call, whenever works for u!'),
      // Lower case after the full stop keeps the two sentences as one.
      flagged: ['I shear for the Ōtaki co-op and loved your piece on wool prices. could be a quick 15 min call, whenever works for u!'],
    },
    {
      name: '“it can just be a phone chat” and “whenever ur free” (a retired nurse)',
      text: request('I nursed on the renal ward for 25 years and read your blog on home dialysis. It can just be a 20-minute phone chat. Whenever ur free is fine.'),
      flagged: ['Whenever ur free is fine.'],
    },
  ],
});

describe('scheduling-burden fix', () => {
  it('every scheduling clause of the phrase library satisfies the rule once inserted', () => {
    const entries = phrases.inCategory('scheduling', 'request');
    assert.ok(entries.length > 0, 'the scheduling phrase file is loaded');
    for (const entry of entries) {
      const findings = lintText(request(`${HANDOFF} ${entry.text}`)).filter((finding) => finding.rule === 'scheduling-burden');
      assert.deepEqual(findings, [], `"${entry.text}" should count as proposed times`);
    }
  });
});
