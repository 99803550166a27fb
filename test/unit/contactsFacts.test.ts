/** The contacts check judges each contact by the front-matter facts its row sets (a `seniority` column): `easy-out` and `influencer-target` per recipient. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContactCheck } from '../../server/src/service/contacts/check';
import { emptyConfig } from '../../server/src/service/config/settings';
import type { OutreachDocument } from '../../server/src/service/document/document';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import { lintDocument } from '../../server/src/service/lint';
import type { Finding } from '../../server/src/service/types';
import { phrases } from '../helpers/ruleTester';

/** A request to a peer: no easy out and no event to meet at, both fine for a peer. */
const REQUEST = (frontMatter = '') => `---
kind: request
subject: "Your talk on {{recipient.recentWork}}"
${frontMatter}variables:
  recipient.firstName: Sally
  recipient.recentWork: remote onboarding
---
Hi {{recipient.firstName}},

Your talk on {{recipient.recentWork}} changed how my team plans its week, and I have one question about it.
Would you have 20 minutes for a call next week?

Thanks,
Sam
`;

/** The same request with an easy out and a meeting at an event: fine for every seniority. */
const CONSIDERATE = REQUEST().replace(
  'Would you have 20 minutes for a call next week?',
  'I see you are speaking at the product meetup on the 12th; if you are open to it, I could say hello there rather than asking for time in your week. No pressure at all if you are busy, a simple no is completely fine.',
);

/** Checks `rows` (the first contact is row 2) with the lint wired in; returns the findings and how many lints ran. */
function check(template: string, headers: readonly string[], rows: readonly (readonly unknown[])[], contacts?: number): { findings: Finding[]; lints: number; text: string } {
  const document = parseOutreachDocument(template);
  let lints = 0;
  const lint = (linted: OutreachDocument): Finding[] => {
    lints++;
    return lintDocument(linted, { config: emptyConfig(), phrases });
  };
  const contactCheck = createContactCheck(document, headers, { subjectMaxLength: 60, lint }, document.frontMatter.data?.columns);
  rows.forEach((cells, index) => contactCheck.check({ number: index + 2, cells }));
  return { findings: contactCheck.findings(contacts), lints, text: document.text };
}

const HEADERS = ['email', 'recipient.firstName', 'recipient.recentWork', 'seniority'];
const row = (name: string, seniority: unknown): unknown[] => [`${name.toLowerCase()}@example.com`, name, 'pricing', seniority];

