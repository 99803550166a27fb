import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asksForShareOfTheirDay, findClockSpans, findDurations, findSpentDayParts } from '../../server/src/service/lexicon/durations';
import { tagText } from '../../server/src/service/language/nlp';

/** [sentence, expected duration texts with their minutes]. */
const FOUND: Array<[string, Array<[string, number]>]> = [
  ['Could the vet clinic spare us an hour and a half on Friday?', [['an hour and a half', 90]]],
  ['We would need about three quarters of an hour to walk the orchard.', [['three quarters of an hour', 45]]],
  ['The tasting takes three-quarters of an hour.', [['three-quarters of an hour', 45]]],
  ['Would a 45-min call suit your surgery schedule?', [['45-min', 45]]],
  ['The board game playtest runs ninety minutes.', [['ninety minutes', 90]]],
  ['Fifteen to twenty minutes over the fence would be plenty.', [['Fifteen to twenty minutes', 20]]],
  ['Could we talk for 15 to 20 minutes?', [['15 to 20 minutes', 20]]],
  ['Could we talk for 15-20 min?', [['15-20 min', 20]]],
  ['Could we talk for 15–20 minutes?', [['15–20 minutes', 20]]],
  ['I only need a quarter-hour of your time.', [['a quarter-hour', 15]]],
  ['A quarter of an hour by phone would do.', [['A quarter of an hour', 15]]],
  ['I spent two hours reading your level design notes.', [['two hours', 120]]],
  ['Shearing takes half a day.', [['half a day', 240]]],
  ['Could the beekeeping club borrow half a morning of your time?', [['half a morning', 120]]],
  ['The tasting room needs half an evening to set up.', [['half an evening', 120]]],
  ['The clinic is closed in the afternoon.', []],
  ['The workshop is a half-hour session.', [['a half-hour', 30]]],
  ['Half an hour at most, I promise.', [['Half an hour', 30]]],
  ['My dentist appointment was forty-five minutes.', [['forty-five minutes', 45]]],
  ['We could chat for forty five minutes.', [['forty five minutes', 45]]],
  ['Could you give me 45 minutes to an hour?', [['45 minutes to an hour', 60]]],
  ['Maybe an hour or two on a Saturday?', [['an hour or two', 120]]],
  ['An hour or so would be ideal.', [['An hour', 60]]],
  ['The retirees meet for one and a half hours.', [['one and a half hours', 90]]],
  ['We ran it for two and a half hours.', [['two and a half hours', 150]]],
  ['It took 1.5 hours.', [['1.5 hours', 90]]],
  ['It took 1h30 by train.', [['1h30', 90]]],
  ['A 2h session is too long.', [['2h', 120]]],
  ['An hour and 15 minutes, tops.', [['An hour and 15 minutes', 75]]],
  ['One hour 30 minutes including lunch.', [['One hour 30 minutes', 90]]],
  ['Just a few minutes on the phone.', [['a few minutes', 5]]],
  ['A couple of hours in the vineyard.', [['A couple of hours', 120]]],
  ['Do you have a minute?', [['a minute', 1]]],
  ['The calendar has twenty- and thirty-minute slots.', [['twenty- and thirty-minute', 30]]],
  ['Could we meet for between 20 and 30 minutes?', [['20 and 30 minutes', 30]]],
  ['I cannot ask for a whole afternoon.', [['a whole afternoon', 240]]],
  ['Two 10-minute calls, not one 2 hrs meeting.', [['10-minute', 10], ['2 hrs', 120]]],
];

/** Text with no stated length of time. */
const NOT_FOUND = [
  'Our helpline is open 24/7.',
  'Could you send the minutes of the meeting?',
  'Could we meet one afternoon in June?',
  'Would an afternoon call work for you?',
  'Any time after 14:00 works.',
  'The meeting is at 10:30 on Tuesday.',
  'Book a slot at 14h or 14h30.',
  'I arrived at the last minute.',
  'Our office hours are posted online.',
  'Version 2.1 fixed the hour display.',
  'Tuesdays are open for me all day.',
];

