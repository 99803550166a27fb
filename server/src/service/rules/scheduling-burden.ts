import type { Rule } from '../rule';

export const schedulingBurden: Rule = {
  meta: {
    id: 'scheduling-burden',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
