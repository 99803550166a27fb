/** outreach-lint: the language service over files, folders and globs, with stylish or JSON reports. */
import { readFileSync } from 'node:fs';
import { parseArgs, styleText } from 'node:util';
import { lintFiles, type FileReport } from './lintFiles';

const USAGE = `Usage: outreach-lint [options] <file|folder|glob>...

Lints outreach templates (*.outreach.hbs, *.outreach). Folders are searched recursively.

Options:
  --format <stylish|json>  Output format (default: stylish)
  --fix                    Apply safe fixes in place, then report what is left
  --max-warnings <n>       Exit 1 when there are more than n warnings
  --config <file>          Use this .outreachrc.json instead of the nearest one
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or internal error.`;

const FORMATS = ['stylish', 'json'] as const;
type Format = (typeof FORMATS)[number];

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
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) return usageError(`Unknown format "${values.format}"; use ${FORMATS.join(' or ')} (sarif is not supported yet).`);
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) return usageError('--max-warnings takes a whole number ≥ 0.');
  }
  if (positionals.length === 0) return usageError('Give at least one file, folder or glob.');

  const result = lintFiles(positionals, { fix: values.fix, configFile: values.config });
  if (result.unmatched.length > 0) {
    return usageError(result.unmatched.map((pattern) => `No outreach templates match "${pattern}".`).join('\n'));
  }
  const reports = result.reports;
  process.stdout.write(format === 'json' ? `${JSON.stringify(reports.map(toJson), null, 2)}\n` : stylish(reports, result.fixedFiles));
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
  const files = `${reports.length} file${reports.length === 1 ? '' : 's'}`;
  if (fixedFiles > 0) out.push(`Fixed ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}.`);
  if (problems === 0) {
    out.push(paint('green', `✔ ${files} checked, no problems`));
  } else {
    const parts = (['error', 'warning', 'info', 'hint'] as const).map((severity) => `${totals[severity]} ${severity}${totals[severity] === 1 || severity === 'info' ? '' : 's'}`);
    const mark = totals.error > 0 ? paint('red', '✖') : paint('yellow', '⚠');
    out.push(`${mark} ${problems} problem${problems === 1 ? '' : 's'} in ${files} (${parts.join(', ')})`);
    if (fixable > 0) out.push(`  ${fixable} of them have a quick fix in the editor${fixedFiles === 0 ? '; safe ones are applied with --fix' : ''}.`);
  }
  return `${out.join('\n')}\n`;
}

function usageError(message: string): number {
  process.stderr.write(`outreach-lint: ${message}\nRun "outreach-lint --help" for usage.\n`);
  return 2;
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(`${__dirname}/../package.json`, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`outreach-lint: internal error: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
}
