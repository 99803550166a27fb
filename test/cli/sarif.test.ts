import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { CLI, NO_DURATION, ROOT, run, workspace } from './harness';

const PACKAGE_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function sarif(args: string[], cwd?: string): { status: number | null; log: Log; stderr: string } {
  const result = run(['--format', 'sarif', ...args], cwd);
  return { status: result.status, log: JSON.parse(result.stdout) as Log, stderr: result.stderr };
}

function onlyRun(log: Log) {
  assert.equal(log.runs.length, 1);
  const [first] = log.runs;
  return { ...first!, results: first!.results ?? [], rules: first!.tool.driver.rules ?? [] };
}

function rule(rules: readonly ReportingDescriptor[], id: string): ReportingDescriptor {
  const found = rules.find((descriptor) => descriptor.id === id);
  assert.ok(found, `no rule ${id} among ${rules.map((descriptor) => descriptor.id).join(', ')}`);
  return found;
}

function resultsOf(results: readonly Result[], id: string): Result[] {
  return results.filter((result) => result.ruleId === id);
}

/** Emoji (surrogate pairs, a ZWJ sequence) and accents before the findings, CRLF line endings throughout. */
const WIDE_LINE = 'Zoë, your café ☕ talk 👩🏽‍💻 changed how we pair. Could we get on a call next week so I can share what happened?';
const WIDE = ['---', 'kind: request', 'subject: Your talk on onboarding remote designers', '---', 'Hi Zoë,', '', WIDE_LINE, '', 'Thanks,', 'Jo', ''].join('\r\n');

const CUSTOM_RULES = {
  customRules: [{ id: 'no-get-on-a-call', message: 'Say what the call is for instead.', patterns: ['\\bget\\s+on\\s+a\\s+call\\b'], severity: 'error' }],
};

