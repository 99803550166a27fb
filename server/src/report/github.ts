/**
 * `--format github`: one GitHub Actions workflow command per finding (`::warning file=…,line=…::message`), which the
 * runner turns into annotations on the pull request. Unlike SARIF upload, it needs no code-scanning licence and works
 * on forks and private repositories.
 */
import type { FileReport } from '../lintFiles';
import type { ActiveSeverity } from '../service/types';

const COMMAND: Record<ActiveSeverity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function githubAnnotations(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const { rule, severity, message, range } of report.diagnostics) {
      const properties = [
        `file=${escapeProperty(report.file)}`,
        `line=${range.start.line + 1}`,
        `col=${range.start.character + 1}`,
        `endLine=${range.end.line + 1}`,
        `endColumn=${range.end.character + 1}`,
        `title=${escapeProperty(`${rule} (outreach-lint)`)}`,
      ];
      lines.push(`::${COMMAND[severity]} ${properties.join(',')}::${escapeData(message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** The escapes the runner undoes in a command's message. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The escapes the runner undoes in a command's properties, where `:` and `,` are separators. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
