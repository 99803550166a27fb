import { countPersons } from '../lexicon/person';
import type { Rule } from './rule';

export const selfCentered: Rule<'minWords' | 'maxRatio'> = {
  meta: {
    id: 'self-centered',
    severity: 'info',
    kinds: ['request'],
    description: 'The message talks about the sender far more than about the recipient.',
    docs: {
      why:
        'A request that is all “I”, “me” and “my” explains why you want the meeting but not why they should want it. People agree to meet people who interest them, so step into their shoes: talk about their work, what you noticed, and what is in it for them. The counts are a quick mirror, not a grammar rule.',
      evidence:
        'The counts of first- and second-person words between the greeting and the sign-off, in bodies of at least 40 words.',
      worse:
        'I am a designer and I am moving into research. I would love to meet because I think it would help me and my career a lot. I have taken two courses, my manager thinks I am ready, and I want to hear how I should plan my next step.',
      better:
        'Your talk on research ops changed how I plan studies. I would love to share what happened when I tried your intake template with my team: your checklist cut our setup time in half, and you might like the two changes we made to it for remote sessions.',
    },
    fixable: false,
    options: {
      minWords: { description: 'Bodies shorter than this many words are not checked.', default: 40, minimum: 1 },
      maxRatio: { description: 'Largest first-person : second-person ratio that passes.', default: 2.5, minimum: 1 },
    },
  },
  check(context) {
    const { minWords, maxRatio } = context.options;
    const { words, firstPerson: first, secondPerson: second } = countPersons(context.document);
    if (words < minWords) return;
    if (first <= maxRatio * second) return;
    context.report({
      range: context.messageAnchor(),
      message: `The message says I/me/my ${times(first)} and you/your ${times(second)}, more than ${maxRatio} : 1: talk more about the recipient’s work and what is in it for them.`,
    });
  },
};

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}
