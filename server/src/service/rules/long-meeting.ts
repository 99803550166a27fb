import { isRequest, MEETING_WORDS, type Duration } from '../analysis';
import type { Sentence } from '../document';
import { itemAround, itemsWithin } from '../ranges';
import type { Rule, RuleContext } from '../rule';
import type { OffsetEdit, OffsetRange } from '../types';

const MAX_MINUTES = 30;
const SHORT_DURATION = '15–20 minutes';

/** Durations that measure something other than the meeting: a deadline, a distance, a frequency, the past. */
const NOT_THE_MEETING_BEFORE = /\b(?:within|in the (?:next|last|past)|over the (?:next|last|past)|every|per|each|after|spent|spend(?:ing)? (?:the last|the past)|last|past|about|almost|nearly|an? extra)\s*$/i;
const NOT_THE_MEETING_AFTER =
  /^(?:['’]s)?[\s-]*(?:ago|away|from|drive|flight|commute|layover|ahead|behind|earlier|later|each|a (?:day|week|month)|per|workshop|course|class|keynote|talk|podcast|episode|video|webinar|programme|program|lecture|presentation|panel|tutorial|shift|of (?:travel|driving|reading|work|practice|content|video|footage|recordings?))\b/i;
/** "I won't take an hour", "instead of an hour": the long duration is being ruled out. */
const NEGATED_BEFORE = /(?:\bnot|n['’]t|\bnever|\binstead of|\brather than|\bno need for|\bwithout)\b[^.?!]{0,25}$/i;
/** "Would you have an hour", "could you spare 45 minutes": the duration is what is asked for. */
const ASKED_FOR_BEFORE = /\b(?:have|spare|give|lend|take|need|borrow|find|book|block)\s+(?:me\s+|us\s+|out\s+)?$/i;
/** A merged range like "45 minutes to an hour" or "an hour or two" is one request. */
const RANGE_JOINER = /^\s*(?:to|or|-|–|—)\s*$/;
const TRAILING_RANGE = /^ or (?:two|so|more|longer)\b/i;
const ADJECTIVAL_LONG = /^[- ]long\b/i;

/** Meals and long blocks of a day that stand for far more than half an hour. */
const MEAL = /\b(?:(?:a |an )?coffee or )?(?:(?:a|an) (?:quick |short |long |nice |proper )?)?(?:lunch|dinner|brunch)\b(?! ?(?:hour|break|time|-and-learn| and learn|box|meeting with))(?: or (?:a |an )?(?:lunch|dinner|brunch|drinks|coffee))?/gi;
const MEAL_FOR_TWO = /\b(?:you|your|we|us|together)\b/i;
const DAY_BLOCK =
  /\b(?:an (?:afternoon|evening)|an entire (?:afternoon|morning|evening|day)|a (?:whole|full) (?:afternoon|morning|evening|day)|the (?:whole|entire) (?:afternoon|morning|evening|day)|half a day|a half[- ]day)\b(?![- ](?:call|chat|slot|meeting|coffee|session|time|appointment|break|tea))/gi;

export const longMeeting: Rule = {
  meta: {
    id: 'long-meeting',
    severity: 'warning',
    kinds: ['request'],
    description: 'The request asks for more than 30 minutes: an hour, a lunch or dinner, an afternoon.',
    docs: {
      why:
        'Every minute you ask for comes out of the recipient’s working day, and a lunch or an hour costs them far more than the meeting itself once travel and refocusing are counted. Informational chats work in 15 to 30 minutes; asking for that much shows you value their time, and a short first meeting is much easier to say yes to.',
      worse: 'Would you have an hour for lunch next week to talk about your move into product design?',
      better: 'Would you have 15–20 minutes for a call next week to talk about your move into product design?',
    },
    fixable: true,
    source: '004, 000',
  },
  check(context) {
    for (const duration of longDurations(context)) {
      const replacement = shortDurationEdit(context, duration);
      context.report({
        range: replacement.range,
        message: `Asking for ${duration.text} is a big favor from a busy person: ask for ${SHORT_DURATION} instead (30 at most).`,
        fixes: [{ title: `Ask for ${SHORT_DURATION} instead`, edits: [replacement], safe: true, preferred: true }],
      });
    }
    for (const sentence of context.analysis.bodySentences) {
      if (!asksForTime(sentence)) continue;
      if (itemsWithin(context.analysis.durations, sentence.range).some((duration) => duration.minutes <= MAX_MINUTES)) continue;
      for (const block of findInSentence(sentence, DAY_BLOCK)) {
        context.report({
          range: block.range,
          message: `Asking for ${block.text} is a big favor from a busy person: ask for ${SHORT_DURATION} instead.`,
          fixes: [{ title: `Ask for ${SHORT_DURATION} instead`, edits: [{ range: block.range, newText: SHORT_DURATION }], safe: true, preferred: true }],
        });
      }
      if (!MEAL_FOR_TWO.test(sentence.text)) continue;
      for (const meal of findInSentence(sentence, MEAL)) {
        context.report({
          range: meal.range,
          message: `A ${/dinner/i.test(meal.text) ? 'dinner' : 'lunch'} takes an hour or more of their day, travel included: ask for a 15–20 minute coffee or call instead.`,
          fixes: [{ title: 'Ask for a 15–20 minute coffee instead', edits: [{ range: meal.range, newText: 'a 15–20 minute coffee' }], preferred: true }],
        });
      }
    }
  },
};

/** Stated durations over 30 minutes that the sender asks the recipient to give, ranges merged. */
function longDurations(context: RuleContext): Duration[] {
  const { document, analysis } = context;
  const text = document.prose;
  const merged: Duration[] = [];
  for (const duration of analysis.durations) {
    const previous = merged[merged.length - 1];
    if (previous && RANGE_JOINER.test(text.slice(previous.range.end, duration.range.start))) {
      merged[merged.length - 1] = {
        range: { start: previous.range.start, end: duration.range.end },
        text: text.slice(previous.range.start, duration.range.end),
        minutes: Math.max(previous.minutes, duration.minutes),
      };
    } else merged.push(duration);
  }
  return merged.filter((duration) => {
    if (duration.minutes <= MAX_MINUTES) return false;
    const sentence = itemAround(analysis.bodySentences, duration.range);
    if (!sentence) return false;
    const before = text.slice(sentence.range.start, duration.range.start);
    const after = text.slice(duration.range.end, sentence.range.end);
    if (NOT_THE_MEETING_BEFORE.test(before) || NOT_THE_MEETING_AFTER.test(after) || NEGATED_BEFORE.test(before)) return false;
    return /^\s*of your time/i.test(after) || (isRequest(sentence.text) && ASKED_FOR_BEFORE.test(before)) || asksForTime(sentence);
  });
}

/** Softer asks than the shared request markers: "was wondering if I could take you to lunch". */
const WISH = /\b(?:wondering|wonder if|hoping|could i|can i|may i|love to|like to|want to|invite you|would mean (?:a lot|so much|the world))\b/i;

function asksForTime(sentence: Sentence): boolean {
  return (isRequest(sentence.text) || WISH.test(sentence.text)) && (MEETING_WORDS.test(sentence.text) || /\b(?:time|spend|give|offer|spare)\b/i.test(sentence.text));
}

/** Replaces the duration with "15–20 minutes", keeping the grammar of "a 45-minute call" and "an hour-long chat". */
function shortDurationEdit(context: RuleContext, duration: Duration): OffsetEdit {
  const text = context.document.prose;
  let range: OffsetRange = duration.range;
  const after = text.slice(range.end);
  const trailing = TRAILING_RANGE.exec(after) ?? ADJECTIVAL_LONG.exec(after);
  if (trailing) range = { start: range.start, end: range.end + trailing[0].length };
  const original = text.slice(range.start, range.end);
  const precededByArticle = /\b(?:a|an)\s$/i.test(text.slice(Math.max(0, range.start - 3), range.start));
  const singularUnit = /(?:min(?:ute)?|hour|hr)$/i.test(original);
  const adjectival = ADJECTIVAL_LONG.test(after) || (singularUnit && (original.includes('-') || precededByArticle));
  let newText = SHORT_DURATION;
  if (adjectival) newText = /^an? /i.test(original) ? 'a 15–20-minute' : '15–20-minute';
  return { range, newText };
}

function findInSentence(sentence: Sentence, pattern: RegExp): { range: OffsetRange; text: string }[] {
  return [...sentence.text.matchAll(pattern)].map((match) => {
    const start = sentence.range.start + (match.index ?? 0);
    return { range: { start, end: start + match[0].length }, text: match[0] };
  });
}
