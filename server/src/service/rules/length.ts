import type { Rule } from '../rule';

export const length: Rule = {
  meta: {
    id: 'length',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
