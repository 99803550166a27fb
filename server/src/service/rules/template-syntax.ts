import type { Rule } from '../rule';

export const templateSyntax: Rule = {
  meta: {
    id: 'template-syntax',
    severity: 'info',
    kinds: ['request'],
    description: 'TODO',
    docs: { why: 'TODO', better: 'TODO' },
    fixable: false,
  },
  check() {},
};