describe('outreach-lint --format sarif', () => {
  it('is one SARIF 2.1.0 run of outreach-lint, paths relative to %SRCROOT% (the working folder)', () => {
    const folder = workspace({ 'drafts/deep/a b.outreach.hbs': NO_DURATION });
    const { status, log, stderr } = sarif(['drafts'], folder);
    assert.equal(status, 0, stderr);
    assert.equal(stderr, '');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    const only = onlyRun(log);
    assert.equal(only.tool.driver.name, 'outreach-lint');
    assert.equal(only.tool.driver.version, PACKAGE_VERSION);
    assert.equal(only.tool.driver.informationUri, undefined, 'no link to a home the project does not have yet');
    assert.equal(only.columnKind, 'utf16CodeUnits');
    assert.deepEqual(only.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(folder).href}/` } });
    assert.ok(only.results.length > 0);
    for (const result of only.results) {
      assert.deepEqual(result.locations?.[0]?.physicalLocation?.artifactLocation, { uri: 'drafts/deep/a%20b.outreach.hbs', uriBaseId: '%SRCROOT%' });
    }
  });

  it('puts regions on 1-based UTF-16 columns with an exclusive end, after emoji and accents, with CRLF line endings', () => {
    const folder = workspace({ '.outreachrc.json': JSON.stringify(CUSTOM_RULES), 'wide.outreach.hbs': WIDE });
    const { status, log } = sarif(['wide.outreach.hbs'], folder);
    assert.equal(status, 1);
    const { results } = onlyRun(log);
    const lines = WIDE.split('\r\n');
    const text = (result: Result): string => {
      const region = result.locations?.[0]?.physicalLocation?.region;
      assert.ok(region?.startLine && region.startColumn && region.endLine && region.endColumn, JSON.stringify(result));
      assert.equal(region.startLine, region.endLine);
      return lines[region.startLine - 1]!.slice(region.startColumn - 1, region.endColumn - 1);
    };
    const [custom] = resultsOf(results, 'no-get-on-a-call');
    assert.ok(custom);
    assert.equal(text(custom), 'get on a call');
    assert.equal(custom.locations?.[0]?.physicalLocation?.region?.startLine, 7);
    // Counted in code points, the column would be 3 smaller: the emoji sequence holds three surrogate pairs.
    const column = custom.locations![0]!.physicalLocation!.region!.startColumn!;
    assert.equal(column - 1, WIDE_LINE.indexOf('get on a call'));
    assert.equal(column - 1 - 3, [...WIDE_LINE.slice(0, WIDE_LINE.indexOf('get on a call'))].length);
    const [timeLimit] = resultsOf(results, 'time-limit');
    assert.ok(timeLimit);
    assert.equal(text(timeLimit), 'Could we get on a call next week so I can share what happened?');
  });

  it('maps severities to levels, and the same region as --format json', () => {
    const folder = workspace({
      '.outreachrc.json': JSON.stringify({ rules: { 'time-limit': 'error', flexibility: 'info', subject: 'hint' } }),
      'a.outreach.hbs': NO_DURATION.replace('subject: Your talk on onboarding remote designers', 'subject: Coffee?'),
    });
    const { status, log } = sarif(['a.outreach.hbs'], folder);
    assert.equal(status, 1);
    const { results, rules } = onlyRun(log);
    const levels = Object.fromEntries(results.map((result) => [result.ruleId, result.level]));
    assert.deepEqual(levels, { flexibility: 'note', subject: 'note', 'time-limit': 'error' });
    assert.equal(rule(rules, 'time-limit').defaultConfiguration?.level, 'warning');
    assert.equal(rule(rules, 'subject').defaultConfiguration?.level, 'warning');
    const json = JSON.parse(run(['--format', 'json', 'a.outreach.hbs'], folder).stdout) as { diagnostics: { rule: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }[];
    for (const diagnostic of json[0]!.diagnostics) {
      const [result] = resultsOf(results, diagnostic.rule);
      const { start, end } = diagnostic.range;
      assert.deepEqual(result?.locations?.[0]?.physicalLocation?.region, { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 });
    }
  });

  it('describes every rule that reports, custom and pseudo rules too, and ruleIndex points at it', () => {
    const folder = workspace({
      '.outreachrc.json': JSON.stringify({ ...CUSTOM_RULES, rules: { 'no-such-rule': 'error' } }),
      'a.outreach.hbs': NO_DURATION,
    });
    const { status, log } = sarif(['a.outreach.hbs', 'missing.outreach.hbs'], folder);
    assert.equal(status, 1);
    const { results, rules } = onlyRun(log);
    assert.deepEqual(rules.map((descriptor) => descriptor.id), ['config', 'flexibility', 'io', 'no-get-on-a-call', 'time-limit']);
    for (const result of results) assert.equal(rules[result.ruleIndex!]?.id, result.ruleId);
    for (const descriptor of rules) {
      assert.ok(descriptor.shortDescription?.text && descriptor.fullDescription?.text && descriptor.help?.text, descriptor.id);
      // A name must differ from the id beyond case, or be left out.
      assert.notEqual(descriptor.name?.toLowerCase(), descriptor.id, descriptor.id);
      assert.ok(descriptor.defaultConfiguration?.level, descriptor.id);
    }
    const timeLimit = rule(rules, 'time-limit');
    assert.equal(timeLimit.name, 'TimeLimit');
    assert.equal(rule(rules, 'flexibility').name, undefined);
    assert.equal(rule(rules, 'io').name, 'UnreadableFile');
    assert.equal(timeLimit.shortDescription?.text, 'A meeting or call is requested without saying how long it would take.');
    assert.match(timeLimit.help?.text ?? '', /Better: “.+”/);
    assert.match(timeLimit.help?.markdown ?? '', /\*\*Better:\*\* “.+”/);
    assert.equal(timeLimit.helpUri, undefined, 'the documentation travels as help text instead of a link');
    const custom = rule(rules, 'no-get-on-a-call');
    assert.equal(custom.shortDescription?.text, 'Say what the call is for instead.');
    assert.equal(custom.defaultConfiguration?.level, 'error');
    assert.match(custom.help?.text ?? '', /customRules.*get\\s\+on/);
    assert.equal(custom.helpUri, undefined);
    assert.equal(rule(rules, 'config').helpUri, undefined);
    assert.match(rule(rules, 'config').help?.text ?? '', /unknown setting or rule/);
    const [config] = resultsOf(results, 'config');
    assert.equal(config?.locations?.[0]?.physicalLocation?.artifactLocation?.uri, '.outreachrc.json');
    assert.equal(config?.locations?.[0]?.physicalLocation?.region?.startLine, 1);
    const [io] = resultsOf(results, 'io');
    assert.equal(io?.level, 'error');
    // Code scanning needs a region on every result: a whole-file finding sits at 1:1.
    assert.deepEqual(io?.locations?.[0]?.physicalLocation, {
      artifactLocation: { uri: 'missing.outreach.hbs', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    });
  });

  it('gives a clean file empty results, and files outside the working folder absolute file URIs', () => {
    const starter = readdirSync(join(ROOT, 'templates', 'starters')).find((name) => name.endsWith('.outreach.hbs'))!;
    const clean = sarif([join('templates', 'starters', starter)]);
    assert.equal(clean.status, 0);
    assert.deepEqual(onlyRun(clean.log).results, []);
    assert.deepEqual(onlyRun(clean.log).rules, []);
    const folder = workspace({ 'a.outreach.hbs': NO_DURATION });
    const outside = sarif([join(folder, 'a.outreach.hbs')]);
    const location = onlyRun(outside.log).results[0]?.locations?.[0]?.physicalLocation?.artifactLocation;
    assert.deepEqual(location, { uri: pathToFileURL(join(folder, 'a.outreach.hbs')).href });
  });

  it('keeps the exit codes: 1 over --max-warnings with the report still on stdout, 2 on usage errors with nothing on stdout', () => {
    const folder = workspace({ 'a.outreach.hbs': NO_DURATION });
    const tooMany = sarif(['--max-warnings', '0', 'a.outreach.hbs'], folder);
    assert.equal(tooMany.status, 1);
    assert.equal(resultsOf(onlyRun(tooMany.log).results, 'time-limit').length, 1);
    assert.match(tooMany.stderr, /1 warnings is more than --max-warnings 0/);
    assert.equal(sarif(['--max-warnings', '1', 'a.outreach.hbs'], folder).status, 0);
    const unmatched = run(['--format', 'sarif', 'nothing/**/*.outreach.hbs'], folder);
    assert.deepEqual([unmatched.status, unmatched.stdout], [2, '']);
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--format <name>[\s\S]*\n\s+sarif\s+SARIF 2\.1\.0/);
  });

  it('with --fix, reports what is left after the safe fixes', () => {
    const draft = NO_DURATION.replace('kind: request', 'kind: requets').replace('get on a call next week', 'get on a call for an hour next week');
    const folder = workspace({ 'a.outreach.hbs': draft });
    const before = onlyRun(sarif(['a.outreach.hbs'], folder).log).results.map((result) => result.ruleId);
    assert.ok(before.includes('frontmatter') && before.includes('long-meeting'), before.join(', '));
    const { status, log, stderr } = sarif(['--fix', '--max-warnings', '0', 'a.outreach.hbs'], folder);
    assert.equal(stderr, '');
    assert.equal(status, 0);
    // flexibility is info-level and has no safe fix: it stays, and --max-warnings counts warnings only.
    assert.deepEqual(onlyRun(log).results.map((result) => [result.ruleId, result.level]), [['flexibility', 'note']]);
    assert.match(readFileSync(join(folder, 'a.outreach.hbs'), 'utf8'), /^---\nkind: request\n/);
  });
});

describe('progress on stderr', () => {
  const many = Object.fromEntries(Array.from({ length: 25 }, (_, index) => [`t${index}.outreach.hbs`, NO_DURATION]));

  it('never shows when stderr is not a terminal', () => {
    const folder = workspace(many);
    for (const format of ['stylish', 'json', 'sarif']) {
      const result = run(['--format', format, '.'], folder);
      assert.equal(result.status, 0);
      assert.equal(result.stderr, '', format);
    }
  });

  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it('counts files on a terminal for 20 or more templates and erases itself', { skip: !hasScript && 'no `script` command for a pseudo-terminal' }, () => {
    const onTerminal = (folder: string): string => {
      // Only stderr reaches the pseudo-terminal: stdout goes to /dev/null inside it.
      const command = `'${process.execPath}' '${CLI}' --format sarif . > /dev/null`;
      const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
      assert.equal(result.status, 0, result.stderr);
      return result.stdout;
    };
    const terminal = onTerminal(workspace(many));
    assert.match(terminal, /^\r\x1b\[Klinting 0\/25…/);
    assert.ok(terminal.endsWith('\r\x1b[K'), JSON.stringify(terminal));
    assert.equal(onTerminal(workspace(Object.fromEntries(Object.entries(many).slice(0, 19)))), '');
  });
});
