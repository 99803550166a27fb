import type { Rule } from '../rule';

export const askFirst: Rule = {
  meta: {
    id: 'ask-first',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
