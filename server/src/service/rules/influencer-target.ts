import type { Rule } from '../rule';

export const influencerTarget: Rule = {
  meta: {
    id: 'influencer-target',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
