import type { Rule } from '../rule';

export const meetingBurden: Rule = {
  meta: {
    id: 'meeting-burden',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
