/** The contacts check in the service: column mapping, rendering one row with Handlebars, the break checks and grouping. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Handlebars from 'handlebars';
import { createContactCheck, type ContactOutcome } from '../../server/src/service/contacts/check';
import { mapColumns } from '../../server/src/service/contacts/columns';
import { compileContactTemplate } from '../../server/src/service/contacts/render';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import type { Finding } from '../../server/src/service/types';

const TEMPLATE = `---
kind: request
subject: "Your talk on {{recipient.recentWork}}"
variables:
  recipient.firstName: Sally
  recipient.recentWork: remote onboarding
  sender.firstName: Sam
---
Hi {{recipient.firstName}},

I enjoyed your talk on {{recipient.recentWork}}.

Thanks,
{{sender.firstName}}
`;

const HEADERS = ['email', 'recipient.firstName', 'recipient.recentWork'];

/** Checks `rows` (the first contact is row 2, as a spreadsheet numbers them) and returns the findings and each row's outcome. */
function check(template: string, headers: readonly string[], rows: readonly (readonly string[])[], subjectMaxLength = 60): { findings: Finding[]; outcomes: (ContactOutcome | undefined)[]; text: string } {
  const document = parseOutreachDocument(template);
  const contactCheck = createContactCheck(document, headers, { subjectMaxLength }, document.frontMatter.data?.columns);
  const outcomes = rows.map((cells, index) => contactCheck.check({ number: index + 2, cells }));
  return { findings: contactCheck.findings(), outcomes, text: document.text };
}

const messages = (findings: readonly Finding[]): string[] => findings.map((finding) => finding.message);

describe('contacts check: should not flag', () => {
  it('a row with every value renders clean, and the sender comes from the samples', () => {
    const { findings, outcomes } = check(TEMPLATE, HEADERS, [['ana@example.com', 'Ana', 'pricing']]);
    assert.deepEqual(findings, []);
    assert.deepEqual(outcomes[0], {
      subject: 'Your talk on pricing',
      body: 'Hi Ana,\n\nI enjoyed your talk on pricing.\n\nThanks,\nSam',
      problems: [],
    });
  });

  it('an optional placeholder inside {{#if}} with an empty value', () => {
    const template = TEMPLATE.replace('I enjoyed your talk on {{recipient.recentWork}}.', '{{#if recipient.recentWork}}I enjoyed your talk on {{recipient.recentWork}}.{{/if}}').replace('subject: "Your talk on {{recipient.recentWork}}"', 'subject: Your onboarding talk');
    const { findings, outcomes } = check(template, HEADERS, [['ana@example.com', 'Ana', '']]);
    assert.deepEqual(findings, []);
    assert.deepEqual(outcomes[0]?.problems, []);
  });

  it('an {{#if}} with an {{else}} whose fallback has a value, and columns no placeholder reads', () => {
    const template = TEMPLATE.replace('I enjoyed your talk on {{recipient.recentWork}}.', '{{#if recipient.recentWork}}Your talk on {{recipient.recentWork}} stayed with me.{{else}}Your work at {{recipient.company}} stayed with me.{{/if}}');
    const { findings } = check(template.replace('Your talk on {{recipient.recentWork}}"', 'Your work"'), [...HEADERS, 'recipient.company', 'notes'], [['ana@example.com', 'Ana', '', 'Acme', '']]);
    assert.deepEqual(findings, []);
  });

  it('a value that ends a sentence with "..." or sits between spaces as written', () => {
    const { findings } = check(TEMPLATE, HEADERS, [['ana@example.com', 'Ana', 'what comes next...']]);
    assert.deepEqual(messages(findings).filter((message) => message.includes('stray')), []);
  });
});

