import type { Rule } from '../rule';

export const unknownVariable: Rule = {
  meta: {
    id: 'unknown-variable',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
