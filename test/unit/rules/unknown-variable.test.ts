import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, request, ruleTester, template } from '../../helpers/ruleTester';

const vars = 'variables:\n  recipient.firstName: Sally\n  recipient.talkTopic: remote hiring\n  sender.firstName: Jim';

ruleTester('unknown-variable', {
  valid: [
    { name: 'every placeholder declared', text: request('Hi {{recipient.firstName}},\n\nYour talk on {{recipient.talkTopic}} was great.\n\nJim', vars) },
    { name: 'no variables map: nothing is unknown', text: request('Hi {{recipient.firstName}}, I enjoyed {{recipient.articleTitle}}.') },
    { name: 'no front matter', text: 'Hi {{recipient.firstName}},' },
    { name: 'helper arguments and conditions that are declared', text: request('{{#if recipient.talkTopic}}Your talk on {{recipient.talkTopic}}{{/if}}', vars) },
    {
      name: 'paths inside each / with are relative to the block',
      text: request('{{#with recipient}}Hi {{firstName}},{{/with}}\n{{#each talks}}{{title}} {{@index}} {{this}}{{/each}}', `${vars}\n  talks: none`),
    },
    { name: 'a map prefix of declared paths', text: request('{{#with recipient}}{{firstName}}{{/with}}', vars) },
    {
      name: 'nested variables map',
      text: template('kind: request\nvariables:\n  recipient:\n    firstName: Sally\n    company: Acme', 'Hi {{recipient.firstName}} at {{recipient.company}},'),
    },
    {
      name: 'this and this.field inside each over a declared list sample',
      text: template(
        'kind: request\nvariables:\n  recipient.firstName: Ines\n  sender.boats:\n    - name: Heron\n      length: 9 m',
        'Hi {{recipient.firstName}},\n{{#each sender.boats}}{{this.name}} ({{length}}) {{this}}\n{{/each}}{{#each sender.boats as |boat|}}{{boat.name}}{{/each}}',
      ),
    },
    { name: 'this. prefix at the root', text: request('Hi {{this.recipient.firstName}},', vars) },
    { name: 'placeholders in comments are not used', text: request('{{!-- {{recipient.lastName}} later --}}Hi {{recipient.firstName}},', vars) },
    { name: 'broken template is left to template-syntax', text: request('Hi {{recipient.nmae}, {{}}', vars) },
  ],
  invalid: [
    {
      name: 'an #each over a misspelled list path',
      text: template('kind: request\nvariables:\n  sender.boats: [Heron, Tern]', '{{#each sender.boast}}{{this}} {{/each}}'),
      flagged: ['sender.boast'],
      message: /did you mean `sender\.boats`/,
    },
    {
      name: 'misspelled path: did-you-mean',
      text: request('Hi {{recipient.fristName}},', vars),
      flagged: ['{{recipient.fristName}}'],
      message: /did you mean `recipient.firstName`/,
      output: request('Hi {{recipient.firstName}},', vars),
    },
    {
      name: 'case slip',
      text: request('Hi {{ recipient.firstname }},', vars),
      flagged: ['{{ recipient.firstname }}'],
      output: request('Hi {{ recipient.firstName }},', vars),
    },
    {
      name: 'undeclared path: declare it with a readable sample',
      text: request('I read {{recipient.articleTitle}} twice.', vars),
      flagged: ['{{recipient.articleTitle}}'],
      message: /not declared/,
      fix: /Declare/,
      output: request('I read {{recipient.articleTitle}} twice.', `${vars}\n  recipient.articleTitle: "article title"`),
    },
    {
      name: 'helper argument',
      text: request('{{#if recipient.company}}At {{recipient.firstName}}{{/if}}', vars),
      flagged: ['recipient.company'],
      fix: /Declare/,
      output: request('{{#if recipient.company}}At {{recipient.firstName}}{{/if}}', `${vars}\n  recipient.company: "company"`),
    },
    {
      name: 'declaration keeps the nested indentation and CRLF',
      text: '---\r\nkind: request\r\nvariables:\r\n    recipient.firstName: Sally # greeting\r\nsubject: Hi there\r\n---\r\nYour {{recipient.blogPost}}',
      flagged: ['{{recipient.blogPost}}'],
      fix: /Declare/,
      output:
        '---\r\nkind: request\r\nvariables:\r\n    recipient.firstName: Sally # greeting\r\n    recipient.blogPost: "blog post"\r\nsubject: Hi there\r\n---\r\nYour {{recipient.blogPost}}',
    },
    {
      name: 'empty variables map gets its first entry',
      text: request('Hi {{recipient.firstName}},', 'variables:'),
      flagged: ['{{recipient.firstName}}'],
      output: request('Hi {{recipient.firstName}},', 'variables:\n  recipient.firstName: "first name"'),
    },
    {
      name: 'each occurrence is reported',
      text: request('{{recipient.company}} and {{recipient.company}}', vars),
      flagged: ['{{recipient.company}}', '{{recipient.company}}'],
    },
  ],
});

describe('unknown-variable did-you-mean', () => {
  it('never suggests a declared key that cannot stand in {{…}} as written', () => {
    const text = request('Hi {{recipient.firstName}},', 'variables:\n  "recipient.firstName ": Sally');
    const finding = lintText(text).find((f) => f.rule === 'unknown-variable');
    assert.ok(finding);
    assert.ok(finding.fixes.every((fix) => !fix.edits.some((edit) => edit.newText.includes('firstName '))));
  });
});
