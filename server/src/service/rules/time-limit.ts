import type { Duration } from '../lexicon/durations';
import type { Sentence } from '../document/document';
import { timeLimitFixes } from '../fixes/durationFix';
import { findClockSpans, findSpentDayParts } from '../lexicon/durations';
import { tagged, type Token } from '../language/nlp';
import { itemAround } from '../document/ranges';
import { isRecipientWord } from '../language/speechActs';
import type { Rule } from './rule';

/** An ask for a favor by email only ("could you introduce me", "would you share feedback") needs no meeting length. */
export const timeLimit: Rule = {
  meta: {
    id: 'time-limit',
    severity: 'warning',
    kinds: ['request'],
    description: 'A meeting or call is requested without saying how long it would take.',
    docs: {
      why:
        'A busy person weighs every request against their calendar. An open-ended "can we meet?" hides the cost, so the safe answer is no or never. Naming a short, fixed length (15 or 20 minutes) tells them exactly what they are agreeing to and shows you respect their time.',
      evidence:
        'An ask whose scope names a meeting or call in any words (a slot on their calendar, some of their time, hopping on a call, a plan that "we should get together") and no length anywhere in the message, in any spelling (a slot given by both ends, "from 12:00 to 12:20", states one); a length in a sentence that only tells what already happened ("last week I spent an hour on it") measures the past, not the meeting. An email-only favor is not a meeting.',
      worse: 'Would you be open to meeting up to talk about your move into product design?',
      better: 'Would you have 15 minutes for a call in the next two weeks to talk about your move into product design?',
    },
    fixable: true,
    phraseCategory: 'time-limit',
  },
  check(context) {
    const { analysis } = context;
    const ask = analysis.meetingAsk;
    if (!ask) return;
    // A slot given by both its ends ("from 12:00 to 13:30") states its length as surely as "90 minutes" does.
    const slots = analysis.bodySentences.flatMap((sentence) => findClockSpans(sentence.text, sentence.range.start));
    // "spend an afternoon going through the data together": a block of the day given to the meeting is a stated (long) length.
    const blocks = analysis.bodySentences.filter((sentence) => sentence === ask || TOGETHER.test(sentence.text)).flatMap((sentence) => findSpentDayParts(sentence.text, sentence.range.start));
    if ([...analysis.durations, ...slots, ...blocks].some((duration) => !measuresThePast(duration, analysis.bodySentences))) return;
    context.report({
      range: ask.range,
      message: 'Say how long the meeting would take (e.g. "15 minutes") so the recipient knows what they are agreeing to.',
      fixes: timeLimitFixes(context),
    });
  },
};

/** A sentence about the two of them, so that a block of the day it spends is the meeting's, not the sender's trip. */
const TOGETHER = /\b(?:we|us|you|your|together)\b/i;

/** Words that point to a time still to come: "on Thursday", "next week", "tomorrow". */
const UPCOMING = new Set(['next', 'tomorrow', 'upcoming', 'coming', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'soon', 'later']);

/** Verbs that put a sentence in the present or future, or make it a wish or an offer: "would", "I'll", "is", "I've". */
const NOT_PAST = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'shall', 'should', 'must', 'ought', "'ll", "'d", 'wo', 'ca', 'is', 'are', 'am', "'s", "'re", "'m", 'has', 'have', "'ve", 'do', 'does']);

/**
 * The duration sits in a sentence that only tells what already happened ("Last week I spent an hour cutting it into a
 * ninety-minute reel", "the tasting ran two hours"): a statement (no question) whose verbs are in the simple past,
 * with nothing present, future or modal in it, no time still to come and nothing done for the recipient. Such a length
 * measures the past, not the meeting being asked for. "I've set aside 20 minutes", "I blocked out 20 minutes on Thursday" or "it took an hour last time, and would take 15
 * now" still count.
 */
function measuresThePast(duration: Duration, sentences: readonly Sentence[]): boolean {
  const sentence = itemAround(sentences, duration.range);
  if (!sentence || sentence.text.trimEnd().endsWith('?')) return false;
  const tokens = tagged(sentence).tokens;
  if (tokens.some((token) => NOT_PAST.has(token.lower) && (token.pos === 'AUX' || token.pos === 'VERB'))) return false;
  // "I blocked out 20 minutes for you on Thursday": a past act that books a time still to come, or one made for them.
  if (tokens.some((token) => isRecipientWord(token) || UPCOMING.has(token.lower))) return false;
  return tokens.some(isPastForm);
}

/** A verb form that differs from its lemma in a past way: "spent", "recorded", "ran" (not "-ing" nor a third-person "-s"). */
function isPastForm(token: Token): boolean {
  if ((token.pos !== 'VERB' && token.pos !== 'AUX') || token.lower === token.lemma) return false;
  const lemma = token.lemma;
  return !token.lower.endsWith('ing') && token.lower !== `${lemma}s` && token.lower !== `${lemma}es` && token.lower !== `${lemma.replace(/y$/, '')}ies` && !NOT_PAST.has(token.lower);
}
