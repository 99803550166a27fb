import { closest } from '../document/didYouMean';
import type { Rule } from './rule';
import { parseSuppressions } from '../config/suppressions';

export const unknownRule: Rule = {
  meta: {
    id: 'unknown-rule',
    severity: 'warning',
    kinds: 'all',
    description: 'A suppression comment names a rule id that does not exist.',
    docs: {
      why:
        'A suppression with a misspelled rule id silences nothing, so the warning you meant to accept keeps coming back, or worse, you believe a check is off when it is not. Naming real rule ids keeps every exception in the template deliberate and easy to review.',
      worse: '{{!-- outreach-disable-next-line timelimit --}}',
      better: '{{!-- outreach-disable-next-line time-limit --}}',
    },
    fixable: true,
  },
  check(context) {
    for (const suppression of parseSuppressions(context.document)) {
      for (const named of suppression.rules) {
        if (context.ruleIds.includes(named.id)) continue;
        const suggestion = closest(named.id, context.ruleIds);
        context.report({
          range: named.range,
          message: suggestion
            ? `There is no rule \`${named.id}\`: did you mean \`${suggestion}\`?`
            : `There is no rule \`${named.id}\`: use a rule id from the documentation, or remove it.`,
          fixes: suggestion
            ? [{ title: `Replace with \`${suggestion}\``, edits: [{ range: named.range, newText: suggestion }], safe: true, preferred: true }]
            : [],
        });
      }
    }
  },
};
