import type { Rule } from '../rule';

export const frontmatter: Rule = {
  meta: {
    id: 'frontmatter',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