describe('contacts facts: each contact judged by their own row', () => {
  it('easy-out and influencer-target for the executive rows only, grouped, on the lint finding’s range', () => {
    const { findings, text } = check(REQUEST(), HEADERS, [row('Ana', 'peer'), row('Bo', 'executive'), row('Cy', 'peer'), row('Di', 'Executive')]);
    assert.deepEqual(
      findings.map((finding) => [finding.rule, finding.severity, finding.message.split(':')[0]]),
      [
        ['contacts', 'warning', 'Rows 3 (bo@example.com) and 5 (di@example.com), as `recipient.seniority'],
        ['contacts', 'hint', 'Rows 3 (bo@example.com) and 5 (di@example.com), as `recipient.seniority'],
      ],
    );
    assert.match(findings[0]?.message ?? '', /as `recipient\.seniority: executive` \(`easy-out`\): Give the recipient an easy way to say no/);
    assert.match(findings[1]?.message ?? '', /\(`influencer-target`\): A senior executive turns down most meeting requests/);
    assert.deepEqual(findings[1]?.range, findings[0]?.range);
    assert.equal(text.slice(findings[0]?.range.start, findings[0]?.range.end), 'Would you have 20 minutes for a call next week?');
  });

  it('one lint for the template and one per distinct set of facts, whatever the row count', () => {
    const rows = Array.from({ length: 300 }, (_, index) => row(`P${index}`, ['peer', 'senior', 'executive', ''][index % 4]));
    const { findings, lints } = check(REQUEST(), HEADERS, rows);
    assert.equal(lints, 4, 'the template, then peer, senior and executive');
    assert.match(findings.find((finding) => finding.message.includes('`recipient.seniority: senior`'))?.message ?? '', /^75 rows: 3 \(p1@example\.com\), 7 /);
  });

  it('in the editor’s form, counts the contacts and keeps the rows for the hover', () => {
    const { findings } = check(REQUEST(), HEADERS, [row('Ana', 'peer'), row('Bo', 'senior')], 2);
    assert.equal(findings.length, 1);
    assert.match(findings[0]?.message ?? '', /^1 of 2 contacts, as `recipient\.seniority: senior` \(`easy-out`\): /);
    assert.deepEqual([(findings[0] as Finding & { rows: string[] }).rows, (findings[0] as Finding & { rowCount: number }).rowCount], [['3 (bo@example.com)'], 1]);
  });

  it('relationship and sellsAdvice columns, mapped under data.columns, and a JSON boolean', () => {
    const template = REQUEST('data:\n  columns:\n    Sells: recipient.sellsAdvice\n    How we met: relationship\n').replace(
      'Would you have 20 minutes for a call next week?',
      'Could I ask for your advice on remote onboarding? No pressure at all, a simple no is completely fine.',
    );
    const { findings } = check(template, ['email', 'recipient.firstName', 'recipient.recentWork', 'Sells', 'How we met'], [
      ['ana@example.com', 'Ana', 'pricing', false, 'cold'],
      ['bo@example.com', 'Bo', 'pricing', true, 'warm'],
    ]);
    assert.deepEqual(
      findings.map((finding) => finding.message.split(':')[0]),
      ['Row 3 (bo@example.com), as `recipient.sellsAdvice'],
    );
    assert.match(findings[0]?.message ?? '', /^Row 3 \(bo@example\.com\), as `recipient\.sellsAdvice: true`, `relationship: warm` \(`free-consulting`\): /);
  });

  it('an invalid value is one grouped finding naming the allowed values, and those rows keep the template’s reading', () => {
    const template = REQUEST().replace('kind: request\n', 'kind: request\ndata: ./contacts.csv\n');
    const { findings, text } = check(template, HEADERS, [row('Ana', 'VP'), row('Bo', 'peer'), row('Cy', 'boss')]);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.severity, 'warning');
    assert.equal(
      findings[0]?.message,
      'Rows 2 (ana@example.com) and 4 (cy@example.com): the column “seniority” holds “VP” (row 2), which `recipient.seniority` cannot be, so the rules judge them by the template\'s front matter; use one of peer, senior, executive, influencer.',
    );
    assert.equal(text.slice(findings[0]?.range.start, findings[0]?.range.end), 'data');
  });
});

describe('contacts facts: should not flag', () => {
  it('a template already fine for every seniority', () => {
    const { findings } = check(CONSIDERATE, HEADERS, [row('Ana', 'peer'), row('Bo', 'executive'), row('Cy', 'influencer'), row('Di', 'senior')]);
    assert.deepEqual(findings, []);
  });

  it('rows that match the template’s own front matter, or leave the column empty, with no lint beyond the template’s', () => {
    const { findings, lints } = check(REQUEST('recipient:\n  seniority: executive\n'), HEADERS, [row('Ana', 'executive'), row('Bo', ''), row('Cy', null)]);
    assert.deepEqual(findings, []);
    assert.equal(lints, 0);
  });

  it('a finding the template’s own lint gives already is not repeated per row', () => {
    const { findings } = check(REQUEST('recipient:\n  seniority: senior\n'), HEADERS, [row('Ana', 'executive')]);
    assert.deepEqual(
      findings.map((finding) => /\(`([\w-]+)`\)/.exec(finding.message)?.[1]),
      ['influencer-target'],
    );
  });

  it('a column no fact is named after, and a check without the lint', () => {
    assert.deepEqual(check(REQUEST(), ['email', 'recipient.firstName', 'recipient.recentWork', 'Level'], [row('Bo', 'executive')]).findings, []);
    const document = parseOutreachDocument(REQUEST());
    const plain = createContactCheck(document, HEADERS, { subjectMaxLength: 60 });
    plain.check({ number: 2, cells: row('Bo', 'executive') });
    assert.deepEqual(plain.findings(), []);
  });
});
