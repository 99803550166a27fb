import type { Rule } from '../rule';

export const renderEmpty: Rule = {
  meta: {
    id: 'render-empty',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
