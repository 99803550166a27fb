import type { Rule } from '../rule';

export const timezone: Rule = {
  meta: {
    id: 'timezone',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
