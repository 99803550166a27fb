import { request, ruleTester } from '../../helpers/ruleTester';

ruleTester('render-empty', {
  valid: [
    { name: 'all samples filled', text: request('Hi {{recipient.firstName}},', 'variables:\n  recipient.firstName: Sally') },
    { name: 'no variables map', text: request('Hi {{recipient.firstName}},') },
    { name: 'empty sample guarded by #if', text: request('Hi{{#if recipient.firstName}} {{recipient.firstName}}{{/if}},', 'variables:\n  recipient.firstName: ""') },
    {
      name: 'empty sample in the branch that does not render',
      text: request('{{#unless recipient.company}}Hi there{{else}}Hi {{recipient.company}} team{{/unless}},', 'variables:\n  recipient.company:'),
    },
    { name: 'false and 0 render as text', text: request('Seats left: {{event.seats}}. Remote: {{event.remote}}.', 'variables:\n  event.seats: 0\n  event.remote: false') },
    { name: 'undeclared paths are unknown-variable, not this rule', text: request('Hi {{recipient.firstName}},', 'variables:\n  sender.firstName: Jim') },
    { name: 'empty sample only used as a condition', text: request('{{#if recipient.nickname}}Hey!{{/if}}', 'variables:\n  recipient.nickname: ""') },
    { name: 'inside each the context changes', text: request('{{#each talks}}{{title}}{{/each}}', 'variables:\n  talks: x\n  title: ""') },
  ],
  invalid: [
    {
      name: 'empty string sample leaves "Hi ,"',
      text: request('Hi {{recipient.firstName}},\n\nThanks', 'variables:\n  recipient.firstName: ""'),
      flagged: ['{{recipient.firstName}}'],
      message: /empty sample value, so this line renders as “Hi ,”/,
      output: null,
    },
    {
      name: 'null sample',
      text: request('I enjoyed your talk on {{recipient.talkTopic}}.', 'variables:\n  recipient.talkTopic:'),
      flagged: ['{{recipient.talkTopic}}'],
      message: /“I enjoyed your talk on \.”/,
    },
    {
      name: 'blank sample inside the branch that renders',
      text: request('{{#if recipient.company}}At {{recipient.role}}, {{recipient.company}}{{/if}}', 'variables:\n  recipient.company: Acme\n  recipient.role: "  "'),
      flagged: ['{{recipient.role}}'],
    },
    {
      name: 'a group of variables renders as [object Object]',
      text: request('Hi {{recipient}},', 'variables:\n  recipient:\n    firstName: Sally'),
      flagged: ['{{recipient}}'],
      message: /object Object/,
    },
    {
      name: 'emoji before the placeholder do not shift the range',
      text: request('Hi 👋🏽 {{recipient.firstName}} 🎉,', 'variables:\n  recipient.firstName: ""'),
      flagged: ['{{recipient.firstName}}'],
    },
  ],
});
