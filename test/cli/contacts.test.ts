/** outreach-lint --data: realistic contact lists (BOM, `;`, quoted commas and newlines, empty cells, JSON) through the built CLI. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CONTACTS_TEMPLATE } from '../helpers/contactsFixture';
import { run, workspace } from './harness';


/** As Excel writes CSV in a comma-decimal locale: a byte-order mark, semicolons, a quoted semicolon and a quoted line break. */
const CLEAN_LIST = '\uFEFFEmail;First Name;Talk;Notes\r\nana@example.com;Ana;"pricing; for consultants";"met at the\r\nmeetup"\r\nbo@example.com;Bo;remote onboarding;\r\n';

interface JsonReport {
  file: string;
  diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number } } }[];
}

const contactFindings = (stdout: string): JsonReport['diagnostics'] => (JSON.parse(stdout) as JsonReport[]).flatMap((report) => report.diagnostics.filter((diagnostic) => diagnostic.rule === 'contacts'));

describe('outreach-lint --data', () => {
  it('checks a clean semicolon list with a BOM, quoted delimiters and quoted line breaks: exit 0', () => {
    const cwd = workspace({ 't.outreach.hbs': CONTACTS_TEMPLATE, 'contacts.csv': CLEAN_LIST });
    const result = run(['--format', 'json', '--data', 'contacts.csv', 't.outreach.hbs'], cwd);
    assert.deepEqual(contactFindings(result.stdout), []);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /checked 2 contacts against 1 template: none breaks it/);
  });

  it('reports the rows that break it on the template line, grouped, as errors: exit 1', () => {
    const list = 'email,First Name,Talk\nana@example.com,Ana,pricing\nbo@example.com,,pricing\n"cy@example.com",,"pricing, again"\ndi@example.com,Di,\n';
    const cwd = workspace({ 't.outreach.hbs': CONTACTS_TEMPLATE, 'contacts.csv': list });
    const result = run(['--format', 'json', '--data', 'contacts.csv', 't.outreach.hbs'], cwd);
    assert.equal(result.status, 1);
    assert.deepEqual(
      contactFindings(result.stdout).map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity, diagnostic.message.split(':')[0]]),
      [
        [2, 'error', 'Row 5 (di@example.com)'],
        [12, 'error', 'Rows 3 (bo@example.com) and 4 (cy@example.com)'],
        [14, 'error', 'Row 5 (di@example.com)'],
      ],
    );
    assert.match(result.stderr, /checked 4 contacts against 1 template: 3 break it/);
  });

  it('a column the template reads that the list lacks, with the header to map', () => {
    const cwd = workspace({ 't.outreach.hbs': CONTACTS_TEMPLATE.replace('    "First Name": recipient.firstName\n', ''), 'contacts.csv': 'email,first_name,Talk\nana@example.com,Ana,pricing\n' });
    const result = run(['--format', 'json', '--data', 'contacts.csv', 't.outreach.hbs'], cwd);
    assert.equal(result.status, 1);
    const [missing] = contactFindings(result.stdout);
    assert.match(missing?.message ?? '', /no column for `recipient\.firstName`.*the column “first_name” looks like it/);
  });

  it('reads a JSON array of objects, nested objects as dotted columns', () => {
    const contacts = JSON.stringify([
      { email: 'ana@example.com', 'First Name': 'Ana', recipient: { recentWork: 'pricing' } },
      { email: 'bo@example.com', 'First Name': 'Bo', recipient: { recentWork: '' } },
    ]);
    const cwd = workspace({ 't.outreach.hbs': CONTACTS_TEMPLATE.replace('    Talk: recipient.recentWork\n', ''), 'contacts.json': contacts });
    const result = run(['--format', 'json', '--data', 'contacts.json', 't.outreach.hbs'], cwd);
    assert.equal(result.status, 1);
    assert.deepEqual(contactFindings(result.stdout).map((diagnostic) => diagnostic.message.split(':')[0]), ['Row 2 (bo@example.com)', 'Row 2 (bo@example.com)']);
  });

  it('a malformed list is a usage error naming its line: exit 2', () => {
    const cwd = workspace({ 't.outreach.hbs': CONTACTS_TEMPLATE, 'contacts.csv': 'email,First Name,Talk\nana@example.com,Ana,pricing\nbo@example.com,"Bo,pricing\n', 'bad.json': '[{"email": "a"},\n {"email": }]' });
    const csv = run(['--data', 'contacts.csv', 't.outreach.hbs'], cwd);
    assert.equal(csv.status, 2);
    assert.match(csv.stderr, /outreach-lint: contacts\.csv:3: Quote Not Closed/);
    const json = run(['--data', 'bad.json', 't.outreach.hbs'], cwd);
    assert.equal(json.status, 2);
    assert.match(json.stderr, /outreach-lint: bad\.json:2: /);
    const missing = run(['--data', 'nowhere.csv', 't.outreach.hbs'], cwd);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /Cannot read the contact list nowhere\.csv/);
  });

  it('reports contacts findings in SARIF and GitHub annotations too', () => {
    const cwd = workspace({ 't.outreach.hbs': CONTACTS_TEMPLATE, 'contacts.csv': 'email,First Name,Talk\nbo@example.com,,pricing\n' });
    const sarif = JSON.parse(run(['--format', 'sarif', '--data', 'contacts.csv', 't.outreach.hbs'], cwd).stdout) as { runs: { tool: { driver: { rules: { id: string; name?: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    const result = sarif.runs[0]?.results.find((each) => each.ruleId === 'contacts');
    assert.equal(result?.level, 'error');
    assert.equal(result?.locations[0]?.physicalLocation.region.startLine, 13);
    assert.equal(sarif.runs[0]?.tool.driver.rules.find((rule) => rule.id === 'contacts')?.name, 'ContactBreaksTemplate');
    const github = run(['--format', 'github', '--data', 'contacts.csv', 't.outreach.hbs'], cwd).stdout;
    assert.match(github, /^::error file=t\.outreach\.hbs,line=13,.*Row 2 \(bo@example\.com\)/m);
  });
});

describe("outreach-lint and a template's own list (data.file)", () => {
  it('checks a template against the list its front matter names, relative to the template, when --data is not given', () => {
    const template = CONTACTS_TEMPLATE.replace('data:\n', 'data:\n  file: ../lists/contacts.csv\n');
    const cwd = workspace({ 'templates/t.outreach.hbs': template, 'lists/contacts.csv': 'email,First Name,Talk\nana@example.com,Ana,pricing\nbo@example.com,,pricing\n' });
    const result = run(['--format', 'json', 'templates/t.outreach.hbs'], cwd);
    assert.equal(result.status, 1);
    assert.deepEqual(contactFindings(result.stdout).map((diagnostic) => diagnostic.message.split(':')[0]), ['Row 3 (bo@example.com)']);
    assert.match(result.stderr, /checked 2 contacts of lists\/contacts\.csv against 1 template: 1 breaks it/);
  });

  it('--data replaces the list the template names', () => {
    const template = CONTACTS_TEMPLATE.replace('data:\n', 'data:\n  file: missing.csv\n');
    const cwd = workspace({ 't.outreach.hbs': template, 'contacts.csv': CLEAN_LIST });
    const result = run(['--format', 'json', '--data', 'contacts.csv', 't.outreach.hbs'], cwd);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /checked 2 contacts against 1 template: none breaks it/);
  });
});

describe('outreach-lint --data --render', () => {
  it('writes one row per contact with the rendered subject and body when no row breaks', () => {
    const cwd = workspace({ 't.outreach.hbs': CONTACTS_TEMPLATE, 'contacts.csv': CLEAN_LIST });
    const result = run(['--data', 'contacts.csv', '--render', 'out.csv', 't.outreach.hbs'], cwd);
    assert.equal(result.status, 0, result.stderr);
    const written = readFileSync(join(cwd, 'out.csv'), 'utf8');
    assert.equal(written.split('\n')[0], 'Email,First Name,Talk,Notes,subject,body');
    assert.ok(written.includes('ana@example.com,Ana,pricing; for consultants,"met at the\r\nmeetup",Your talk on pricing; for consultants,"Hi Ana,\n\nYour talk on pricing; for consultants changed'));
    assert.deepEqual(readdirSync(cwd).filter((name) => name.includes('outreach-render')), [], 'no temporary file is left');
  });

  it('writes nothing when a row breaks, and everything flagged with --render-broken (.jsonl)', () => {
    const cwd = workspace({ 't.outreach.hbs': CONTACTS_TEMPLATE, 'contacts.csv': 'email,First Name,Talk\nana@example.com,Ana,pricing\nbo@example.com,,pricing\n' });
    const refused = run(['--data', 'contacts.csv', '--render', 'out.jsonl', 't.outreach.hbs'], cwd);
    assert.equal(refused.status, 1);
    assert.equal(existsSync(join(cwd, 'out.jsonl')), false);
    assert.match(refused.stderr, /did not write out\.jsonl: fix the broken rows, or add --render-broken/);
    const flagged = run(['--data', 'contacts.csv', '--render', 'out.jsonl', '--render-broken', 't.outreach.hbs'], cwd);
    assert.equal(flagged.status, 1);
    const lines = readFileSync(join(cwd, 'out.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(lines.map((line) => [line.row, line.subject, line.problems]), [
      [2, 'Your talk on pricing', []],
      [3, 'Your talk on pricing', ['recipient.firstName is empty']],
    ]);
    assert.deepEqual(lines[1]?.contact, { email: 'bo@example.com', 'First Name': '', Talk: 'pricing' });
  });

  it('refuses --render without --data, --render-broken without --render, and other extensions', () => {
    const cwd = workspace({ 't.outreach.hbs': CONTACTS_TEMPLATE, 'contacts.csv': CLEAN_LIST });
    for (const [args, message] of [
      [['--render', 'out.csv', 't.outreach.hbs'], /--render goes with --data/],
      [['--data', 'contacts.csv', '--render-broken', 't.outreach.hbs'], /--render-broken goes with --render/],
      [['--data', 'contacts.csv', '--render', 'out.txt', 't.outreach.hbs'], /--render writes \.csv or \.jsonl/],
    ] as const) {
      const result = run([...args], cwd);
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
    }
  });
});
