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
    {
      name: 'each over a list of words renders every item',
      text: request('Topics I would bring:\n{{#each sender.topics}}- {{this}}\n{{/each}}', 'variables:\n  sender.topics:\n    - seed pricing\n    - hiring a first nurse'),
    },
    {
      name: 'each over a list of maps, with this., block params, @index and ../',
      text: request(
        'Hi {{recipient.firstName}},\n{{#each sender.shows}}{{@index}}. {{this.title}} at {{venue}} for {{../recipient.firstName}}\n{{/each}}{{#each sender.shows as |show|}}{{show.title}}{{/each}}',
        'variables:\n  recipient.firstName: Noor\n  sender.shows:\n    - title: Low Tide\n      venue: the Granary\n    - title: Salt Marsh\n      venue: St Anne\'s',
      ),
    },
    {
      name: 'an empty list with an else branch renders the else',
      text: request('{{#each sender.refs}}{{this}}{{else}}No references yet.{{/each}}', 'variables:\n  sender.refs: []'),
    },
    {
      name: 'an #if inside each reads the item',
      text: request('{{#each sender.papers}}{{title}}{{#if year}} ({{year}}){{/if}}\n{{/each}}', 'variables:\n  sender.papers:\n    - title: Soil carbon\n      year: 2021\n    - title: Hedgerows'),
    },
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
      name: 'an empty item of a list sample',
      text: request('{{#each sender.skills}}- {{this}}\n{{/each}}', 'variables:\n  sender.skills:\n    - welding\n    - ""'),
      flagged: ['{{this}}'],
      message: /is empty in item 2 of the `sender\.skills` sample/,
    },
    {
      name: 'a field some items of a list of maps lack',
      text: request('{{#each sender.clients as |client|}}{{client.name}}, {{client.town}}\n{{/each}}', 'variables:\n  sender.clients:\n    - name: Brightwell Bakery\n      town: Leeds\n    - name: Oak & Ivy'),
      flagged: ['{{client.town}}'],
      message: /finds nothing in item 2 of the `sender\.clients` sample/,
    },
    {
      name: 'an empty list with no else renders nothing',
      text: request('My recent commissions:\n{{#each sender.commissions}}- {{this}}\n{{/each}}', 'variables:\n  sender.commissions: []'),
      flagged: ['sender.commissions'],
      message: /empty list/,
    },
    {
      name: 'a list printed as a plain placeholder',
      text: request('{{#each sender.langs}}{{this}} {{/each}}and again: {{sender.langs}}.', 'variables:\n  sender.langs: [Welsh, Basque]'),
      flagged: ['{{sender.langs}}'],
      message: /joined by commas/,
    },
    {
      name: 'emoji before the placeholder do not shift the range',
      text: request('Hi 👋🏽 {{recipient.firstName}} 🎉,', 'variables:\n  recipient.firstName: ""'),
      flagged: ['{{recipient.firstName}}'],
    },
  ],
});