describe('contacts check: breaks', () => {
  it('an empty value, with the row, its email and the line as the recipient reads it', () => {
    const { findings, text } = check(TEMPLATE, HEADERS, [['ana@example.com', '', 'pricing']]);
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.equal(finding?.rule, 'contacts');
    assert.equal(finding?.severity, 'error');
    assert.equal(text.slice(finding!.range.start, finding!.range.end), '{{recipient.firstName}}');
    assert.match(finding!.message, /^Row 2 \(ana@example\.com\): `recipient\.firstName` is empty, so this line reads “Hi ,”/);
  });

  it('a whitespace-only value counts as empty, in the subject too', () => {
    const { findings, outcomes } = check(TEMPLATE, HEADERS, [['ana@example.com', 'Ana', '   ']]);
    assert.deepEqual(messages(findings).map((message) => message.split(':')[1]?.trim()), ['`recipient.recentWork` is empty, so the subject reads “Your talk on”', '`recipient.recentWork` is empty, so this line reads “I enjoyed your talk on .”']);
    assert.deepEqual(outcomes[0]?.problems, ['recipient.recentWork is empty in the subject', 'recipient.recentWork is empty']);
  });

  it('stray spaces or punctuation in a value that break the text around it', () => {
    const { findings } = check(TEMPLATE, HEADERS, [['a@example.com', 'Ana ', 'pricing'], ['b@example.com', 'Bo', 'pricing.']]);
    assert.match(findings[0]?.message ?? '', /Row 2 \(a@example\.com\): `recipient\.firstName` holds stray spaces or punctuation, so this line reads “Hi Ana ,”/);
    assert.match(findings[1]?.message ?? '', /Row 3 \(b@example\.com\): `recipient\.recentWork` holds stray spaces or punctuation, so this line reads “I enjoyed your talk on pricing\.\.”/);
  });

  it('a value that is itself an unfilled merge field', () => {
    const { findings } = check(TEMPLATE, HEADERS, [['a@example.com', '{{first_name}}', 'pricing'], ['b@example.com', '*|FNAME|*', 'pricing']]);
    assert.deepEqual(messages(findings), [
      'Rows 2 (a@example.com) and 3 (b@example.com): `recipient.firstName` holds “{{first_name}}”, an unfilled merge field, so this line reads “Hi {{first_name}},” (row 2): put the contact\'s real value in the list.',
    ]);
  });

  it('a subject over the limit once filled in, and one a line break would split', () => {
    const long = 'the history of distributed consensus protocols in practice';
    const { findings } = check(TEMPLATE, HEADERS, [['a@example.com', 'Ana', long], ['b@example.com', 'Bo', 'remote\nonboarding']]);
    assert.match(findings[0]?.message ?? '', new RegExp(`Row 2 \\(a@example\\.com\\): the subject is ${`Your talk on ${long}`.length} characters once filled in \\(over 60\\)`));
    assert.match(findings[1]?.message ?? '', /Row 3 \(b@example\.com\): `recipient\.recentWork` holds a line break, which a subject cannot/);
    assert.equal(check(TEMPLATE, HEADERS, [['a@example.com', 'Ana', long]], 80).findings.length, 0, 'the subject rule’s maxLength applies');
  });

  it('an {{#if}} … {{else}} that renders nothing for the row, reported once (not its empty fallback too)', () => {
    const template = TEMPLATE.replace('I enjoyed your talk on {{recipient.recentWork}}.', '{{#if recipient.recentWork}}Your talk on {{recipient.recentWork}} stayed with me.{{else}}{{recipient.company}}{{/if}}').replace('Your talk on {{recipient.recentWork}}"', 'Your work"');
    const { findings, text } = check(template, [...HEADERS, 'recipient.company'], [['a@example.com', 'Ana', '', '']]);
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0]!.range.start, findings[0]!.range.end), '{{#if recipient.recentWork}}');
    assert.match(findings[0]!.message, /^Row 2 \(a@example\.com\): both branches of this `\{\{#if recipient\.recentWork\}\}`/);
  });

  it('groups rows with the same problem, naming five and counting the rest', () => {
    const rows = Array.from({ length: 7 }, (_, index) => [`p${index}@example.com`, '', 'pricing']);
    const { findings } = check(TEMPLATE, HEADERS, [['ok@example.com', 'Ana', 'pricing'], ...rows.slice(0, 3)]);
    assert.deepEqual(messages(findings), ['Rows 3 (p0@example.com), 4 (p1@example.com) and 5 (p2@example.com): `recipient.firstName` is empty, so this line reads “Hi ,” (row 3): fill it in, or put the sentence inside `{{#if recipient.firstName}}…{{/if}}`.']);
    const many = check(TEMPLATE, HEADERS, rows).findings;
    assert.match(many[0]?.message ?? '', /^7 rows: 2 \(p0@example\.com\), 3 \(p1@example\.com\), 4 \(p2@example\.com\), 5 \(p3@example\.com\), 6 \(p4@example\.com\) and 2 more: /);
  });

  it('names a row by its name columns when there is no email column', () => {
    const { findings } = check(TEMPLATE, ['First name', 'Last name', 'recipient.firstName', 'recipient.recentWork'], [['Ana', 'Lee', '', 'pricing']]);
    assert.match(findings[0]?.message ?? '', /^Row 2 \(Ana Lee\): /);
  });
});

