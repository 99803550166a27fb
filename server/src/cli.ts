/** outreach-lint: the language service over files, folders and globs, with stylish, JSON or SARIF reports. */
import { parseArgs, styleText } from 'node:util';
import { lintFiles, type FileReport } from './lintFiles';
import { packageVersion } from './packageVersion';
import { toSarif } from './sarif';

const USAGE = `Usage: outreach-lint [options] <file|folder|glob>...

Lints outreach templates (*.outreach.hbs, *.outreach). Folders are searched recursively.

Options:
  --format <name>     stylish  readable report with a summary (default)
                      json     one JSON array of files and their diagnostics
                      sarif    SARIF 2.1.0, for code scanning (GitHub, Azure DevOps, …)
  --fix               Apply safe fixes in place, then report what is left
  --max-warnings <n>  Exit 1 when there are more than n warnings
  --config <file>     Use this .outreachrc.json instead of the nearest one
  -h, --help          Show this help
  -v, --version       Show the version

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage or internal error.
Reports go to stdout; messages and progress (on a terminal) go to stderr.

Example: outreach-lint --format sarif templates/ > outreach.sarif`;

const FORMATS = ['stylish', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
/** With at least this many templates, a terminal shows how far linting has got. */
const PROGRESS_MIN_FILES = 20;

function main(argv: string[]): number {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        fix: { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) return usageError(`Unknown format "${values.format}"; use ${FORMATS.join(', ')}.`);
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) return usageError('--max-warnings takes a whole number ≥ 0.');
  }
  if (positionals.length === 0) return usageError('Give at least one file, folder or glob.');

  const progress = process.stderr.isTTY ? progressLine() : undefined;
  let result;
  try {
    result = lintFiles(positionals, { fix: values.fix, configFile: values.config, onProgress: progress?.update });
  } finally {
    progress?.clear();
  }
  if (result.unmatched.length > 0) {
    return usageError(result.unmatched.map((pattern) => `No outreach templates match "${pattern}".`).join('\n'));
  }
  const reports = result.reports;
  if (format === 'json') process.stdout.write(`${JSON.stringify(reports.map(toJson), null, 2)}\n`);
  else if (format === 'sarif') process.stdout.write(`${JSON.stringify(toSarif({ reports, customRules: result.customRules, version: packageVersion(), cwd: process.cwd() }), null, 2)}\n`);
  else process.stdout.write(stylish(reports, result.fixedFiles));
  const count = (severity: string): number => reports.reduce((sum, report) => sum + report.diagnostics.filter((d) => d.severity === severity).length, 0);
  const errors = count('error');
  const warnings = count('warning');
  if (errors > 0) return 1;
  if (warnings > maxWarnings) {
    process.stderr.write(`outreach-lint: ${warnings} warnings is more than --max-warnings ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

function toJson(report: FileReport): unknown {
  return {
    file: report.file,
    diagnostics: report.diagnostics.map((diagnostic) => ({
      rule: diagnostic.rule,
      severity: diagnostic.severity,
      message: diagnostic.message,
      range: diagnostic.range,
      fixable: diagnostic.fixable,
    })),
  };
}

function stylish(reports: FileReport[], fixedFiles: number): string {
  const color = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (style: Parameters<typeof styleText>[0], text: string): string => (color ? styleText(style, text) : text);
  const severityStyle = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' } as const;
  const totals = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  const out: string[] = [];
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    out.push(paint('underline', report.file));
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
  if (fixedFiles > 0) out.push(`Fixed ${fixedFiles} ${plural(fixedFiles, 'file')}.`);
  if (problems === 0) {
    out.push(paint('green', `✔ ${reports.length} ${plural(reports.length, 'file')} checked, no problems`));
  } else {
    const parts = (['error', 'warning', 'info', 'hint'] as const).filter((severity) => totals[severity] > 0).map((severity) => `${totals[severity]} ${severity === 'info' ? 'info' : plural(totals[severity], severity)}`);
    const where = withProblems === reports.length ? `${reports.length} ${plural(reports.length, 'file')}` : `${withProblems} of ${reports.length} files`;
    const mark = totals.error > 0 ? paint('red', '✖') : paint('yellow', '⚠');
    out.push(`${mark} ${problems} ${plural(problems, 'problem')} (${parts.join(', ')}) in ${where}`);
    if (fixable > 0) out.push(`  ${fixable} of them have a quick fix in the editor${fixedFiles === 0 ? '; safe ones are applied with --fix' : ''}.`);
  }
  return `${out.join('\n')}\n`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** "linting 120/500…" on a terminal's stderr for long runs, redrawn in place at most every 100 ms and erased at the end. */
function progressLine(): { update: (done: number, total: number) => void; clear: () => void } {
  let shown = false;
  let drawnAt = 0;
  return {
    update: (done, total) => {
      if (total < PROGRESS_MIN_FILES || (shown && Date.now() - drawnAt < 100)) return;
      process.stderr.write(`\r\x1b[Klinting ${done}/${total}…`);
      shown = true;
      drawnAt = Date.now();
    },
    clear: () => {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

function usageError(message: string): number {
  process.stderr.write(`outreach-lint: ${message}\nRun "outreach-lint --help" for usage.\n`);
  return 2;
}


try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`outreach-lint: internal error: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
}
