import type { Rule } from '../rule';

export const freeConsulting: Rule = {
  meta: {
    id: 'free-consulting',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
