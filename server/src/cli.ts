/** outreach-lint: the language service over files, folders, globs or stdin, with stylish, JSON, SARIF or GitHub reports. */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContacts, ContactsUsageError, ownContactLists, RENDER_FORMATS, type ContactsResult, type LintedTemplate } from './contacts';
import { lintFiles, lintStdin, type LintFilesResult } from './lintFiles';
import { packageVersion } from './packageVersion';
import { githubAnnotations } from './report/github';
import { jsonReport } from './report/json';
import { toSarif } from './report/sarif';
import { plural, stylish } from './report/stylish';
import type { ActiveSeverity } from './service/types';

const USAGE = `Usage: outreach-lint [options] <file|folder|glob>...
       outreach-lint [options] --stdin [--stdin-filename <path>]

Lints outreach templates (*.outreach.hbs, *.outreach). Folders are searched recursively.

Output:
  --format <name>           stylish  readable report with a summary (default)
                            json     one JSON array of files and their diagnostics
                            sarif    SARIF 2.1.0, for code scanning (GitHub, Azure DevOps, …)
                            github   GitHub Actions annotations (::warning file=…::…)
  -o, --output-file <path>  Write the report to a file instead of stdout
  --quiet                   Report errors only
  --min-severity <level>    Report findings of this severity and above: hint, info, warning, error
  --color, --no-color       Force colour on or off (default: on for a terminal; FORCE_COLOR, NO_COLOR)

Input:
  --stdin                   Lint the text on standard input
  --stdin-filename <path>   The path that text stands for (its config applies; the report names it)
  --ignore-pattern <glob>   Skip templates matching this gitignore-style pattern (repeatable)
  --no-ignore               Lint everything named: no .outreachignore, no patterns, dot-folders included
  --config <file>           Use this .outreachrc.json instead of the nearest one

Contacts:
  --data <file>             Render each template for every contact in this list (CSV with , or ;, or a JSON
                            array) and report each row that breaks it (an error, on the template line)
  --render <file>           Write each contact's rendered subject and body to this .csv or .jsonl file,
                            only when no row breaks
  --render-broken           With --render, write every row, with a problems column flagging broken ones

Fixing and exit:
  --fix                     Apply safe fixes in place, then report what is left
  --fix-dry-run             Show what --fix would change (a diff per file) without writing
  --max-warnings <n>        Exit 1 when more than n warnings are reported

  -h, --help                Show this help
  -v, --version             Show the version

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage or internal error.
Reports go to stdout; messages and progress (on a terminal) go to stderr.

Examples:
  outreach-lint templates/
  outreach-lint --format github --max-warnings 0 templates/
  cat draft.outreach.hbs | outreach-lint --stdin --stdin-filename templates/draft.outreach.hbs
  outreach-lint --data contacts.csv --render merged.csv templates/coffee-chat.outreach.hbs`;

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];
const SEVERITY_ORDER: readonly ActiveSeverity[] = ['hint', 'info', 'warning', 'error'];
/** With at least this many templates, a terminal shows how far linting has got. */
const PROGRESS_MIN_FILES = 20;
/** How many skipped templates the skip notice names before it counts the rest. */
const SKIPPED_NAMED = 5;

