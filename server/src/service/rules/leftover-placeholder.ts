import type { Rule } from '../rule';

export const leftoverPlaceholder: Rule = {
  meta: {
    id: 'leftover-placeholder',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
