/**
 * Stated lengths of time, read with a small grammar rather than a list of spellings: an amount (digits, number
 * words, "a", "a few", fractions like "half an" or "three quarters of an") followed by a unit (minutes, hours, their
 * abbreviations), optionally extended ("an hour and a half", "1h30", "an hour and 15 minutes") or made a range
 * ("15 to 20 minutes", "45 minutes to an hour", "an hour or two"). A few day-sized blocks that are lengths by their
 * wording ("half a day", "half a morning", "a whole afternoon") count too; a bare "an afternoon" is a time of day and does not.
 * What a duration measures (the meeting, a flight, a deadline) is for the caller to judge.
 */
import type { Token } from '../language/nlp';
import type { OffsetRange } from '../types';

/** A stated length of time ("15 minutes", "a quarter of an hour", "an hour and a half"). */
export interface Duration {
  range: OffsetRange;
  text: string;
  /** The longest length the phrase allows, in minutes ("15-20 minutes" → 20). */
  minutes: number;
}

interface Word {
  /** Lower-case text of the token. */
  text: string;
  start: number;
  end: number;
}

/** Words, numbers (with one decimal: "1.5"), hyphens and dashes; any other character is its own token. */
const TOKEN = /\d+(?:[.,]\d)?(?!\d)|\d+|[a-z]+|[^\sa-z\d]/gi;

