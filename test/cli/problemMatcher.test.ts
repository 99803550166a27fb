/**
 * The problem matcher the extension contributes (`$outreach-lint`) against real stylish output, read the way VS Code
 * reads a multi-line matcher: a file line, then every row the looping pattern matches. Every finding of every
 * severity, hints included, must come out with its file, position, severity, rule and message.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { FLAWED_DRAFT, ROOT, run, workspace } from './harness';

interface Pattern {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  message?: number;
  code?: number;
  loop?: boolean;
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { problemMatchers: { name: string; pattern: Pattern[] }[] } };

/** Findings at every severity: the flawed draft, with an unused variable for a hint. */
const DRAFT = FLAWED_DRAFT.replace('subject: Quick question\n', 'subject: Quick question\nvariables:\n  recipient.company: Acme\n');

it('the contributed problem matcher reads every finding of the stylish report, hints included', () => {
  const matcher = manifest.contributes.problemMatchers.find((candidate) => candidate.name === 'outreach-lint');
  assert.ok(matcher);
  const [filePattern, rowPattern] = matcher.pattern.map((pattern) => ({ ...pattern, re: new RegExp(pattern.regexp) }));
  assert.ok(filePattern && rowPattern?.loop);
  const folder = workspace({ 'a.outreach.hbs': DRAFT, 'b.outreach.hbs': DRAFT.replace('Quick question', 'Your talk on hiring') });
  const stylish = run(['.'], folder).stdout.split('\n');
  const expected = (JSON.parse(run(['--format', 'json', '.'], folder).stdout) as { file: string; diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number; character: number } } }[] }[])
    .flatMap(({ file, diagnostics }) => diagnostics.map((d) => [file, d.range.start.line + 1, d.range.start.character + 1, d.severity, d.rule, d.message].join(' | ')))
    .sort();
  for (const severity of ['error', 'warning', 'info', 'hint']) assert.ok(expected.some((row) => row.includes(` | ${severity} | `)), `the sample has a finding at ${severity}`);

  const matched: string[] = [];
  for (let index = 0; index < stylish.length; index++) {
    const file = filePattern.re.exec(stylish[index]!);
    if (!file) continue;
    for (let row = rowPattern.re.exec(stylish[index + 1] ?? ''); row; row = rowPattern.re.exec(stylish[index + 1] ?? '')) {
      index++;
      matched.push([file[filePattern.file!], row[rowPattern.line!], row[rowPattern.column!], row[rowPattern.severity!], row[rowPattern.code!], row[rowPattern.message!]].join(' | '));
    }
  }
  assert.deepEqual(matched.sort(), expected);
});
