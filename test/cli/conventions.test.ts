/** The command-line conventions ESLint and Vale users reach for: stdin, severity filters, ignore rules, GitHub annotations, an output file, colour, safe writes. */
import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FLAWED_DRAFT, NO_DURATION, run, workspace } from './harness';

interface JsonReport {
  file: string;
  diagnostics: { rule: string; severity: string; message: string }[];
}

const rulesIn = (stdout: string): string[] => (JSON.parse(stdout) as JsonReport[]).flatMap((report) => report.diagnostics.map((d) => d.rule));

describe('outreach-lint conventions', () => {
  describe('--stdin', () => {
    it('lints standard input as the named file, with that file’s config', () => {
      const folder = workspace({ 'team/.outreachrc.json': JSON.stringify({ rules: { subject: 'off' } }), 'team/.keep': '' });
      const result = run(['--stdin', '--stdin-filename', 'team/draft.outreach.hbs', '--format', 'json'], folder, { input: FLAWED_DRAFT });
      assert.equal(result.status, 1, result.stderr);
      const reports = JSON.parse(result.stdout) as JsonReport[];
      assert.deepEqual(reports.map((report) => report.file), ['team/draft.outreach.hbs']);
      assert.ok(rulesIn(result.stdout).includes('leftover-placeholder'));
      assert.ok(!rulesIn(result.stdout).includes('subject'), 'the config beside the named file turned subject off');
    });

    it('names the report <stdin> without a file name, and refuses --fix', () => {
      const folder = workspace({});
      const result = run(['--stdin', '--format', 'json'], folder, { input: NO_DURATION });
      assert.deepEqual((JSON.parse(result.stdout) as JsonReport[]).map((report) => report.file), ['<stdin>']);
      const fix = run(['--stdin', '--fix'], folder, { input: NO_DURATION });
      assert.equal(fix.status, 2);
      assert.match(fix.stderr, /--fix cannot write to standard input/);
      assert.equal(run(['--stdin-filename', 'a.outreach.hbs'], folder).status, 2);
    });
  });

  describe('severity filters', () => {
    it('--quiet reports errors only; --min-severity warning drops info and hints', () => {
      const folder = workspace({ 'a.outreach.hbs': FLAWED_DRAFT });
      const quiet = run(['--quiet', '--format', 'json', 'a.outreach.hbs'], folder);
      assert.deepEqual(rulesIn(quiet.stdout), ['leftover-placeholder']);
      const all = (JSON.parse(run(['--format', 'json', 'a.outreach.hbs'], folder).stdout) as JsonReport[])[0]!.diagnostics;
      const warnings = (JSON.parse(run(['--min-severity', 'warning', '--format', 'json', 'a.outreach.hbs'], folder).stdout) as JsonReport[])[0]!.diagnostics;
      assert.ok(all.some((d) => d.severity === 'info'));
      assert.deepEqual(warnings, all.filter((d) => d.severity === 'warning' || d.severity === 'error'));
      const unknown = run(['--min-severity', 'loud', 'a.outreach.hbs'], folder);
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /Unknown severity "loud"/);
    });

    it('counts only reported warnings against --max-warnings', () => {
      const folder = workspace({ 'a.outreach.hbs': NO_DURATION });
      assert.equal(run(['--max-warnings', '0', 'a.outreach.hbs'], folder).status, 1);
      assert.equal(run(['--max-warnings', '0', '--quiet', 'a.outreach.hbs'], folder).status, 0);
    });
  });

  describe('ignore rules', () => {
    const tree = (): string =>
      workspace({
        '.outreachignore': '# drafts are not ready\ndrafts/\n',
        'templates/a.outreach.hbs': NO_DURATION,
        'templates/drafts/b.outreach.hbs': NO_DURATION,
        'templates/.archive/c.outreach.hbs': NO_DURATION,
        'templates/old/d.outreach.hbs': NO_DURATION,
      });
    const files = (stdout: string): string[] => (JSON.parse(stdout) as JsonReport[]).map((report) => report.file).sort();

    it('skips what .outreachignore, --ignore-pattern and dot-folders rule out, and names each', () => {
      const folder = tree();
      const result = run(['--format', 'json', '--ignore-pattern', 'templates/old/', 'templates'], folder);
      assert.deepEqual(files(result.stdout), ['templates/a.outreach.hbs']);
      assert.match(result.stderr, /skipped 3 templates/);
      assert.match(result.stderr, /templates\/drafts\/b\.outreach\.hbs \(\.outreachignore\)/);
      assert.match(result.stderr, /templates\/\.archive\/c\.outreach\.hbs \(in a dot-folder\)/);
      assert.match(result.stderr, /templates\/old\/d\.outreach\.hbs \(--ignore-pattern\)/);
    });

    it('--no-ignore lints them all; a folder whose every template is ignored is an error', () => {
      const folder = tree();
      assert.deepEqual(files(run(['--format', 'json', '--no-ignore', 'templates'], folder).stdout), [
        'templates/.archive/c.outreach.hbs',
        'templates/a.outreach.hbs',
        'templates/drafts/b.outreach.hbs',
        'templates/old/d.outreach.hbs',
      ]);
      const ignored = run(['templates/drafts'], folder);
      assert.equal(ignored.status, 2);
      assert.match(ignored.stderr, /Every template under "templates\/drafts" is ignored; use --no-ignore/);
    });
  });

  it('--format github prints one workflow annotation per finding, escaped, hints and info as notices', () => {
    const folder = workspace({ 'a, b.outreach.hbs': FLAWED_DRAFT });
    const result = run(['--format', 'github', 'a, b.outreach.hbs'], folder);
    const lines = result.stdout.trim().split('\n');
    const json = (JSON.parse(run(['--format', 'json', 'a, b.outreach.hbs'], folder).stdout) as JsonReport[])[0]!.diagnostics;
    assert.equal(lines.length, json.length);
    assert.ok(lines.includes('::error file=a%2C b.outreach.hbs,line=5,col=4,endLine=5,endColumn=10,title=leftover-placeholder (outreach-lint)::' + json.find((d) => d.rule === 'leftover-placeholder')!.message));
    assert.ok(lines.some((line) => /^::warning file=a%2C b\.outreach\.hbs,line=3,.*title=subject \(outreach-lint\)::/.test(line)));
    assert.ok(lines.some((line) => line.startsWith('::notice ') && line.includes('title=flexibility')));
    assert.ok(lines.every((line) => /^::(?:error|warning|notice) file=/.test(line)));
  });

  it('--output-file writes the report there and nothing to stdout', () => {
    const folder = workspace({ 'a.outreach.hbs': NO_DURATION });
    const result = run(['--format', 'json', '--output-file', 'report.json', 'a.outreach.hbs'], folder);
    assert.equal(result.stdout, '');
    assert.deepEqual((JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as JsonReport[]).map((report) => report.file), ['a.outreach.hbs']);
  });

  it('colours a pipe under FORCE_COLOR or --color, and never with --no-color or NO_COLOR', () => {
    const folder = workspace({ 'a.outreach.hbs': NO_DURATION });
    const ansi = /\x1b\[/;
    const plain = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined };
    assert.doesNotMatch(run(['a.outreach.hbs'], folder, { env: plain }).stdout, ansi);
    assert.match(run(['a.outreach.hbs'], folder, { env: { ...plain, FORCE_COLOR: '1' } }).stdout, ansi);
    assert.match(run(['--color', 'a.outreach.hbs'], folder, { env: plain }).stdout, ansi);
    assert.doesNotMatch(run(['--no-color', 'a.outreach.hbs'], folder, { env: { ...plain, FORCE_COLOR: '1' } }).stdout, ansi);
    assert.doesNotMatch(run(['a.outreach.hbs'], folder, { env: { ...plain, NO_COLOR: '1' } }).stdout, ansi);
  });

  it('--fix writes through a temporary file, keeping the mode, the byte-order mark and CRLF line endings', () => {
    const broken = `\uFEFF${NO_DURATION.replace('get on a call next week', 'get on a call for an hour next week')}`.replace(/\n/g, '\r\n');
    const folder = workspace({ 'a.outreach.hbs': broken });
    chmodSync(join(folder, 'a.outreach.hbs'), 0o640);
    const result = run(['--fix', 'a.outreach.hbs'], folder);
    assert.match(result.stdout, /Fixed 1 file\./);
    const fixed = readFileSync(join(folder, 'a.outreach.hbs'), 'utf8');
    assert.match(fixed, /get on a call for 15–20 minutes next week/);
    assert.ok(fixed.startsWith('\uFEFF---\r\n'));
    assert.doesNotMatch(fixed.replace(/\r\n/g, ''), /\n/, 'every line break is still CRLF');
    assert.equal(statSync(join(folder, 'a.outreach.hbs')).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(folder).filter((name) => name !== 'a.outreach.hbs'), [], 'no temporary file is left behind');
  });

  it('--fix-dry-run shows what --fix would change, writes nothing, and puts the fixed text in JSON output', () => {
    const text = NO_DURATION.replace('get on a call next week', 'get on a call for an hour next week');
    const folder = workspace({ 'a.outreach.hbs': text });
    const result = run(['--fix-dry-run', 'a.outreach.hbs'], folder);
    assert.match(result.stdout, /--fix would change:\n {2}@@ line 8 @@\n/);
    assert.match(result.stdout, /^ {2}-Could we get on a call for an hour next week/m);
    assert.match(result.stdout, /^ {2}\+Could we get on a call for 15–20 minutes next week/m);
    assert.match(result.stdout, /--fix would change 1 file/);
    assert.equal(readFileSync(join(folder, 'a.outreach.hbs'), 'utf8'), text);
    const [report] = JSON.parse(run(['--fix-dry-run', '--format', 'json', 'a.outreach.hbs'], folder).stdout) as (JsonReport & { output?: string })[];
    assert.match(report!.output ?? '', /for 15–20 minutes next week/);
    assert.ok(!report!.diagnostics.some((d) => d.rule === 'long-meeting'), 'the report lists what would be left');
    assert.equal(run(['--fix', '--fix-dry-run', 'a.outreach.hbs'], folder).status, 2);
  });
});
