import type { Rule } from '../rule';

export const missingPurpose: Rule = {
  meta: {
    id: 'missing-purpose',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
