import type { Rule } from '../rule';

export const coldReferral: Rule = {
  meta: {
    id: 'cold-referral',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