async function main(argv: string[]): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        'output-file': { type: 'string', short: 'o' },
        quiet: { type: 'boolean', default: false },
        'min-severity': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        'ignore-pattern': { type: 'string', multiple: true, default: [] },
        'no-ignore': { type: 'boolean', default: false },
        config: { type: 'string' },
        data: { type: 'string' },
        render: { type: 'string' },
        'render-broken': { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
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
  const minSeverity = values.quiet ? 'error' : (values['min-severity'] ?? 'hint');
  if (!(SEVERITY_ORDER as readonly string[]).includes(minSeverity)) return usageError(`Unknown severity "${minSeverity}"; use ${SEVERITY_ORDER.join(', ')}.`);
  if (values.color && values['no-color']) return usageError('Give --color or --no-color, not both.');
  if (values['stdin-filename'] !== undefined && !values.stdin) return usageError('--stdin-filename goes with --stdin.');
  if (values.fix && values['fix-dry-run']) return usageError('Give --fix or --fix-dry-run, not both.');
  if (values.stdin && values.fix) return usageError('--fix cannot write to standard input; lint the file itself to fix it.');
  if (values.stdin && positionals.length > 0) return usageError('Give --stdin or files, not both.');
  if (!values.stdin && positionals.length === 0) return usageError('Give at least one file, folder or glob (or --stdin).');
  if (values.render !== undefined && values.data === undefined) return usageError('--render goes with --data.');
  if (values['render-broken'] && values.render === undefined) return usageError('--render-broken goes with --render.');
  if (values.render !== undefined && !(RENDER_FORMATS as readonly string[]).includes(extname(values.render).toLowerCase())) {
    return usageError(`--render writes ${RENDER_FORMATS.join(' or ')}; name the file accordingly.`);
  }

  const ignore = { enabled: !values['no-ignore'], patterns: values['ignore-pattern'] };
  const linted: LintedTemplate[] = [];
  // Without --data, a template that names its own list in the front matter (`data: ./contacts.csv`) is checked against it.
  const onLinted = (template: LintedTemplate): void => {
    if (values.data !== undefined || template.document.frontMatter.data?.file) linted.push(template);
  };
  let result;
  if (values.stdin) {
    result = lintStdin(readFileSync(0, 'utf8'), values['stdin-filename'], { configFile: values.config, ignore, fix: values['fix-dry-run'] ? 'dry-run' : undefined, onLinted });
  } else {
    const progress = process.stderr.isTTY ? progressLine() : undefined;
    try {
      const fix = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined;
      result = lintFiles(positionals, { fix, configFile: values.config, ignore, onProgress: progress?.update, onLinted });
    } finally {
      progress?.clear();
    }
  }
  if (result.unmatched.length > 0) {
    return usageError(result.unmatched.map((pattern) => `No outreach templates match "${pattern}".`).join('\n'));
  }
  if (result.skipped.length > 0) process.stderr.write(skipNotice(result.skipped));
  if (result.allSkipped.length > 0) {
    return usageError(result.allSkipped.map((input) => `Every template under "${input}" is ignored; use --no-ignore to lint them.`).join('\n'));
  }

  const lists = values.data !== undefined ? new Map([[values.data, linted]]) : ownContactLists(linted);
  for (const [list, templates] of lists) {
    let contacts: ContactsResult;
    try {
      contacts = await checkContacts(list, templates, { render: values.render, renderBroken: values['render-broken'] });
    } catch (error) {
      if (error instanceof ContactsUsageError) return usageError(error.message);
      throw error;
    }
    process.stderr.write(contactsNotice(contacts, templates.length, values.render, values.data === undefined ? list : undefined));
  }

  const shown = SEVERITY_ORDER.slice(SEVERITY_ORDER.indexOf(minSeverity as ActiveSeverity));
  const reports = result.reports.map((report) => ({ ...report, diagnostics: report.diagnostics.filter((diagnostic) => shown.includes(diagnostic.severity)) }));
  const outputFile = values['output-file'];
  const color = values.color ?? (values['no-color'] ? false : outputFile === undefined && colorByDefault());
  const report =
    format === 'json'
      ? jsonReport(reports)
      : format === 'sarif'
        ? `${JSON.stringify(toSarif({ reports, customRules: result.customRules, version: packageVersion(), cwd: process.cwd() }), null, 2)}\n`
        : format === 'github'
          ? githubAnnotations(reports)
          : stylish(reports, { fixedFiles: result.fixedFiles, dryRun: values['fix-dry-run'], color });
  if (outputFile === undefined) {
    process.stdout.write(report);
  } else {
    try {
      writeFileSync(outputFile, report);
    } catch (error) {
      process.stderr.write(`outreach-lint: cannot write the report to ${outputFile}: ${(error as Error).message}\n`);
      return 2;
    }
  }

  const count = (severity: ActiveSeverity): number => reports.reduce((sum, each) => sum + each.diagnostics.filter((d) => d.severity === severity).length, 0);
  const warnings = count('warning');
  if (count('error') > 0) return 1;
  if (warnings > maxWarnings) {
    process.stderr.write(`outreach-lint: ${warnings} warnings is more than --max-warnings ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

/** How many contacts were checked and broke, and what became of the --render file. */
function contactsNotice({ rows, brokenRows, rendered }: ContactsResult, templates: number, render: string | undefined, list?: string): string {
  const outcome = brokenRows === 0 ? 'none breaks' : `${brokenRows} ${brokenRows === 1 ? 'breaks' : 'break'}`;
  const checked = `outreach-lint: checked ${rows} ${plural(rows, 'contact')}${list === undefined ? '' : ` of ${list}`} against ${templates} ${plural(templates, 'template')}: ${outcome} ${templates === 1 ? 'it' : 'them'}.`;
  if (render === undefined) return `${checked}\n`;
  return `${checked}\n${rendered ? `outreach-lint: wrote ${rendered}.` : `outreach-lint: did not write ${render}: fix the broken rows, or add --render-broken to write them flagged.`}\n`;
}

/** Colour for a terminal, unless NO_COLOR says no; FORCE_COLOR (other than 0 or false) says yes anywhere. */
function colorByDefault(): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return process.stdout.isTTY === true && !process.env.NO_COLOR;
}

/** Names what an ignore rule or a dot-folder kept out of the run, so nothing is skipped silently. */
function skipNotice(skipped: LintFilesResult['skipped']): string {
  const named = skipped.slice(0, SKIPPED_NAMED).map(({ file, reason }) => `  ${file} (${reason === 'dot-folder' ? 'in a dot-folder' : reason})`);
  const more = skipped.length > SKIPPED_NAMED ? [`  and ${skipped.length - SKIPPED_NAMED} more`] : [];
  return `outreach-lint: skipped ${skipped.length} ${plural(skipped.length, 'template')} (--no-ignore lints them):\n${[...named, ...more].join('\n')}\n`;
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


main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`outreach-lint: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
