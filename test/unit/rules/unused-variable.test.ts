import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lintText, request, ruleTester, template } from '../../helpers/ruleTester';

ruleTester('unused-variable', {
  valid: [
    {
      name: 'every variable used',
      text: request('Hi {{recipient.firstName}},\n\nBest,\n{{sender.firstName}}', 'variables:\n  recipient.firstName: Sally\n  sender.firstName: Jim'),
    },
    {
      name: 'used only in the subject',
      text: request('Hi {{recipient.firstName}},', 'subject: "Your talk on {{recipient.talkTopic}}"\nvariables:\n  recipient.firstName: Sally\n  recipient.talkTopic: remote hiring'),
    },
    { name: 'used as a helper argument', text: request('{{#if recipient.company}}Hi!{{/if}}', 'variables:\n  recipient.company: Acme') },
    { name: 'used through a with block', text: request('{{#with recipient}}Hi {{firstName}}{{/with}}', 'variables:\n  recipient.firstName: Sally') },
    {
      name: 'a list sample used only by #each',
      text: request('{{#each sender.recipes}}- {{this.dish}}\n{{/each}}', 'variables:\n  sender.recipes:\n    - dish: lentil soup\n    - dish: rye bread'),
    },
    { name: 'no variables map', text: request('Hi there,') },
    { name: 'broken template is left to template-syntax', text: request('Hi {{#if x}}', 'variables:\n  recipient.firstName: Sally') },
  ],
  invalid: [
    {
      name: 'a list sample nothing loops over',
      text: request('{{#each sender.recipe}}{{this}}{{/each}}', 'variables:\n  sender.recipe: [x]\n  sender.recipes:\n    - lentil soup\n    - rye bread'),
      flagged: ['sender.recipes'],
    },
    {
      name: 'declared, never used: remove the line',
      text: request('Hi {{recipient.firstName}},', 'variables:\n  recipient.firstName: Sally\n  recipient.talkTopic: remote hiring'),
      flagged: ['recipient.talkTopic'],
      message: /never used/,
      output: request('Hi {{recipient.firstName}},', 'variables:\n  recipient.firstName: Sally'),
    },
    {
      name: 'only mentioned in a comment',
      text: request('{{!-- add {{sender.title}} later --}}Hi there,', 'variables:\n  sender.title: PM # job title'),
      flagged: ['sender.title'],
      output: request('{{!-- add {{sender.title}} later --}}Hi there,', 'variables:'),
    },
    {
      name: 'nested: the emptied parent goes too',
      text: template('kind: request\nvariables:\n  recipient:\n    firstName: Sally\n  sender:\n    firstName: Jim', 'Hi {{recipient.firstName}},'),
      flagged: ['firstName'],
      output: template('kind: request\nvariables:\n  recipient:\n    firstName: Sally', 'Hi {{recipient.firstName}},'),
    },
    {
      name: 'CRLF line endings',
      text: '---\r\nkind: request\r\nvariables:\r\n  a.b: one\r\n  c.d: two\r\n---\r\n{{a.b}}',
      flagged: ['c.d'],
      output: '---\r\nkind: request\r\nvariables:\r\n  a.b: one\r\n---\r\n{{a.b}}',
    },
    {
      name: 'a misspelled placeholder points at it: removal is not safe',
      text: request('Hi {{recipient.fristName}},', 'variables:\n  recipient.firstName: Sally'),
      flagged: ['recipient.firstName'],
      message: /`\{\{recipient\.fristName\}\}` in the message looks like a misspelling/,
      output: (fixed) => assert.doesNotMatch(fixed, /recipient\.firstName: Sally/),
    },
    {
      name: 'flow map: no line to remove',
      text: request('Hi there', 'variables: { recipient.firstName: Sally }'),
      flagged: ['recipient.firstName'],
      output: null,
    },
  ],
});

it('unused-variable: removal is safe, except for the likely target of a misspelled placeholder', () => {
  const safety = (body: string): boolean | undefined =>
    lintText(request(body, 'variables:\n  recipient.firstName: Sally')).find((finding) => finding.rule === 'unused-variable')?.fixes[0]?.safe;
  assert.equal(safety('Hi there,'), true);
  assert.equal(safety('Hi {{recipient.fristName}},'), false);
});