describe('contacts check: columns', () => {
  it('a column the template reads that the list lacks, once, with the look-alike header to map', () => {
    const { findings, outcomes, text } = check(TEMPLATE, ['Email', 'First Name', 'recipient.recentWork'], [['a@example.com', 'Ana', 'pricing'], ['b@example.com', '', 'pricing']]);
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0]!.range.start, findings[0]!.range.end), '{{recipient.firstName}}');
    assert.match(findings[0]!.message, /no column for `recipient\.firstName`.*the column “First Name” looks like it; map it in the front matter under `data\.columns` \(`"First Name": recipient\.firstName`\)/);
    assert.deepEqual(outcomes.map((outcome) => outcome?.problems), [['no column for recipient.firstName'], ['no column for recipient.firstName']]);
  });

  it('suggests headers that differ in case, spaces and underscores, or by a typo', () => {
    const document = parseOutreachDocument(TEMPLATE);
    assert.equal(mapColumns(document, ['first_name', 'recipient.recentWork']).missing[0]?.lookalike, 'first_name');
    assert.equal(mapColumns(document, ['FirstName', 'recipient.recentWork']).missing[0]?.lookalike, 'FirstName');
    assert.equal(mapColumns(document, ['recipient.firstNme', 'recipient.recentWork']).missing[0]?.lookalike, 'recipient.firstNme');
    assert.equal(mapColumns(document, ['phone', 'recipient.recentWork']).missing[0]?.lookalike, undefined);
  });

  it('data.columns maps the headers that are not placeholder paths', () => {
    const template = TEMPLATE.replace('variables:', 'data:\n  columns:\n    "First Name": recipient.firstName\n    Topic: recipient.recentWork\nvariables:');
    const { findings, outcomes } = check(template, ['Email', 'First Name', 'Topic'], [['a@example.com', 'Ana', 'pricing']]);
    assert.deepEqual(findings, []);
    assert.equal(outcomes[0]?.subject, 'Your talk on pricing');
  });

  it('a sender field is shared from its sample unless the list has a column for it', () => {
    const { outcomes } = check(TEMPLATE, [...HEADERS, 'sender.firstName'], [['a@example.com', 'Ana', 'pricing', 'Jo']]);
    assert.match(outcomes[0]?.body ?? '', /Thanks,\nJo$/);
    const withoutSample = TEMPLATE.replace('  sender.firstName: Sam\n', '');
    assert.match(messages(check(withoutSample, HEADERS, [['a@example.com', 'Ana', 'pricing']]).findings)[0] ?? '', /no column for `sender\.firstName`/);
  });
});

describe('contacts check: rendering', () => {
  it('renders as Handlebars does, standalone block lines and {{#each}} included', () => {
    const template = `---\nsubject: Hello\n---\nHi {{recipient.firstName}},\n\n{{#if recipient.company}}\nI saw {{recipient.company}}.\n{{else}}\nI saw your work.\n{{/if}}\n{{#each topics}}\n- {{this}}\n{{/each}}\nBye\n`;
    const document = parseOutreachDocument(template);
    const compiled = compileContactTemplate(document);
    for (const data of [{ recipient: { firstName: 'Ana', company: 'Acme' }, topics: ['a', 'b'] }, { recipient: { firstName: 'Bo' }, topics: [] }]) {
      assert.equal(compiled.render(data).body.text, Handlebars.compile(template.slice(document.bodyStart), { noEscape: true })(data));
    }
  });

  it('a template that calls a helper the sandbox does not run is reported once, not per row', () => {
    const { findings, outcomes } = check(TEMPLATE.replace('{{recipient.firstName}},', '{{upper recipient.firstName}},'), HEADERS, [['a@example.com', 'Ana', 'pricing']]);
    assert.equal(outcomes[0], undefined);
    assert.match(messages(findings)[0] ?? '', /^The template cannot be rendered for the contact list: .*upper/);
  });
});

describe('front matter: data', () => {
  it('reads data.columns and reports a value that is no placeholder path, or an unknown key', () => {
    const document = parseOutreachDocument('---\ndata:\n  columns:\n    "First Name": recipient.firstName\n    Company: "not a path"\n  fiel: x.csv\n---\nHi\n');
    assert.deepEqual([...(document.frontMatter.data?.columns ?? [])], [['First Name', 'recipient.firstName']]);
    assert.deepEqual(
      document.frontMatter.problems.map((problem) => [problem.severity, problem.message]),
      [
        ['error', '`data.columns` maps a column header to a placeholder path such as `recipient.firstName`; `Company` maps to none.'],
        ['warning', 'Unknown key `data.fiel`; known keys: file, columns.'],
      ],
    );
  });

  it('names the list with data.file, or with data as a string for short', () => {
    for (const yaml of ['data: ./contacts.csv', 'data:\n  file: ./contacts.csv\n  columns:\n    Name: recipient.firstName']) {
      const text = `---\n${yaml}\n---\nHi\n`;
      const { data, problems } = parseOutreachDocument(text).frontMatter;
      assert.deepEqual(problems, []);
      assert.equal(data?.file?.value, './contacts.csv');
      assert.equal(text.slice(data?.file?.range.start, data?.file?.range.end), './contacts.csv');
      assert.equal(text.slice(data?.keyRange.start, data?.keyRange.end), 'data');
    }
  });

  it('reports a data of the wrong shape, and a file that is no path', () => {
    const problems = (yaml: string): string[] => parseOutreachDocument(`---\n${yaml}\n---\nHi\n`).frontMatter.problems.map((problem) => problem.message);
    assert.deepEqual(problems('data: [a, b]'), ["`data` must be the contact list's path (`data: ./contacts.csv`) or a map (file, columns)."]);
    assert.deepEqual(problems('data:\n  file: [a.csv]'), ['`data.file` must be the path of the contact list, relative to the template (`./contacts.csv`).']);
  });
});
