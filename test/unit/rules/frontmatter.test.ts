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
    {
      name: 'a list sample for a path the body loops over with #each',
      text: request('Hi,\n\nThe sessions I could help with:\n{{#each sender.workshops}}- {{this}}\n{{/each}}', 'variables:\n  sender.workshops:\n    - budgeting for freelancers\n    - quoting a first job'),
    },
    {
      name: 'a list of maps looped over with block parameters',
      text: request(
        '{{#each sender.gigs as |gig|}}{{gig.venue}} on {{gig.date}}\n{{/each}}',
        'variables:\n  sender.gigs:\n    - venue: The Lantern\n      date: 3 May\n    - venue: Harbour Hall\n      date: 9 June',
      ),
    },
    {
      name: 'a flow-style list inside a nested variables map',
      text: template('kind: request\nvariables:\n  sender:\n    cities: [Lyon, Porto]', '{{#each sender.cities}}{{this}} {{/each}}'),
    },
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
      name: 'a list sample for a placeholder that is only printed',
      text: request('I grow {{sender.crops}} on the allotment.', 'variables:\n  sender.crops:\n    - beans\n    - leeks'),
      flagged: ['- beans\n    - leeks\n'],
      message: /never iterates it with `\{\{#each sender\.crops\}\}`/,
    },
    {
      name: 'a list sample looped over under another name',
      text: request('{{#each sender.crop}}{{this}}{{/each}}', 'variables:\n  sender.crops: [beans, leeks]'),
      flagged: ['[beans, leeks]'],
    },
    {
      name: 'list items that are lists themselves',
      text: request('{{#each sender.grid}}{{this}}{{/each}}', 'variables:\n  sender.grid:\n    - [1, 2]\n    - [3, 4]'),
      flagged: ['- [1, 2]\n    - [3, 4]\n'],
      message: /not another list/,
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
