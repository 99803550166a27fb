import type { Rule } from './rule';

export const templateSyntax: Rule = {
  meta: {
    id: 'template-syntax',
    severity: 'error',
    kinds: 'all',
    description: 'The body is not a valid Handlebars template.',
    docs: {
      why:
        'A template that does not parse cannot be filled in: the mail merge either fails or sends the raw braces to a real person, which reads as careless mass mail. Every later check also works on a guess of the text until the syntax is fixed.',
      worse: 'Hi {{recipient.firstName},\n\n{{#if recipient.talkTopic}}I enjoyed your talk on {{recipient.talkTopic}}.',
      better: 'Hi {{recipient.firstName}},\n\n{{#if recipient.talkTopic}}I enjoyed your talk on {{recipient.talkTopic}}.{{/if}}',
    },
    fixable: false,
  },
  check(context) {
    const error = context.document.syntaxError;
    if (!error) return;
    context.report({ range: error.range, message: error.message });
  },
};
