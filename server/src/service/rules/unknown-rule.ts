import type { Rule } from '../rule';

export const unknownRule: Rule = {
  meta: {
    id: 'unknown-rule',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
