import type { Rule } from '../rule';

export const personalization: Rule = {
  meta: {
    id: 'personalization',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
