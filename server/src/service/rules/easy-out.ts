import { insertClauseFixes } from '../fixes/clauseFixes';
import { wayOutIn } from '../lexicon/declining';
import { messageSentences } from '../lexicon/introductions';
import type { Rule, RuleContext } from './rule';
import type { Seniority } from '../types';

/** Requests to people whose time is much in demand need an easy out too; a peer can say no without one. */
const BUSY_SENIORITIES: readonly Seniority[] = ['senior', 'executive', 'influencer'];

export const easyOut: Rule = {
  meta: {
    id: 'easy-out',
    severity: 'warning',
    kinds: ['intro-request', 'request'],
    description: 'An intro request, or a request to a senior person, gives no easy way to say no.',
    docs: {
      why:
        'Busy people turn down many requests, not because they are unkind but because their time is committed. A message that never says "no" is an acceptable answer leaves them to invent an excuse or stay silent, and both cost goodwill. One sentence that makes declining painless shows respect for their time and, oddly, makes a yes more likely.',
      evidence:
        'Evidence of an easy out is a sentence that grants leave to decline, skip the reply or skip the explanation, promises no cost (you will understand, or will tell the other person they are busy), or, when the time is not right, accepts a no or a lighter replacement for the ask.',
      worse: 'Would you be willing to have a short call with Priya next week?',
      better: 'Would you be willing to have a short call with Priya next week? If your plate is full right now, a simple no is completely fine.',
    },
    fixable: true,
    phraseCategory: 'easy-out',
  },
  check(context) {
    if (!needsEasyOut(context)) return;
    const sentences = messageSentences(context.document);
    if (sentences.length === 0 || sentences.some((sentence) => wayOutIn(sentence) !== undefined)) return;
    context.report({
      range: context.messageAnchor(),
      message: 'Give the recipient an easy way to say no (e.g. “If now is not a good time, a simple no is completely fine”), so declining costs them nothing.',
      fixes: insertClauseFixes(context, 'easy-out', 'end', 'Add an easy way to say no'),
    });
  },
};

function needsEasyOut(context: RuleContext): boolean {
  const { kind, seniority } = context.document.frontMatter;
  return kind === 'intro-request' || (seniority !== undefined && BUSY_SENIORITIES.includes(seniority));
}
