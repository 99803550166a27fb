import type { Rule } from '../rule';

export const longMeeting: Rule = {
  meta: {
    id: 'long-meeting',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
