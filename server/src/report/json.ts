/** `--format json`: one JSON array of files and their diagnostics, every severity included; with --fix-dry-run, `output` is the fixed text. */
import type { FileReport } from '../lintFiles';

export function jsonReport(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({
    file: report.file,
    diagnostics: report.diagnostics.map(({ rule, severity, message, range, fixable }) => ({ rule, severity, message, range, fixable })),
    ...(report.fixed ? { output: report.fixed.after } : {}),
  }));
  return `${JSON.stringify(files, null, 2)}\n`;
}
