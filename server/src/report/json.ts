/** `--format json`: one JSON array of files and their diagnostics, every severity included. */
import type { FileReport } from '../lintFiles';

export function jsonReport(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({
    file: report.file,
    diagnostics: report.diagnostics.map(({ rule, severity, message, range, fixable }) => ({ rule, severity, message, range, fixable })),
  }));
  return `${JSON.stringify(files, null, 2)}\n`;
}
