import type { Rule } from '../rule';

export const googleableAsk: Rule = {
  meta: {
    id: 'googleable-ask',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
