import type { Rule } from '../rule';

export const unusedVariable: Rule = {
  meta: {
    id: 'unused-variable',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
