/** outreach-lint and a list with a seniority column: each contact judged by their own row, through the built CLI. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { run, workspace } from './harness';

const TEMPLATE = `---
kind: request
subject: "Your talk on {{recipient.recentWork}}"
data: ./contacts.csv
variables:
  recipient.firstName: Sally
  recipient.recentWork: remote onboarding
---
Hi {{recipient.firstName}},

Your talk on {{recipient.recentWork}} changed how my team plans its week, and I have one question about it.
Would you have 20 minutes for a call or a video chat next week, at whatever time suits you?

Thanks,
Sam
`;

interface JsonReport {
  diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number } } }[];
}

const contactFindings = (stdout: string): JsonReport['diagnostics'] => (JSON.parse(stdout) as JsonReport[]).flatMap((report) => report.diagnostics.filter((diagnostic) => diagnostic.rule === 'contacts'));

describe('outreach-lint: a seniority column in the contact list', () => {
  it('reports easy-out for the executive rows only, on the ask, as a warning; the rows still render', () => {
    const list = 'Email,First Name,Talk,Seniority\nana@example.com,Ana,pricing,peer\nbo@example.com,Bo,pricing,executive\ncy@example.com,Cy,hiring,peer\ndi@example.com,Di,hiring,executive\n';
    const cwd = workspace({ 't.outreach.hbs': TEMPLATE.replace('data: ./contacts.csv', 'data:\n  file: ./contacts.csv\n  columns:\n    "First Name": recipient.firstName\n    Talk: recipient.recentWork'), 'contacts.csv': list });
    const result = run(['--format', 'json', 't.outreach.hbs'], cwd);
    const findings = contactFindings(result.stdout);
    assert.deepEqual(
      findings.map((finding) => [finding.severity, finding.range.start.line, finding.message.slice(0, finding.message.indexOf('`): ') + 2)]),
      [
        ['warning', 15, 'Rows 3 (bo@example.com) and 5 (di@example.com), as `recipient.seniority: executive` (`easy-out`)'],
        ['hint', 15, 'Rows 3 (bo@example.com) and 5 (di@example.com), as `recipient.seniority: executive` (`influencer-target`)'],
      ],
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /checked 4 contacts of contacts.csv against 1 template: none breaks it/);
  });

  it('names the allowed values once for the rows whose seniority is none of them', () => {
    const list = 'email,recipient.firstName,recipient.recentWork,seniority\nana@example.com,Ana,pricing,VP\nbo@example.com,Bo,pricing,Director\n';
    const cwd = workspace({ 't.outreach.hbs': TEMPLATE, 'contacts.csv': list });
    const findings = contactFindings(run(['--format', 'json', 't.outreach.hbs'], cwd).stdout);
    assert.deepEqual(
      findings.map((finding) => [finding.severity, finding.message]),
      [['warning', 'Rows 2 (ana@example.com) and 3 (bo@example.com): the column “seniority” holds “VP” (row 2), which `recipient.seniority` cannot be, so the rules judge them by the template\'s front matter; use one of peer, senior, executive, influencer.']],
    );
  });
});
