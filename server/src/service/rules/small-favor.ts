import type { Rule } from '../rule';

export const smallFavor: Rule = {
  meta: {
    id: 'small-favor',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
