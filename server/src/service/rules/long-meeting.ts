import { isRequest, MEETING_WORDS } from '../language/analysis';
import type { Duration } from '../lexicon/durations';
import type { OutreachDocument, Sentence } from '../document/document';
import { findDurations, findSpentDayParts } from '../lexicon/durations';
import { oncePer } from '../language/oncePer';
import { asksIn } from '../language/speechActs';
import { itemAround, itemsWithin } from '../document/ranges';
import type { Rule, RuleContext } from './rule';
import type { OffsetEdit, OffsetRange } from '../types';

const MAX_MINUTES = 30;
const SHORT_DURATION = '15–20 minutes';

/** Durations that measure something other than the meeting: a deadline, a distance, a frequency, the past. */
const NOT_THE_MEETING_BEFORE = /\b(?:within|in the (?:next|last|past)|over the (?:next|last|past)|every|per|each|after|spent|spend(?:ing)? (?:the last|the past)|last|past|about|almost|nearly|an? extra|down to|(?:cut|cuts|cutting|trimmed|shortened|reduced)(?: \w+){0,3} to|from|under|took|takes|lasted|lasts)\s*$/i;
const NOT_THE_MEETING_AFTER =
  /^(?:['’]s)?[\s-]*(?:ago|away|from|drive|flight|commute|layover|ahead|behind|earlier|later|each|a (?:day|week|month)|per|workshop|course|class|keynote|talk|podcast|episode|video|webinar|programme|program|lecture|presentation|panel|tutorial|shift|of (?:travel|driving|reading|work|practice|content|video|footage|recordings?))\b/i;
/** "I won't take an hour", "instead of an hour": the long duration is being ruled out. */
const NEGATED_BEFORE = /(?:\bnot|n['’]t|\bnever|\binstead of|\brather than|\bno need for|\bwithout)\b[^.?!]{0,25}$/i;
/** "Would you have an hour", "could you spare 45 minutes": the duration is what is asked for. */
const ASKED_FOR_BEFORE = /\b(?:have|spare|give|lend|take|need|borrow|find|book|block|for|open to|up for)\s+(?:me\s+|us\s+|out\s+)?$/i;
/** "I'm requesting 45 minutes", "we are asking for an hour", "I'd suggest an hour": the sender states what they ask for. */
const SENDER_ASKS_BEFORE = /\b(?:i|we)(?:['’]m|['’]re| am| are|['’]d| would)?\s+(?:\w+\s+)?(?:request(?:ing)?|ask(?:ing)? for|hoping for|propos(?:e|ing)|suggest(?:ing)?)\s+$/i;
/** "Would 45 minutes work?", "Is an hour too much?": the duration is the subject of the question. */
const DURATION_AS_SUBJECT_BEFORE = /\b(?:would|could|will|is|does)\s+(?:a\s+|an\s+)?$/i;
/** "A 45-minute call on Monday would be ideal": a stated proposal, not a question. */
const PROPOSAL = /\bwould (?:be (?:ideal|great|perfect|best|wonderful|lovely|enough|plenty|fine)|work|suit)\b/i;
/** A meeting noun right after an adjectival duration ("a 45-minute video call"). */
const MEETING_NOUN_AFTER = /^[- ]?(?:long\s+)?(?:(?:video|phone|zoom|quick|informal|intro(?:ductory)?)\s+)?(?:call|chat|meeting|conversation|session|sit-down|catch-up|coffee|visit|slot)\b/i;
/** A merged range like "45 minutes to an hour" or "an hour or two" is one request. */
const RANGE_JOINER = /^\s*(?:to|or|-|–|—)\s*$/;
const TRAILING_RANGE = /^ or (?:two|so|more|longer)\b/i;
const ADJECTIVAL_LONG = /^[- ]long\b/i;

/** Meals and long blocks of a day that stand for far more than half an hour. */
const MEAL_ADJECTIVE = String.raw`(?:quick|short|long|nice|proper|sit-down|sit down|leisurely|relaxed|good|hot|full|real|decent|slow|long-overdue)`;
/**
 * A meal shared at table: lunch, dinner, supper, brunch, or "a meal" ("a proper sit-down meal"). Not a lunch hour,
 * a lunch-and-learn or a meal plan.
 */
const MEAL_NOT_AFTER = String.raw`(?! ?(?:hour|break|time|-and-learn| and learn|box|meeting with|club|plan|prep|kit|deal|voucher|ticket|service|replacement|delivery|programme|program|card|train))`;
const MEAL = new RegExp(
  String.raw`\b(?:(?:a |an )?coffee or )?(?:(?:(?:a|an) (?:${MEAL_ADJECTIVE}[ ,]+){0,2})?(?:lunch|dinner|brunch|supper)|(?:a|an) (?:${MEAL_ADJECTIVE}[ ,]+){0,2}meal)\b${MEAL_NOT_AFTER}(?: or (?:a |an )?(?:lunch|dinner|brunch|supper|drinks|coffee))?`,
  'gi',
);
/** Dishes eaten at table, named for the meal: "a curry", "some dim sum", "a plate of oysters". Drinks and a coffee are not meals. */
const DISHES = String.raw`(?:ramen|pho|udon|noodles|curry|pizza|burgers?|sushi|tapas|dim sum|dumplings|pasta|steak|kebabs?|tacos|paella|fish and chips|barbecue|bbq|oysters|a roast|sunday roast|fondue|mezze|thali|biryani)`;
/**
 * A dish shared as the meeting: a serving of food ("a bowl of ramen", "a plate of dumplings", "a platter of mezze") or a
 * dish named after a word of having or going for it ("for a curry", "over some dim sum", "grab sushi").
 */
const DISH = new RegExp(
  [
    String.raw`\b(?:a|an|some|one) (?:${MEAL_ADJECTIVE}[ ,]+){0,2}(?:bowl|plate|platter)s? of [\w-]+`,
    String.raw`(?<=\b(?:for|over|grab|have|share|get|to) )(?:(?:a|an|some) )?(?:${MEAL_ADJECTIVE}[ ,]+){0,2}${DISHES}\b(?! (?:recipes?|ovens?|places?|nights?|festivals?|sauces?|stalls?|vans?|trucks?|shops?|menus?|class(?:es)?|courses?|kits?)\b)`,
  ].join('|'),
  'gi',
);
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
      evidence:
        'Evidence is a length over 30 minutes (in any spelling, “an hour and a half”, “three quarters of an hour”, “a 45-min call”) or a meal at table (lunch, dinner, “a proper sit-down meal”, a dish shared like “a plate of dumplings”) or afternoon that the message asks the recipient to give, not one that measures a trip, a deadline or the past.',
      worse: 'Would you have an hour for lunch next week to talk about your move into product design?',
      better: 'Would you have 15–20 minutes for a call next week to talk about your move into product design?',
    },
    fixable: true,
  },
  check(context) {
    const reported = longDurations(context);
    for (const duration of reported) {
      const replacement = shortDurationEdit(context, duration);
      context.report({
        range: replacement.range,
        message: `Asking for ${duration.text} is a big favor from a busy person: ask for ${SHORT_DURATION} instead (30 at most).`,
        fixes: [{ title: `Ask for ${SHORT_DURATION} instead`, edits: [replacement], safe: true, preferred: true }],
      });
    }
    for (const sentence of context.analysis.bodySentences) {
      // "would you set aside a morning", "could we spend an afternoon": the verb of spending time makes the block a length asked for.
      const spent = isRequest(sentence.text) || WISH.test(sentence.text) ? findSpentDayParts(sentence.text, sentence.range.start) : [];
      if (!asksForTime(sentence) && spent.length === 0) continue;
      if (itemsWithin(bodyDurations(context.document), sentence.range).some((duration) => duration.minutes <= MAX_MINUTES)) continue;
      const blocks = asksForTime(sentence) ? findInSentence(sentence, DAY_BLOCK) : [];
      for (const extra of spent) if (!blocks.some((block) => block.range.start < extra.range.end && extra.range.start < block.range.end)) blocks.push(extra);
      blocks.sort((a, b) => a.range.start - b.range.start);
      for (const block of blocks) {
        if (reported.some((duration) => duration.range.start < block.range.end && block.range.start < duration.range.end)) continue;
        context.report({
          range: block.range,
          message: `Asking for ${block.text} is a big favor from a busy person: ask for ${SHORT_DURATION} instead.`,
          fixes: [{ title: `Ask for ${SHORT_DURATION} instead`, edits: [{ range: block.range, newText: SHORT_DURATION }], safe: true, preferred: true }],
        });
      }
      if (!asksForTime(sentence) || !MEAL_FOR_TWO.test(sentence.text)) continue;
      for (const meal of [...findInSentence(sentence, MEAL), ...findInSentence(sentence, DISH)].sort((a, b) => a.range.start - b.range.start)) {
        context.report({
          range: meal.range,
          message: `A ${mealName(meal.text)} takes an hour or more of their day, travel included: ask for a 15–20 minute coffee or call instead.`,
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
  for (const duration of bodyDurations(document)) {
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
    if (/^\s*of your time/i.test(after) || asksForTime(sentence)) return true;
    const proposes = isRequest(sentence.text) || asksIn(sentence).length > 0 || PROPOSAL.test(sentence.text);
    if (proposes && (ASKED_FOR_BEFORE.test(before) || DURATION_AS_SUBJECT_BEFORE.test(before) || MEETING_NOUN_AFTER.test(after))) return true;
    return SENDER_ASKS_BEFORE.test(before);
  });
}

/** Stated lengths of time in the body (greeting line included; sentences outside the body are dropped later). */
const bodyDurations = oncePer((document: OutreachDocument): Duration[] => findDurations(document.prose.slice(document.bodyStart), document.bodyStart));

/** Softer asks than the shared request markers: "was wondering if I could take you to lunch". */
const WISH = /\b(?:wondering|wonder if|hoping|could i|can i|may i|love to|like to|want to|invite you|would mean (?:a lot|so much|the world))\b/i;

function asksForTime(sentence: Sentence): boolean {
  return (isRequest(sentence.text) || WISH.test(sentence.text)) && (MEETING_WORDS.test(sentence.text) || /\b(?:time|spend|give|offer|spare|supper|brunch|meal)\b/i.test(sentence.text) || new RegExp(DISH.source, 'i').test(sentence.text));
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

function mealName(text: string): string {
  if (/dinner|supper/i.test(text)) return 'dinner';
  if (/lunch|brunch/i.test(text)) return 'lunch';
  return 'meal';
}

function findInSentence(sentence: Sentence, pattern: RegExp): { range: OffsetRange; text: string }[] {
  return [...sentence.text.matchAll(pattern)].map((match) => {
    const start = sentence.range.start + (match.index ?? 0);
    return { range: { start, end: start + match[0].length }, text: match[0] };
  });
}