function tokenize(text: string): Word[] {
  return [...text.matchAll(TOKEN)].map((match) => ({ text: match[0].toLowerCase(), start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

const UNITS: Record<string, number> = { minute: 1, minutes: 1, min: 1, mins: 1, hour: 60, hours: 60, hr: 60, hrs: 60 };
const ONES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** Vague amounts, counted at the most they usually mean. */
const VAGUE: Record<string, number> = { few: 5, several: 5, couple: 2 };
/** Words before a clock time: "at 14h", "from 9h30". */
const CLOCK_LEAD = new Set(['at', 'from', 'until', 'till', 'by', 'before', 'after', 'around', 'à']);
const DASHES = new Set(['-', '–', '—']);

interface Parsed {
  /** Index of the token after the phrase. */
  next: number;
  minutes: number;
}

interface Amount {
  next: number;
  value: number;
}

/** Tokens `at` and `at + 1` are joined by a hyphen or nothing ("45-minute", "1h"), not by other text. */
function glued(text: string, words: readonly Word[], at: number): boolean {
  const a = words[at];
  const b = words[at + 1];
  return a !== undefined && b !== undefined && /^[\s]*$/.test(text.slice(a.end, b.start));
}

/** Whether the word is a hyphen joined to its neighbours with no space on at least one side ("45-min"). */
function isHyphen(word: Word | undefined): boolean {
  return word !== undefined && DASHES.has(word.text);
}

/** An amount at `at`: "45", "1.5", "forty-five", "forty five", "a", "an", "a few", "a couple of", "one". */
function amountAt(words: readonly Word[], at: number): Amount | undefined {
  const word = words[at];
  if (!word) return undefined;
  if (/^\d/.test(word.text)) {
    const previous = words[at - 1];
    // "10:30", "3/4", "v2.1", "$30": digits that belong to something else.
    if (previous && previous.end === word.start && /^[:/.,$£€#]$/.test(previous.text)) return undefined;
    return { next: at + 1, value: Number(word.text.replace(',', '.')) };
  }
  if (word.text in TENS) {
    let next = at + 1;
    let value = TENS[word.text]!;
    const joiner = words[next];
    const afterJoiner = isHyphen(joiner) ? words[next + 1] : joiner;
    if (afterJoiner && afterJoiner.text in ONES && ONES[afterJoiner.text]! < 10) {
      value += ONES[afterJoiner.text]!;
      next += isHyphen(joiner) ? 2 : 1;
    }
    return { next, value };
  }
  if (word.text in ONES) return { next: at + 1, value: ONES[word.text]! };
  if (word.text === 'a' || word.text === 'an') {
    const following = words[at + 1]?.text ?? '';
    if (following in VAGUE) return vagueAt(words, at + 1);
    return { next: at + 1, value: 1 };
  }
  if (word.text in VAGUE) return vagueAt(words, at);
  return undefined;
}

function vagueAt(words: readonly Word[], at: number): Amount {
  const value = VAGUE[words[at]!.text]!;
  return { next: words[at + 1]?.text === 'of' ? at + 2 : at + 1, value };
}

/** A unit at `at`, possibly after a hyphen: "minutes", "-min", "hrs", and "h" glued to digits ("2h"). */
function unitAt(text: string, words: readonly Word[], at: number, amountIndex: number): { next: number; factor: number } | undefined {
  let index = at;
  if (isHyphen(words[index]) && glued(text, words, index - 1) && glued(text, words, index)) index++;
  const word = words[index];
  if (!word) return undefined;
  if (word.text in UNITS) return { next: index + 1, factor: UNITS[word.text]! };
  // "2h", "1h30": only glued to a small number, and not a clock time ("at 14h").
  if (word.text === 'h' && index === at && glued(text, words, at - 1) && /^\d$/.test(words[amountIndex]!.text) && !CLOCK_LEAD.has(words[amountIndex - 1]?.text ?? '')) {
    return { next: index + 1, factor: 60 };
  }
  return undefined;
}

const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25 };

/**
 * A counted fraction: "a half", "three quarters", "three-quarter". Its leading article is one of `articles`, and may be
 * left out unless `articleRequired`.
 */
function countedFraction(words: readonly Word[], at: number, articles: ReadonlySet<string>, articleRequired: boolean): { next: number; count: number; fraction: string } | undefined {
  let index = at;
  let count = 1;
  if (articles.has(words[index]?.text ?? '')) index++;
  else if (words[index]?.text === 'three') {
    count = 3;
    index++;
    if (isHyphen(words[index])) index++;
  } else if (articleRequired) return undefined;
  const fraction = words[index]?.text.replace(/s$/, '') ?? '';
  return fraction in FRACTIONS ? { next: index + 1, count, fraction } : undefined;
}

const AFTER_AND = new Set(['a', 'an']);
const BEFORE_FRACTION = new Set(['a', 'one']);

/** "and a half", "and a quarter", "and three quarters" after an amount or an hour. */
function andFraction(words: readonly Word[], at: number): Amount | undefined {
  if (words[at]?.text !== 'and') return undefined;
  const counted = countedFraction(words, at + 1, AFTER_AND, true);
  return counted && { next: counted.next, value: counted.count * FRACTIONS[counted.fraction]! };
}

/** "half an hour", "half-hour", "a quarter of an hour", "three quarters of an hour", "a quarter-hour", "half a day". */
function fractionPhrase(words: readonly Word[], at: number): Parsed | undefined {
  const counted = countedFraction(words, at, BEFORE_FRACTION, false);
  if (!counted) return undefined;
  const { count, fraction } = counted;
  if (count === 3 && fraction !== 'quarter') return undefined;
  let index = counted.next;
  if (isHyphen(words[index])) index++;
  if (words[index]?.text === 'of') index++;
  if (isHyphen(words[index])) index++;
  if (words[index]?.text === 'a' || words[index]?.text === 'an') {
    index++;
    if (isHyphen(words[index])) index++;
  }
  const unit = words[index]?.text;
  if (unit === 'hour' || unit === 'hr') return { next: index + 1, minutes: count * FRACTIONS[fraction]! * 60 };
  // "half a day", "half a morning", "half an afternoon": a share of a block of the day is a length too.
  if (unit !== undefined && unit in DAY_PARTS && fraction === 'half') return { next: index + 1, minutes: DAY_PARTS[unit]! / 2 };
  return undefined;
}

const WHOLE = new Set(['whole', 'full', 'entire']);
const DAY_PARTS: Record<string, number> = { day: 480, morning: 240, afternoon: 240, evening: 240 };

/** "a whole afternoon", "an entire day", "the full morning". */
function wholeBlock(words: readonly Word[], at: number): Parsed | undefined {
  const article = words[at]?.text;
  if (article !== 'a' && article !== 'an' && article !== 'the' && article !== 'one') return undefined;
  if (!WHOLE.has(words[at + 1]?.text ?? '')) return undefined;
  const part = words[at + 2]?.text ?? '';
  return part in DAY_PARTS ? { next: at + 3, minutes: DAY_PARTS[part]! } : undefined;
}

/** One length without a range: "an hour and a half", "45-min", "1h30", "two and a half hours", "an hour and 15 minutes". */
function simpleAt(text: string, words: readonly Word[], at: number): Parsed | undefined {
  const fraction = fractionPhrase(words, at) ?? wholeBlock(words, at);
  if (fraction) return fraction;
  const amount = amountAt(words, at);
  if (!amount) return undefined;
  let value = amount.value;
  let index = amount.next;
  const before = andFraction(words, index);
  if (before) {
    value += before.value;
    index = before.next;
  }
  const unit = unitAt(text, words, index, at);
  if (!unit) return undefined;
  let minutes = value * unit.factor;
  index = unit.next;
  if (unit.factor === 60) {
    const after = before ? undefined : andFraction(words, index);
    if (after) {
      minutes += after.value * 60;
      index = after.next;
    } else {
      // "an hour and 15 minutes", "1 hour 30 minutes", "1h30", "1h 30min".
      const extraAt = words[index]?.text === 'and' ? index + 1 : index;
      const more = amountAt(words, extraAt);
      const extraWord = words[extraAt]?.text ?? '';
      const isNumber = /^\d+$/.test(extraWord) || extraWord in ONES || extraWord in TENS;
      if (more && isNumber && more.value < 60) {
        const moreUnit = unitAt(text, words, more.next, extraAt);
        const afterGluedH = extraAt === index && words[index - 1]?.text === 'h' && glued(text, words, index - 1) && /^\d+$/.test(words[extraAt]!.text);
        if (moreUnit?.factor === 1) {
          minutes += more.value;
          index = moreUnit.next;
        } else if (afterGluedH) {
          minutes += more.value;
          index = more.next;
          if ((words[index]?.text === 'm' || words[index]?.text === 'min') && glued(text, words, index - 1)) index++;
        }
      }
    }
  }
  return { next: index, minutes };
}

const RANGE_WORDS = new Set(['to', 'or']);

/** A range joiner at `at`: "to", "or", a dash, "and" after "between", a suspended hyphen ("twenty- and thirty-minute"). */
function rangeJoiner(words: readonly Word[], at: number, startsAfterBetween: boolean): number | undefined {
  const word = words[at];
  if (!word) return undefined;
  if (RANGE_WORDS.has(word.text) || DASHES.has(word.text) || word.text === '/') return at + 1;
  if (word.text === 'and' && startsAfterBetween) return at + 1;
  return undefined;
}

function parseAt(text: string, words: readonly Word[], at: number): Parsed | undefined {
  const afterBetween = words[at - 1]?.text === 'between';
  const first = simpleAt(text, words, at);
  if (first) {
    // "45 minutes to an hour", "half an hour or an hour", "an hour or two", "an hour or so".
    const joined = rangeJoiner(words, first.next, afterBetween);
    if (joined !== undefined) {
      const second = simpleAt(text, words, joined);
      if (second && second.minutes >= first.minutes) return { next: second.next, minutes: second.minutes };
      const bare = amountAt(words, joined);
      const bareWord = words[joined]?.text ?? '';
      const unitFactor = first.minutes >= 60 && Number.isInteger(first.minutes / 60) ? 60 : 1;
      if (bare && bareWord !== 'a' && bareWord !== 'an' && !unitAt(text, words, bare.next, joined) && bare.value * unitFactor > first.minutes && bare.value <= 12) {
        return { next: bare.next, minutes: bare.value * unitFactor };
      }
    }
    return first;
  }
  // "15 to 20 minutes", "15-20 min", "twenty or thirty minutes", "twenty- and thirty-minute", "between 20 and 30 minutes".
  const low = amountAt(words, at);
  if (!low || words[at]?.text === 'a' || words[at]?.text === 'an') return undefined;
  let joinAt = low.next;
  if (isHyphen(words[joinAt]) && (words[joinAt + 1]?.text === 'and' || words[joinAt + 1]?.text === 'or')) joinAt++;
  const joined = rangeJoiner(words, joinAt, afterBetween || words[joinAt]?.text === 'and' && isHyphen(words[joinAt - 1]));
  if (joined === undefined) return undefined;
  const high = simpleAt(text, words, joined);
  if (!high || words[joined]?.text === 'a' || words[joined]?.text === 'an') return undefined;
  return high;
}

/** Stated lengths of time in `text`, with ranges shifted by `offset`; each gives the longest length it allows, in minutes. */
export function findDurations(text: string, offset = 0): Duration[] {
  const words = tokenize(text);
  const durations: Duration[] = [];
  let index = 0;
  while (index < words.length) {
    const parsed = parseAt(text, words, index);
    if (!parsed || parsed.next <= index) {
      index++;
      continue;
    }
    const start = words[index]!.start;
    const end = words[parsed.next - 1]!.end;
    durations.push({ range: { start: offset + start, end: offset + end }, text: text.slice(start, end), minutes: Math.round(parsed.minutes) });
    index = parsed.next;
  }
  return durations;
}

/**
 * A block of the day given over as a length by a verb of spending time: "spend an afternoon going through the data",
 * "set aside a morning", "give us an evening", "block out the afternoon". A bare "an afternoon" names when ("one
 * afternoon next week"); after such a verb it says how long. Whose time it measures is for the caller to judge.
 */
const SPENT_DAY_PART = new RegExp(
  String.raw`\b(?:spend(?:s|ing)?|devot(?:e|es|ed|ing)|sacrific(?:e|es|ed|ing)|spar(?:e|ing)|lend(?:ing)?|borrow(?:ing)?|giv(?:e|ing)(?= (?:me|us)\b)|(?:set(?:ting)?|put(?:ting)?) aside|(?:block(?:ed|ing)?|carv(?:e|ed|ing)) (?:out|off))(?: (?:me|us))? ((?:an?|one|the) (?:(?:good|long|short|quiet|single|whole|full|entire) )?(afternoon|morning|evening|day))\b`,
  'gi',
);

/** "I'll be spending", "I am": the sender's own plan (a trip, a shift), unless "we" or "you" comes in between. */
const SENDERS_OWN_PLAN = /\bi(?:['’]ll| will|['’]m| am)\b(?:(?!\b(?:we|you|us)\b)[^,;.?!]){0,25}$/i;

/**
 * Blocks of the day after a verb of spending time ("spend an afternoon", "set aside a morning"), as lengths. Not the
 * sender's own plan ("I'll be spending a day in Hobart"), which is no length for a meeting.
 */
export function findSpentDayParts(text: string, offset = 0): Duration[] {
  return [...text.matchAll(SPENT_DAY_PART)].filter((match) => !SENDERS_OWN_PLAN.test(text.slice(0, match.index ?? 0))).map((match) => {
    const block = match[1]!;
    const start = (match.index ?? 0) + match[0].length - block.length;
    return { range: { start: offset + start, end: offset + start + block.length }, text: block, minutes: DAY_PARTS[match[2]!.toLowerCase()]! };
  });
}

/** Verbs by which the sender takes a share of someone's day: "claim", "borrow", "steal", "book", "grab". */
const TAKING_VERBS = new Set(['claim', 'borrow', 'steal', 'take', 'grab', 'book', 'reserve', 'snag', 'nab', 'spare', 'give', 'lend', 'beg', 'have']);
/** Verbs that take the whole span as their object ("borrow your Friday afternoon"); "take your Friday off" does not ask for it. */
const WHOLE_SPAN_VERBS = new Set(['claim', 'borrow', 'steal', 'book', 'reserve', 'snag', 'nab']);
/** A small share of a span of time: "a corner of", "a slice of", "a slot in". */
const SHARE_NOUNS = new Set(['corner', 'slice', 'piece', 'bit', 'chunk', 'sliver', 'part', 'portion', 'slot', 'spot', 'window', 'gap', 'moment', 'fraction', 'scrap', 'crumb', 'nook', 'morsel', 'wedge']);
/** Spans of someone's time or the place where it is kept. */
const SPANS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'weekend', 'day', 'morning', 'afternoon', 'evening',
  'calendar', 'diary', 'schedule', 'agenda', 'lunchtime', 'lunch', 'break', 'hour', 'month', 'workday', 'shift',
]);

/**
 * A request for a share of the recipient's day without a length: "could I claim a corner of your Friday", "may I
 * borrow a slice of your Tuesday afternoon", "would you spare me a slot in your diary". The taking verb comes first,
 * then an optional share ("a corner of", "a slot in") and the recipient's span of time, which must end the noun phrase
 * ("your Friday deadline" names a date for something else).
 */
export function asksForShareOfTheirDay(scope: readonly Token[]): boolean {
  for (let index = 0; index < scope.length; index++) {
    const verb = scope[index]!;
    if (!TAKING_VERBS.has(verb.lemma) || verb.negated || (verb.pos !== 'VERB' && verb.pos !== 'PROPN' && !(verb.lemma === 'have' && verb.pos === 'AUX'))) continue;
    let at = index + 1;
    if (scope[at]?.lower === 'me' || scope[at]?.lower === 'us') at++;
    let shared = false;
    if (['a', 'an', 'one', 'some', 'little', 'small', 'tiny', 'quiet', 'spare', 'free', 'open'].includes(scope[at]?.lower ?? '')) at++;
    while (scope[at]?.pos === 'ADJ') at++;
    if (SHARE_NOUNS.has(scope[at]?.lemma ?? '')) {
      shared = true;
      at++;
      if (scope[at]?.lower === 'out') at++;
      if (!['of', 'in', 'from'].includes(scope[at]?.lower ?? '')) continue;
      at++;
    }
    if (!shared && !WHOLE_SPAN_VERBS.has(verb.lemma)) continue;
    if (scope[at]?.lower !== 'your') continue;
    at++;
    while (scope[at]?.pos === 'ADJ') at++;
    let spans = 0;
    while (SPANS.has(scope[at]?.lower ?? '') || SPANS.has(scope[at]?.lemma ?? '')) {
      spans++;
      at++;
    }
    const after = scope[at];
    if (spans > 0 && !(after && (after.pos === 'NOUN' || after.pos === 'PROPN'))) return true;
  }
  return false;
}

/** A clock time with its parts: "12:00", "1:30 pm", "9.30", "14h15", "3pm". */
const CLOCK = String.raw`(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?(?:\s?[ap]\.?m\b\.?)?`;
/** Without a lead word, "2.10 to 2.30" may be versions or pages: only a colon, "h" or am/pm marks a clock time. */
const BARE_CLOCK = String.raw`(?:[01]?\d|2[0-3])(?:[:h][0-5]\d)?(?:\s?[ap]\.?m\b\.?)?`;
/** A time zone after the first time, "12:00 CET to 12:30", "9:00 {{sender.timezone}} to 9:20" (a placeholder is a run of x). */
const ZONE = String.raw`(?:\s+(?:x{3,}|[a-z]{2,5}(?:[+-]\d{1,2})?|\([^)]{1,12}\)))?`;
/** Words that open a window of availability rather than a slot: "any time between 2 and 4", "whenever from 9 to 11". */
const WINDOW_LEAD = /\b(?:any ?time|any point|whenever|any hour|all day|free|open|available|around)\s*$/i;
/** Two clock times joined as a span: "from 12:00 to 13:30", "between 2 and 2:30 pm", "10:00–10:20". */
const CLOCK_SPAN = new RegExp(
  String.raw`(?<![\d:.\/$£€])(?:\b(?:from|between)\s+(${CLOCK})${ZONE}\s*(?:to|until|till|and|-|–|—)\s*(${CLOCK})|(${BARE_CLOCK})${ZONE}\s*(?:-|–|—|to|until|till)\s*(${BARE_CLOCK}))(?![\d:])`,
  'gi',
);

/** Minutes after midnight of a clock time, with whether it said am or pm; undefined when it is no time. */
function clockMinutes(text: string): { minutes: number; half: 'am' | 'pm' | undefined; marked: boolean } | undefined {
  const match = /^(\d{1,2})(?:[:.h](\d\d))?\s?(?:([ap])\.?m\.?)?$/i.exec(text.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const half = match[3] ? (match[3].toLowerCase() === 'a' ? 'am' : 'pm') : undefined;
  if (half && (hour < 1 || hour > 12)) return undefined;
  const base = half === 'pm' && hour < 12 ? hour + 12 : half === 'am' && hour === 12 ? 0 : hour;
  return { minutes: base * 60 + minute, half, marked: match[2] !== undefined || half !== undefined };
}

/**
 * Slots given as two clock times, which state a length by their ends: "from 12:00 to 13:30" is an hour and a half,
 * "between 2 and 2:30 pm" half an hour, "10:00–10:20" twenty minutes. At least one end must be written as a clock time
 * (with minutes or am/pm), so "from 2 to 3 people" is none. A wide window ("any time between 9:00 and 17:00", more than
 * two hours) is when they are free, not how long the meeting is, and does not count.
 */
export function findClockSpans(text: string, offset = 0): Duration[] {
  const spans: Duration[] = [];
  for (const match of text.matchAll(CLOCK_SPAN)) {
    const first = clockMinutes(match[1] ?? match[3] ?? '');
    const second = clockMinutes(match[2] ?? match[4] ?? '');
    if (!first || !second || !(first.marked || second.marked)) continue;
    const at = match.index ?? 0;
    if (WINDOW_LEAD.test(text.slice(Math.max(0, at - 20), at))) continue;
    let start = first.minutes;
    let end = second.minutes;
    // "2 to 2:30 pm": the am/pm of the end holds for the start; "12:00 to 1:30": the end is past noon.
    if (!first.half && second.half === 'pm' && start < 12 * 60) start += 12 * 60;
    if (end <= start && !second.half && end + 12 * 60 > start) end += 12 * 60;
    const minutes = end - start;
    if (minutes < 5 || minutes > 120) continue;
    spans.push({ range: { start: offset + at, end: offset + at + match[0].length }, text: match[0], minutes });
  }
  return spans;
}
