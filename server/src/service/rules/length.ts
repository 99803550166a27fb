import type { Rule } from './rule';

export const length: Rule<'maxWords'> = {
  meta: {
    id: 'length',
    severity: 'info',
    kinds: ['request', 'intro-request'],
    description: 'The body is longer than a busy reader will take in (200 words for a request, 150 for an intro request).',
    docs: {
      why:
        'A cold request is read in a few seconds on a phone, between other things. A concise message — who you are, why them, a small clear ask — respects that; a long one reads as a bigger favor before it even gets to the point. Cut background the recipient does not need to say yes.',
      evidence:
        'The count of body words (greeting and sign-off excluded, a placeholder counts as one word) against the limit for the kind.',
      better: 'Three short paragraphs: who you are in one sentence, why them, and one small, concrete ask.',
    },
    fixable: false,
    options: {
      maxWords: { description: 'Largest body length in words.', default: { request: 200, 'intro-request': 150 }, minimum: 1 },
    },
  },
  check(context) {
    const { maxWords } = context.options;
    const words = context.analysis.bodyWordCount;
    if (words <= maxWords) return;
    context.report({
      range: context.messageAnchor(),
      message: `The body is ${words} words, over the ${maxWords}-word limit: cut background the recipient does not need so the ask is read in seconds.`,
    });
  },
};
