import type { Rule } from '../rule';

export const subject: Rule = {
  meta: {
    id: 'subject',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
