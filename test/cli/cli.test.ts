import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NO_DURATION, ROOT, run, workspace } from './harness';

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'real');

interface JsonReport {
  file: string;
  diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; fixable: boolean }[];
}

describe('outreach-lint', () => {
  it('prints the JSON shape docs/cli.md documents, every key in place', () => {
    const folder = workspace({ 'a.outreach.hbs': NO_DURATION });
    const result = run(['--format', 'json', 'a.outreach.hbs'], folder);
    assert.equal(result.status, 0, result.stderr);
    const reports = JSON.parse(result.stdout) as JsonReport[];
    assert.equal(reports.length, 1);
    assert.deepEqual(Object.keys(reports[0]!), ['file', 'diagnostics']);
    assert.equal(reports[0]!.file, 'a.outreach.hbs');
    const timeLimit = reports[0]!.diagnostics.find((diagnostic) => diagnostic.rule === 'time-limit');
    assert.ok(timeLimit, result.stdout);
    assert.deepEqual(Object.keys(timeLimit), ['rule', 'severity', 'message', 'range', 'fixable']);
    assert.deepEqual(timeLimit.range, { start: { line: 7, character: 0 }, end: { line: 7, character: 79 } });
    assert.equal(timeLimit.severity, 'warning');
    assert.equal(timeLimit.fixable, true);
  });

  it('searches folders recursively and reports in stylish format with a summary', () => {
    const folder = workspace({ 'drafts/deep/a.outreach.hbs': NO_DURATION, 'drafts/b.outreach': NO_DURATION, 'drafts/notes.md': 'not a template' });
    const result = run(['drafts'], folder);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /drafts\/b\.outreach\n/);
    assert.match(result.stdout, /drafts\/deep\/a\.outreach\.hbs\n(?:  .*\n)*  8:1  warning  .*time-limit\n/);
    assert.match(result.stdout, /\n⚠ 4 problems \(2 warnings, 2 info\) in 2 files\n/);
    assert.doesNotMatch(result.stdout, /notes\.md/);
  });

  it('ends stylish output with a summary that counts severities and the files with problems', () => {
    const folder = workspace({ 'a.outreach.hbs': NO_DURATION, 'b.outreach.hbs': NO_DURATION.replace('kind: request', 'kind: requets') });
    const clean = run(['templates/starters']);
    const files = readdirSync(join(ROOT, 'templates', 'starters')).filter((name) => name.endsWith('.outreach.hbs')).length;
    assert.match(clean.stdout, new RegExp(`(?:^|\\n)✔ ${files} files checked, no problems\\n$`));
    const problems = run(['a.outreach.hbs', 'b.outreach.hbs', join(ROOT, 'templates', 'starters', readdirSync(join(ROOT, 'templates', 'starters'))[0]!)], folder);
    const summary = problems.stdout.trimEnd().split('\n').filter((line) => /^[✖⚠✔] /.test(line));
    assert.deepEqual(summary, ['✖ 5 problems (1 error, 2 warnings, 2 info) in 2 of 3 files'], problems.stdout);
    assert.equal(problems.stderr, '');
  });

  it('expands globs', () => {
    const folder = workspace({ 'x/a.outreach.hbs': NO_DURATION, 'y/b.outreach.hbs': NO_DURATION });
    const reports = JSON.parse(run(['--format', 'json', '*/*.outreach.hbs'], folder).stdout) as JsonReport[];
    assert.deepEqual(reports.map((report) => report.file), ['x/a.outreach.hbs', 'y/b.outreach.hbs']);
  });

  it('exits 1 on an error-severity finding and with too many warnings', () => {
    const folder = workspace({ 'broken.outreach.hbs': '---\nkind: request\n---\nHi {{#if recipient.firstName}} there' , 'ok.outreach.hbs': NO_DURATION });
    const broken = run(['--format', 'json', 'broken.outreach.hbs'], folder);
    assert.equal(broken.status, 1);
    assert.ok((JSON.parse(broken.stdout) as JsonReport[])[0]!.diagnostics.some((d) => d.rule === 'template-syntax' && d.severity === 'error'));
    assert.equal(run(['--max-warnings', '0', 'ok.outreach.hbs'], folder).status, 1);
    assert.equal(run(['--max-warnings', '99', 'ok.outreach.hbs'], folder).status, 0);
  });

  it('reports unreadable and binary files with rule io instead of crashing', () => {
    const folder = workspace({ 'binary.outreach.hbs': Buffer.from([0x47, 0x49, 0x46, 0x00, 0xff, 0xfe]) });
    const result = run(['--format', 'json', 'binary.outreach.hbs', 'missing.outreach.hbs'], folder);
    assert.equal(result.status, 1);
    const reports = JSON.parse(result.stdout) as JsonReport[];
    assert.deepEqual(reports.map((report) => [report.file, report.diagnostics.map((d) => d.rule)]).sort(), [
      ['binary.outreach.hbs', ['io']],
      ['missing.outreach.hbs', ['io']],
    ]);
  });

  it('exits 2 with a clear message on usage errors', () => {
    for (const args of [[], ['--format', 'xml', 'x'], ['--bogus'], ['nothing/**/*.outreach.hbs'], ['--max-warnings', '-1', 'x']]) {
      const result = run(args);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stdout}`);
      assert.match(result.stderr, /^outreach-lint: .+/);
    }
  });

  it('applies the nearest .outreachrc.json and reports its problems with rule config', () => {
    const folder = workspace({
      '.outreachrc.json': JSON.stringify({ rules: { 'time-limit': 'off', 'no-such-rule': 'error' } }),
      'sub/a.outreach.hbs': NO_DURATION,
    });
    const reports = JSON.parse(run(['--format', 'json', 'sub'], folder).stdout) as JsonReport[];
    const template = reports.find((report) => report.file.endsWith('a.outreach.hbs'));
    assert.ok(template && !template.diagnostics.some((d) => d.rule === 'time-limit'));
    const config = reports.find((report) => report.file.endsWith('.outreachrc.json'));
    assert.ok(config, run(['--format', 'json', 'sub'], folder).stdout);
    assert.match(config.diagnostics[0]!.message, /Unknown rule `no-such-rule`/);
    assert.equal(config.diagnostics[0]!.rule, 'config');
  });

  it('reports the findings of a custom rule from .outreachrc.json with its id, and refuses a ReDoS pattern', () => {
    const folder = workspace({
      '.outreachrc.json': JSON.stringify({
        customRules: [
          { id: 'no-get-on-a-call', message: 'Say what the call is for instead.', patterns: ['\\bget\\s+on\\s+a\\s+call\\b'], severity: 'error' },
          { id: 'hang-forever', message: 'Never runs.', patterns: ['^(\\w+\\s?)*$'] },
        ],
      }),
      'a.outreach.hbs': NO_DURATION,
    });
    const result = run(['--format', 'json', 'a.outreach.hbs'], folder);
    const reports = JSON.parse(result.stdout) as JsonReport[];
    const custom = reports.find((report) => report.file === 'a.outreach.hbs')?.diagnostics.find((d) => d.rule === 'no-get-on-a-call');
    assert.ok(custom, result.stdout);
    assert.deepEqual([custom.severity, custom.message, custom.fixable], ['error', 'Say what the call is for instead.', false]);
    assert.deepEqual(custom.range, { start: { line: 7, character: 9 }, end: { line: 7, character: 22 } });
    const config = reports.find((report) => report.file.endsWith('.outreachrc.json'));
    assert.match(config?.diagnostics[0]?.message ?? '', /Custom rule `hang-forever`: pattern .* nested quantifier/);
  });

  it('--fix applies the safe fixes in place, and a second run changes nothing', () => {
    const folder = workspace({ 'a.outreach.hbs': NO_DURATION.replace('kind: request', 'kind: requets').replace('get on a call next week', 'get on a call for an hour next week') });
    const first = run(['--fix', 'a.outreach.hbs'], folder);
    assert.match(first.stdout, /Fixed 1 file\./);
    const fixed = readFileSync(join(folder, 'a.outreach.hbs'), 'utf8');
    assert.match(fixed, /^---\nkind: request\n/);
    assert.match(fixed, /get on a call for 15–20 minutes next week/);
    assert.doesNotMatch(first.stdout, /frontmatter|long-meeting/);
    const second = run(['--fix', 'a.outreach.hbs'], folder);
    assert.doesNotMatch(second.stdout, /Fixed/);
    assert.equal(readFileSync(join(folder, 'a.outreach.hbs'), 'utf8'), fixed);
  });

  it('shows real findings and a fix on the example drafts `npm start` lints first, without failing', () => {
    const result = run(['--fix-dry-run', '--format', 'json', 'templates/examples']);
    assert.equal(result.status, 0, 'the examples hold warnings, not errors, so the first run ends cleanly');
    const reports = JSON.parse(result.stdout) as (JsonReport & { output?: string })[];
    assert.ok(reports.length >= 3);
    for (const report of reports) assert.ok(report.diagnostics.length >= 2, `${report.file} shows what the linter finds`);
    assert.ok(reports.some((report) => report.output !== undefined), 'at least one example shows what --fix changes');
  });

  it('lints the shipped starter templates clean', () => {
    const result = run(['templates/starters']);
    assert.equal(result.status, 0, result.stdout);
    assert.match(result.stdout, /no problems/);
  });

  it('prints valid JSON for every file of the real corpus', { skip: !existsSync(CORPUS) && 'no corpus beside the project' }, () => {
    const result = run(['--format', 'json', CORPUS]);
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    const reports = JSON.parse(result.stdout) as JsonReport[];
    const templates = readdirSync(CORPUS).filter((name) => name.endsWith('.outreach.hbs'));
    assert.equal(reports.length, templates.length);
    for (const report of reports) {
      for (const diagnostic of report.diagnostics) {
        assert.match(diagnostic.rule, /^[a-z-]+$/);
        assert.ok(diagnostic.range.start.line <= diagnostic.range.end.line);
      }
    }
  });
});
