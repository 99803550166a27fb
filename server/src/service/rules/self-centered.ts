import type { Rule } from '../rule';

export const selfCentered: Rule = {
  meta: {
    id: 'self-centered',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
