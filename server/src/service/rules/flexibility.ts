import type { Rule } from '../rule';

export const flexibility: Rule = {
  meta: {
    id: 'flexibility',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
