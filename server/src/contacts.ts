/**
 * File-system side of the contacts check (`outreach-lint --data contacts.csv`): streams the contact list (CSV with a
 * comma or semicolon, or a JSON array), runs each linted template's check on every row, adds the findings to the
 * template's report, and with `--render` writes what each contact would get.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { ContactsUsageError, openContactList } from './contactList';
import { toReported, type FileReport } from './lintFiles';
import { createContactCheck, type ContactCheck, type ContactOutcome, type ContactRow } from './service/contacts/check';
import { contactCheckOptions } from './service/contacts/options';
import type { OutreachDocument } from './service/document/document';
import { lintDocument, type LintSettings } from './service/lint';

/** A template the CLI linted, with what the contacts check needs of it. */
export interface LintedTemplate {
  report: FileReport;
  document: OutreachDocument;
  settings: LintSettings;
}

export interface ContactsOptions {
  /** Where to write each contact's rendered subject and body: a `.csv` or `.jsonl` file. */
  render?: string;
  /** Write the rendering even when rows break, with their problems in a column. */
  renderBroken?: boolean;
}

export interface ContactsResult {
  rows: number;
  brokenRows: number;
  /** The `--render` file, when it was written. */
  rendered?: string;
}

export { ContactsUsageError };

export const RENDER_FORMATS = ['.csv', '.jsonl'] as const;

/** Checks every template against every row of `dataFile` and adds the findings to each template's report. */
export async function checkContacts(dataFile: string, templates: readonly LintedTemplate[], options: ContactsOptions = {}): Promise<ContactsResult> {
  const list = await openContactList(dataFile);
  const checks = templates.map((template) => ({
    template,
    check: createContactCheck(
      template.document,
      list.headers,
      { ...contactCheckOptions(template.document, template.settings.config), lint: (document) => lintDocument(document, template.settings) },
      template.document.frontMatter.data?.columns,
    ),
  }));
  const output = options.render ? renderedOutput(options.render, list.headers, { severalTemplates: templates.length > 1, flagged: options.renderBroken === true }) : undefined;
  let rows = 0;
  let brokenRows = 0;
  try {
    for await (const row of list.rows) {
      rows++;
      let broken = false;
      for (const { template, check } of checks) {
        const outcome = check.check(row);
        if (outcome && outcome.problems.length > 0) broken = true;
        if (outcome) output?.write(row, template.report.file, outcome);
      }
      if (broken) brokenRows++;
    }
  } catch (error) {
    output?.discard();
    throw error;
  }
  if (rows === 0) {
    output?.discard();
    throw new ContactsUsageError(`${dataFile}: the contact list has no rows.`);
  }
  for (const { template, check } of checks) appendFindings(template, check);
  let rendered: string | undefined;
  if (output) {
    if (brokenRows === 0 || options.renderBroken) rendered = output.keep();
    else output.discard();
  }
  return { rows, brokenRows, ...(rendered ? { rendered } : {}) };
}

/** The templates that name their own list (`data.file`), by that list: its path relative to the template, shown relative to the working folder. */
export function ownContactLists(templates: readonly LintedTemplate[]): Map<string, LintedTemplate[]> {
  const lists = new Map<string, LintedTemplate[]>();
  for (const template of templates) {
    const file = template.document.frontMatter.data?.file?.value;
    if (file === undefined) continue;
    const absolute = resolve(dirname(template.report.file), file);
    const list = relative(process.cwd(), absolute) || absolute;
    lists.set(list, [...(lists.get(list) ?? []), template]);
  }
  return lists;
}

function appendFindings({ report, document }: LintedTemplate, check: ContactCheck): void {
  report.diagnostics.push(...check.findings().map((finding) => toReported(document, finding)));
  report.diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

interface RenderedOutput {
  write(row: ContactRow, template: string, outcome: ContactOutcome): void;
  /** Moves the written file into place and returns its path. */
  keep(): string;
  discard(): void;
}

/**
 * The `--render` file, written beside its destination as rows come and moved into place at the end, so a run that
 * finds broken rows leaves no half-written or stale-looking file. CSV gets the list's own columns, then the template
 * (with several), subject and body; `.jsonl` one object a line.
 */
function renderedOutput(destination: string, headers: readonly string[], { severalTemplates, flagged }: { severalTemplates: boolean; flagged: boolean }): RenderedOutput {
  const temporary = join(dirname(destination), `.${basename(destination)}.${process.pid}.outreach-render`);
  const jsonl = extname(destination).toLowerCase() === '.jsonl';
  let descriptor: number;
  try {
    descriptor = openSync(temporary, 'w');
  } catch (error) {
    throw new ContactsUsageError(`Cannot write ${destination}: ${(error as Error).message}`);
  }
  let pending = '';
  const flush = (): void => {
    writeSync(descriptor, pending);
    pending = '';
  };
  const add = (line: string): void => {
    pending += `${line}\n`;
    if (pending.length > 64 * 1024) flush();
  };
  const name = (wanted: string): string => (headers.includes(wanted) ? `rendered ${wanted}` : wanted);
  if (!jsonl) add([...headers, ...(severalTemplates ? [name('template')] : []), name('subject'), name('body'), ...(flagged ? [name('problems')] : [])].map(csvField).join(','));
  return {
    write(row, template, outcome) {
      if (jsonl) {
        const contact = Object.fromEntries(headers.map((header, index) => [header, row.cells[index] ?? null]));
        add(JSON.stringify({ row: row.number, ...(severalTemplates ? { template } : {}), contact, subject: outcome.subject, body: outcome.body, ...(flagged ? { problems: outcome.problems } : {}) }));
      } else {
        add([...headers.map((_, index) => row.cells[index]), ...(severalTemplates ? [template] : []), outcome.subject, outcome.body, ...(flagged ? [outcome.problems.join('; ')] : [])].map(csvField).join(','));
      }
    },
    keep() {
      flush();
      closeSync(descriptor);
      renameSync(temporary, destination);
      return destination;
    },
    discard() {
      closeSync(descriptor);
      rmSync(temporary, { force: true });
    },
  };
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function csvField(value: unknown): string {
  const text = value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
