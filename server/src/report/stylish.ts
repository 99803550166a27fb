/** `--format stylish`: a readable report, one block per file (with the diff --fix-dry-run would write), and a summary line. */
import { styleText } from 'node:util';
import { structuredPatch } from 'diff';
import type { FileReport } from '../lintFiles';

export interface StylishOptions {
  /** Files the safe fixes changed. */
  fixedFiles: number;
  /** The fixes were only previewed: each changed file shows its diff. */
  dryRun: boolean;
  color: boolean;
}

export function stylish(reports: readonly FileReport[], { fixedFiles, dryRun, color }: StylishOptions): string {
  // The caller decided on colour (flags, FORCE_COLOR, NO_COLOR, a terminal): styleText must not second-guess it.
  const paint = (style: Parameters<typeof styleText>[0], text: string): string => (color ? styleText(style, text, { validateStream: false }) : text);
  const severityStyle = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' } as const;
  const totals = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  const out: string[] = [];
  for (const report of reports) {
    const preview = dryRun && report.fixed ? fixDiff(report.fixed.before, report.fixed.after, paint) : [];
    if (report.diagnostics.length === 0 && preview.length === 0) continue;
    out.push(paint('underline', report.file));
    out.push(...preview);
    const rows = report.diagnostics.map((diagnostic) => {
      totals[diagnostic.severity]++;
      if (diagnostic.fixable) fixable++;
      return [`${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`, diagnostic.severity, diagnostic.message, diagnostic.rule] as const;
    });
    const width = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
    for (const [where, severity, message, rule] of rows) {
      out.push(`  ${paint('dim', where.padEnd(width[0]!))}  ${paint(severityStyle[severity], severity.padEnd(width[1]!))}  ${message}  ${paint('dim', rule)}`);
    }
    out.push('');
  }
  const problems = totals.error + totals.warning + totals.info + totals.hint;
  const withProblems = reports.filter((report) => report.diagnostics.length > 0).length;
  if (fixedFiles > 0) out.push(dryRun ? `--fix would change ${fixedFiles} ${plural(fixedFiles, 'file')} (shown above); the problems listed are what would be left.` : `Fixed ${fixedFiles} ${plural(fixedFiles, 'file')}.`);
  if (problems === 0) {
    out.push(paint('green', `✔ ${reports.length} ${plural(reports.length, 'file')} checked, no problems`));
  } else {
    const parts = (['error', 'warning', 'info', 'hint'] as const).filter((severity) => totals[severity] > 0).map((severity) => `${totals[severity]} ${severity === 'info' ? 'info' : plural(totals[severity], severity)}`);
    const where = withProblems === reports.length ? `${reports.length} ${plural(reports.length, 'file')}` : `${withProblems} of ${reports.length} files`;
    const mark = totals.error > 0 ? paint('red', '✖') : paint('yellow', '⚠');
    out.push(`${mark} ${problems} ${plural(problems, 'problem')} (${parts.join(', ')}) in ${where}`);
    if (fixable > 0) out.push(`  ${fixable} of them have a quick fix in the editor${fixedFiles === 0 && !dryRun ? '; safe ones are applied with --fix' : ''}.`);
  }
  return `${out.join('\n')}\n`;
}

export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

type Paint = (style: Parameters<typeof styleText>[0], text: string) => string;

/** The lines --fix would change, as indented hunks of a unified diff with one line of context. */
function fixDiff(before: string, after: string, paint: Paint): string[] {
  const { hunks } = structuredPatch('', '', before, after, '', '', { context: 1 });
  const lines = [`  ${paint('bold', '--fix would change:')}`];
  for (const hunk of hunks) {
    const leadingContext = hunk.lines.findIndex((line) => line.startsWith('+') || line.startsWith('-'));
    lines.push(`  ${paint('cyan', `@@ line ${hunk.newStart + Math.max(0, leadingContext)} @@`)}`);
    for (const line of hunk.lines) {
      const text = line.replace(/\r$/, '');
      lines.push(`  ${line.startsWith('+') ? paint('green', text) : line.startsWith('-') ? paint('red', text) : paint('dim', text)}`);
    }
  }
  lines.push('');
  return lines;
}
