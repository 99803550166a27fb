/**
 * File-system side of the contacts check (`outreach-lint --data contacts.csv`): streams the contact list (CSV with a
 * comma or semicolon, or a JSON array), runs each linted template's check on every row, adds the findings to the
 * template's report, and with `--render` writes what each contact would get.
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parse } from 'csv-parse';
import { parse as parseJson, type ParseError } from 'jsonc-parser';
import { toReported, type FileReport } from './lintFiles';
import { resolveOptions } from './service/config/settings';
import { createContactCheck, type ContactCheck, type ContactOutcome, type ContactRow } from './service/contacts/check';
import type { OutreachDocument } from './service/document/document';
import type { LintSettings } from './service/lint';
import { subject as subjectRule } from './service/rules/subject';

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

/** A contact list that cannot be read or parsed (with its file and line), or a `--render` file that cannot be written: a usage error. */
export class ContactsUsageError extends Error {}

export const RENDER_FORMATS = ['.csv', '.jsonl'] as const;

interface ContactList {
  headers: string[];
  rows: AsyncIterable<ContactRow>;
}

/** Checks every template against every row of `dataFile` and adds the findings to each template's report. */
export async function checkContacts(dataFile: string, templates: readonly LintedTemplate[], options: ContactsOptions = {}): Promise<ContactsResult> {
  const list = await openContactList(dataFile);
  const checks = templates.map((template) => ({
    template,
    check: createContactCheck(template.document, list.headers, { subjectMaxLength: subjectMaxLength(template) }, template.document.frontMatter.data?.columns),
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

function appendFindings({ report, document }: LintedTemplate, check: ContactCheck): void {
  report.diagnostics.push(...check.findings().map((finding) => toReported(document, finding)));
  report.diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The `subject` rule's `maxLength` for this template, as its config sets it. */
function subjectMaxLength({ document, settings }: LintedTemplate): number {
  return resolveOptions(subjectRule.meta, settings.config, document.frontMatter.kind).maxLength ?? 60;
}

/** A `.json` file is an array of objects, read whole; anything else is CSV, streamed, with the delimiter its header line uses. */
async function openContactList(file: string): Promise<ContactList> {
  return extname(file).toLowerCase() === '.json' ? jsonContactList(file) : csvContactList(file);
}

async function csvContactList(file: string): Promise<ContactList> {
  const parser = parse({ bom: true, delimiter: headerDelimiter(firstLine(file)), skip_empty_lines: true });
  const input = createReadStream(file);
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const next = async (): Promise<IteratorResult<string[]>> => {
    try {
      return await records.next();
    } catch (error) {
      throw csvError(file, error);
    }
  };
  const header = await next();
  if (header.done) throw new ContactsUsageError(`${file}: the contact list is empty.`);
  // Rows are numbered as a spreadsheet shows them: the header is row 1.
  async function* rows(): AsyncGenerator<ContactRow> {
    let number = 1;
    for (let record = await next(); !record.done; record = await next()) yield { number: ++number, cells: record.value };
  }
  return { headers: header.value, rows: rows() };
}

/** The file's first line (up to 64 KB), for the delimiter; a file that cannot be opened is a usage error here. */
function firstLine(file: string): string {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    const buffer = Buffer.alloc(64 * 1024);
    const length = readSync(descriptor, buffer, 0, buffer.length, 0);
    return buffer.toString('utf8', 0, length).split(/\r?\n|\r/)[0] ?? '';
  } catch (error) {
    throw new ContactsUsageError(`Cannot read the contact list ${file}: ${(error as Error).message}`);
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** `;` when the header line has more semicolons than commas outside quotes (as spreadsheets write CSV in many locales), else `,`. */
function headerDelimiter(line: string): ',' | ';' {
  const unquoted = line.replace(/"(?:[^"]|"")*"?/g, '');
  const count = (char: string): number => unquoted.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function csvError(file: string, error: unknown): ContactsUsageError {
  const { message, lines } = error as { message?: string; lines?: number };
  if (typeof lines === 'number') return new ContactsUsageError(`${file}:${lines}: ${message ?? String(error)}`);
  return new ContactsUsageError(`Cannot read the contact list ${file}: ${message ?? String(error)}`);
}

/** A JSON array of objects; nested objects give dotted columns (`{"recipient": {"firstName": …}}` → `recipient.firstName`). */
function jsonContactList(file: string): ContactList {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new ContactsUsageError(`Cannot read the contact list ${file}: ${(error as Error).message}`);
  }
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch (error) {
    throw new ContactsUsageError(`${file}${jsonErrorLine(text)}: ${(error as Error).message}`);
  }
  if (!Array.isArray(items)) throw new ContactsUsageError(`${file}: a JSON contact list is an array of objects, one per contact.`);
  const flattened = items.map((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new ContactsUsageError(`${file}: item ${index + 1} is not an object; a JSON contact list is an array of objects, one per contact.`);
    return flatten(item as Record<string, unknown>);
  });
  const headers = [...new Set(flattened.flatMap((item) => [...item.keys()]))];
  async function* rows(): AsyncGenerator<ContactRow> {
    for (const [index, item] of flattened.entries()) yield { number: index + 1, cells: headers.map((header) => item.get(header)) };
  }
  return { headers, rows: rows() };
}

function flatten(object: Record<string, unknown>, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(object)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) flatten(value as Record<string, unknown>, `${prefix}${key}.`, into);
    else into.set(`${prefix}${key}`, value);
  }
  return into;
}

/** ":3" for the line of the first syntax error (JSON.parse does not always say where it stopped; jsonc-parser does). */
function jsonErrorLine(text: string): string {
  const errors: ParseError[] = [];
  parseJson(text, errors, { disallowComments: true, allowTrailingComma: false });
  const offset = errors[0]?.offset;
  return offset === undefined ? '' : `:${text.slice(0, offset).split('\n').length}`;
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
