import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lintText, request, ruleTester, template } from '../../helpers/ruleTester';

ruleTester('frontmatter', {
  valid: [
    {
      name: 'every known key with valid values',
      text: template(
        'kind: request\nsubject: "Your talk on {{recipient.talkTopic}}"\nrelationship: warm\nrecipient:\n  seniority: executive\n  sellsAdvice: false\nvariables:\n  recipient.firstName: Sally\n  recipient.talkTopic: remote hiring',
        'Hi {{recipient.firstName}},',
      ),
    },
    { name: 'no front matter at all', text: 'Hi there,\n\nThanks for the intro.' },
    { name: 'empty front matter', text: '---\n---\nHi there,' },
    { name: 'comments only', text: '---\n# drafted for the spring campaign\n---\nHi there,' },
    { name: 'introduction with consent', text: template('kind: introduction\nconsent: granted', 'Alex, meet Sam.') },
    { name: 'quoted enum values', text: template('kind: "thank-you"\nrelationship: \'mutual\'', 'Thanks again.') },
    { name: 'empty values fall back to defaults', text: template('kind: request\nrelationship:\nrecipient:', 'Hi there,') },
    { name: 'a --- line in the body is prose', text: request('Hi there,\n\n---\n\nThanks') },
  ],
  invalid: [
    {
      name: 'misspelled kind',
      text: template('kind: requst', 'Hi there,'),
      flagged: ['requst'],
      message: /kind.*Did you mean `request`/,
      output: template('kind: request', 'Hi there,'),
    },
    {
      name: 'relationship outside its enum, no close match',
      text: template('kind: request\nrelationship: friendly', 'Hi there,'),
      flagged: ['friendly'],
      message: /cold, warm, mutual/,
      output: null,
    },
    {
      name: 'nested seniority typo',
      text: template('kind: request\nrecipient:\n  seniority: senoir', 'Hi there,'),
      flagged: ['senoir'],
      output: template('kind: request\nrecipient:\n  seniority: senior', 'Hi there,'),
    },
    {
      name: 'wrong type for sellsAdvice',
      text: template('kind: request\nrecipient:\n  sellsAdvice: sometimes', 'Hi there,'),
      flagged: ['sometimes'],
      message: /true.*false/,
    },
    {
      name: 'consent value typo',
      text: template('kind: introduction\nconsent: askd', 'Alex, meet Sam.'),
      flagged: ['askd'],
      output: template('kind: introduction\nconsent: asked', 'Alex, meet Sam.'),
    },
    {
      name: 'unknown key with a did-you-mean',
      text: template('kind: request\nsubjet: A question about your talk', 'Hi there,'),
      flagged: ['subjet'],
      message: /Unknown front-matter key/,
      output: template('kind: request\nsubject: A question about your talk', 'Hi there,'),
    },
    {
      name: 'no rename into a key that already exists',
      text: template('kind: request\nsubject: Your talk\nsubjet: Old subject', 'Hi there,'),
      flagged: ['subjet'],
      output: null,
    },
    {
      name: 'YAML that does not parse',
      text: template('kind: request\nsubject: "unterminated', 'Hi there,'),
      flagged: ['subject: "unterminated'],
      message: /^YAML/,
    },
    {
      name: 'duplicate key',
      text: template('kind: request\nkind: decline', 'Hi there,'),
      flagged: ['k'],
      message: /unique/,
    },
    {
      name: 'variables that are not a map',
      text: template('kind: request\nvariables: Sally', 'Hi there,'),
      flagged: ['Sally'],
    },
    {
      name: 'front matter never closed',
      text: '---\nkind: request\n\nHi there,',
      flagged: ['---'],
      message: /never ends/,
    },
  ],
});

it('frontmatter: unknown keys are warnings, real errors stay errors', () => {
  const findings = lintText(template('kind: requst\ncolour: blue', 'Hi there,')).filter((finding) => finding.rule === 'frontmatter');
  assert.deepEqual(findings.map((finding) => finding.severity), ['error', 'warning']);
});
