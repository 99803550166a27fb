import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, request, ruleTester } from '../../helpers/ruleTester';

ruleTester('timezone', {
  valid: [
    { name: 'abbreviation after the time', text: request('Would Tuesday at 4 pm ET work for a 15-minute call?') },
    { name: 'one zone for two times', text: request('Could we talk on Monday at 10:30 or Wednesday at 2pm (CEST)?') },
    { name: 'zone named in words', text: request('Would 9am Pacific on Thursday work for a quick video call?') },
    { name: 'a city’s time', text: request('Would 5:30pm London time on Monday work for a short video call?') },
    { name: 'offset from UTC', text: request('Could we do a phone call at 14:00 UTC+2 on Tuesday?') },
    { name: 'the recipient’s time', text: request('Would 11am your time on Friday suit you for a short phone call?') },
    { name: 'time zone placeholder', text: request('Are you free for a call on Tuesday at 3 pm {{sender.timezone}}?', 'variables:\n  sender.timezone: CET') },
    { name: 'a past event, not a proposal', text: request('I caught your 10:30 session on accessibility at the conference. Could I ask you one follow-up question by email?') },
    { name: 'in-person coffee in the same city', text: request('I work two streets away. Would you have 20 minutes for coffee at the café next to your office on Thursday at 8:30am?') },
    { name: 'in-person lunch between neighbours in one town (a farrier)', text: request('I shoe horses and we are both in Hexham. Could I buy you lunch at the Tap on Friday at 12:30 to ask about your forge?') },
    { name: 'a sender just down the road (a luthier)', text: request('I build cellos just around the corner from your shop. Would a coffee on Monday at 9:00 suit you?') },
    { name: 'no clock time', text: request('Would you have 15 minutes on a call next Tuesday afternoon?') },
    { name: 'a ratio is not a time', text: request('Our team grew 3:1 last year. Would you have 15 minutes on the phone sometime?') },
    { name: 'a country’s time', text: request('Would Monday or Wednesday any time after 14:00 UK time suit you for a short video call?') },
    { name: 'a country named in words', text: request('Could we talk by phone on Thursday at 3pm Kenya time?') },
    { name: 'a region’s time with a capital T', text: request('Could we talk by video on Thursday between 8:00 and 10:00 West Africa Time?') },
    { name: 'the zone after “p.m.”, read as a new sentence', text: request('I would value 15 minutes by phone. Any weekday after 3 p.m. Manila time suits me.') },
    { name: 'a zone set for the whole message', text: request('Would Monday at 9:30 or Tuesday at 16:00 work for a 15-minute video call? All times are in CET.') },
    { name: 'the sender says which clock they are on', text: request('I am on Lisbon time this month. Would 10:00 or 14:30 on Wednesday suit you for a short call?') },
  ],
  invalid: [
    {
      name: 'an in-person lunch proposed by a sender writing from another country (a glassblower)',
      text: request('I blow glass in Murano. Could I take you to lunch near your gallery on Thursday at 13:00?'),
      flagged: ['13:00'],
    },
    {
      name: 'a call at 4pm',
      text: request('Hi Lu,\n\nCould we grab a 15-minute phone call this Wednesday at 4pm?\n\nThanks,\nBo'),
      flagged: ['4pm'],
      message: /time zone/,
      output: request('Hi Lu,\n\nCould we grab a 15-minute phone call this Wednesday at 4pm {{sender.timezone}}?\n\nThanks,\nBo'),
    },
    {
      name: 'each time of a pair',
      text: request('Would Monday at 10:30 or Tuesday at 2 p.m. work for a short video call?'),
      flagged: ['10:30', '2 p.m.'],
    },
    {
      name: '“a good time” is not a zone',
      text: request('Would 4pm on Thursday be a good time for a quick call? Any time after 2pm works for me.'),
      flagged: ['4pm', '2pm'],
    },
    {
      name: 'stated availability',
      text: request('Would you have 15 minutes for a call about your move into robotics? I am free any weekday after 5pm.'),
      flagged: ['5pm'],
    },
    {
      name: '“thanks for your time” elsewhere sets no zone',
      text: request('Could we have a 15-minute call on Thursday at 11:30? Thanks for your time either way.'),
      flagged: ['11:30'],
    },
    {
      name: 'a capitalised word before “time” that is no place',
      text: request('Would you have 20 minutes for a phone call on Friday at 4 p.m. Lunch time is busy for me.'),
      flagged: ['4 p.m.'],
    },
    {
      name: 'an abbreviation in a sentence not about times',
      text: request('I read your study on CT scheduling in rural clinics. Would Monday at 3pm work for a 15-minute phone call?'),
      flagged: ['3pm'],
    },
  ],
});

describe('timezone fix', () => {
  it('is safe and idempotent', () => {
    const text = request('Could we talk by phone on Friday at 9am?');
    const finding = lintText(text).find((f) => f.rule === 'timezone');
    assert.equal(finding?.fixes[0]?.safe, true);
    const edit = finding.fixes[0]!.edits[0]!;
    const fixed = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
    assert.deepEqual(lintText(fixed).filter((f) => f.rule === 'timezone'), []);
  });

  it('uses the declared time-zone variable', () => {
    const text = request('Could we talk by phone on Friday at 9am?', 'variables:\n  sender.tz: CET');
    const fix = lintText(text).find((f) => f.rule === 'timezone')?.fixes[0];
    assert.equal(fix?.edits[0]?.newText, ' {{sender.tz}}');
    assert.equal(fix?.safe, true);
  });

  it('is not safe when it would insert an undeclared variable', () => {
    const text = request('Could we talk by phone on Friday at 9am?', 'variables:\n  sender.firstName: Bo');
    const fix = lintText(text).find((f) => f.rule === 'timezone')?.fixes[0];
    assert.equal(fix?.edits[0]?.newText, ' {{sender.timezone}}');
    assert.equal(fix?.safe, false);
  });
});