describe('findDurations', () => {
  for (const [sentence, expected] of FOUND) {
    it(`finds ${expected.map(([text]) => `“${text}”`).join(', ')}`, () => {
      const found = findDurations(sentence).map((duration) => [duration.text, duration.minutes]);
      assert.deepEqual(found, expected);
    });
  }
  for (const sentence of NOT_FOUND) {
    it(`finds nothing in “${sentence}”`, () => {
      assert.deepEqual(findDurations(sentence), []);
    });
  }
  it('a 3-hour flight is a duration; what it measures is for the caller', () => {
    assert.deepEqual(findDurations('It was a 3-hour flight I took last spring.').map((d) => d.minutes), [180]);
  });
  it('shifts ranges by the offset', () => {
    const [duration] = findDurations('Could we talk for 20 minutes?', 100);
    assert.deepEqual(duration?.range, { start: 118, end: 128 });
  });
});

describe('asksForShareOfTheirDay', () => {
  const share = (text: string): boolean => asksForShareOfTheirDay(tagText(text).tokens);
  for (const text of [
    'Could I claim a corner of your Saturday to ask about your cheese cave?',
    'May I borrow your Wednesday lunch break to hear how you priced the first print run?',
    'Would you spare me a small window in your calendar next week?',
    'Could I grab a slot in your diary before the harvest?',
  ]) {
    it(`reads “${text}” as asking for part of their day`, () => assert.equal(share(text), true));
  }
  for (const text of [
    'Could you send the invoice by your Friday deadline?',
    'Could you take your Monday off for the festival?',
    'I will not claim a corner of your Saturday.',
    'I hope you enjoy your weekend.',
    'Could I borrow your Tuesday notes from the workshop?',
  ]) {
    it(`does not read “${text}” as asking for their time`, () => assert.equal(share(text), false));
  }
});

describe('findClockSpans', () => {
  const spans = (text: string): Array<[string, number]> => findClockSpans(text).map((span) => [span.text, span.minutes]);
  for (const [text, expected] of [
    ['Could the farrier come by on Tuesday from 12:00 to 13:30?', [['from 12:00 to 13:30', 90]]],
    ['A call between 2 and 2:30 pm would suit the allotment society.', [['between 2 and 2:30 pm', 30]]],
    ['Thursday 10:00–10:20 works for the choir.', [['10:00–10:20', 20]]],
    ['Lunch from 12:00 to 1:30 at the mill?', [['from 12:00 to 1:30', 90]]],
    ['Monday from 9:00 CET to 9:20 suits the ferry office.', [['from 9:00 CET to 9:20', 20]]],
  ] as Array<[string, Array<[string, number]>]>) {
    it(`finds ${JSON.stringify(expected)} in “${text}”`, () => assert.deepEqual(spans(text), expected));
  }
  for (const text of [
    'The shop is open from 9:00 to 17:00.',
    'I am free any time between 9:00 and 11:00.',
    'We fed it from 2 to 3 buckets a day.',
    'See sections 2.10 to 2.30 of the manual.',
  ]) {
    it(`finds no slot in “${text}”`, () => assert.deepEqual(spans(text), []));
  }
});

describe('findSpentDayParts', () => {
  const cases: Array<[string, Array<[string, number]>]> = [
    ['Could we spend an afternoon walking your terraces together?', [['an afternoon', 240]]],
    ['Would you set aside a morning to look through my logbooks?', [['a morning', 240]]],
    ['Might you give us an evening to watch a rehearsal?', [['an evening', 240]]],
    ['Could you block out the whole day for the tour?', [['the whole day', 480]]],
    // A time of day, not a length; the sender's own plan; a past afternoon.
    ['Could we meet one afternoon next week?', []],
    ['I will be spending a day in Hobart in May.', []],
    ['I spent an afternoon with your thesis.', []],
    ['Give me a call one morning.', []],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => {
      assert.deepEqual(findSpentDayParts(sentence).map((duration) => [duration.text, duration.minutes]), expected);
    });
  }
});
