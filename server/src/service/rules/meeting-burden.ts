import { findPhrases } from '../lexicon/value';
import type { Rule } from '../rule';
import type { Fix, OffsetRange } from '../types';

const SENDER_PLACE = String.raw`(?:my|our) (?:office|place|studio|workspace|co-?working space|campus|house|apartment|building|hq|headquarters)(?! hours)`;
/** Asks that make the recipient travel: to a midpoint, or to the sender. */
const TRAVEL_ASK = new RegExp(
  [
    String.raw`\bmeet (?:you |me )?(?:half-?way|half way|midway|in the middle|somewhere (?:in the middle|in between|between))\b`,
    String.raw`\b(?:somewhere|someplace|a spot|a place|a caf[eé]) (?:in the middle|in between|half-?way|midway)\b`,
    String.raw`\b(?:half-?way|midway) between (?:us|you and me|our (?:offices|places|homes))\b`,
    String.raw`\b(?:come|stop|swing|drop|pop|head) (?:by |over |down |in |up )?(?:to |at |into )?${SENDER_PLACE}`,
    String.raw`\b(?:drive|travel|commute) (?:over |out |up |down )?to (?:me\b|${SENDER_PLACE})`,
    String.raw`\bmeet (?:me )?at ${SENDER_PLACE}`,
    String.raw`\bvisit (?:me at )?${SENDER_PLACE}`,
  ].join('|'),
  'gi',
);

/** Replacements that meet the recipient where they already are. */
const WHERE_THEY_ARE = [
  { verb: 'meet near your office', place: 'near your office', label: 'near their office' },
  { verb: 'talk on a short call', place: 'on a short call', label: 'a short call' },
  { verb: 'meet at an event you already attend', place: 'at an event you already attend', label: 'an event they already attend' },
];

export const meetingBurden: Rule = {
  meta: {
    id: 'meeting-burden',
    severity: 'warning',
    kinds: ['request'],
    description: 'The request asks the recipient to travel: to meet halfway, in the middle, or at the sender’s office.',
    docs: {
      why:
        'A coffee “somewhere in the middle” means the recipient leaves work, drives out, talks, drives back and then has to find their focus again: the half hour you asked for becomes an afternoon. You are the one asking, so go to them — near their office, at an event they already attend — or keep it to a call.',
      worse: 'Could we meet halfway, maybe somewhere downtown?',
      better: 'I would be glad to come to a café near your office, or to keep it to a short call if that is easier.',
    },
    fixable: true,
    source: '000',
  },
  check(context) {
    for (const match of findPhrases(context.analysis.bodySentences, TRAVEL_ASK)) {
      context.report({
        range: match.range,
        message: 'You are asking a favor, so do not ask them to travel: offer to meet near their office, at an event they already attend, or on a call.',
        fixes: whereTheyAreFixes(match.range, match.text),
      });
    }
  },
};

function whereTheyAreFixes(range: OffsetRange, phrase: string): Fix[] {
  // A phrase that starts with its verb ("meet halfway", "come to my office") is replaced by a verb phrase; a bare place by a place.
  const startsWithVerb = /^(?:meet|come|stop|swing|drop|pop|head|drive|travel|commute|visit)\b/i.test(phrase);
  return WHERE_THEY_ARE.map((option, index) => ({
    title: `Meet where they already are: ${option.label}`,
    edits: [{ range, newText: startsWithVerb ? option.verb : option.place }],
    preferred: index === 0,
  }));
}
