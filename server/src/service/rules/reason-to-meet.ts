import type { Rule } from '../rule';

export const reasonToMeet: Rule = {
  meta: {
    id: 'reason-to-meet',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
