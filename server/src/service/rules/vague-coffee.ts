import type { Rule } from '../rule';

export const vagueCoffee: Rule = {
  meta: {
    id: 'vague-coffee',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
