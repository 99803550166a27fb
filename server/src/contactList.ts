/**
 * Reading a contact list, for the CLI and the editor alike: CSV (comma or semicolon) streamed through csv-parse, or a
 * JSON array read whole. Rows come one at a time, so a list of any length is read in flat memory.
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse';
import { parse as parseJson, type ParseError } from 'jsonc-parser';
import type { ContactRow } from './service/contacts/check';

/** A contact list that cannot be read or parsed (with its file and line), or a `--render` file that cannot be written: a usage error. */
export class ContactsUsageError extends Error {}

export interface ContactList {
  headers: string[];
  rows: AsyncIterable<ContactRow>;
}

/** A `.json` file is an array of objects, read whole; anything else is CSV, streamed, with the delimiter its header line uses. */
export async function openContactList(file: string): Promise<ContactList> {
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
