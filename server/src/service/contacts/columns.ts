/** Which column of a contact list fills which placeholder: headers that are placeholder paths, the front matter's `data.columns`, and near misses to suggest. */
import { closest } from '../document/didYouMean';
import type { OutreachDocument } from '../document/document';
import { mapColumnEdit } from '../fixes/edits';
import type { Fix, OffsetRange } from '../types';

/** A placeholder path the template reads that no column fills. */
export interface MissingColumn {
  path: string;
  /** Where the template first reads it. */
  range: OffsetRange;
  /** A header that looks like the path (`First Name` for `recipient.firstName`), to map under `data.columns`. */
  lookalike?: string;
}

export interface ColumnMapping {
  /** For each column (by index), the placeholder path its cells fill; undefined for a column no placeholder reads. */
  paths: readonly (string | undefined)[];
  /** Values every row shares: the sender's own fields, taken from their `variables` samples when no column has them. */
  shared: ReadonlyMap<string, unknown>;
  missing: MissingColumn[];
  /** The columns that name a contact in messages: an email column, else a name (or first and last name). */
  identity: readonly number[];
}

/** The sender is the same on every row: their fields come from the front matter's samples unless the list has them. */
const SHARED_PREFIX = 'sender.';
const PLAIN_PATH = /^[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)*$/;

/** `First Name`, `first_name` and `firstName` all become `firstname`. */
export function normalizedColumn(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Maps `headers` to the placeholders of `document`: a header that is a placeholder path maps as it is, `columns`
 * (header → path, from `data.columns`) maps the rest. A path the template reads that nothing fills is missing.
 */
export function mapColumns(document: OutreachDocument, headers: readonly string[], columns: ReadonlyMap<string, string> = new Map()): ColumnMapping {
  const paths = headers.map((header) => columns.get(header) ?? columns.get(header.trim()) ?? (PLAIN_PATH.test(header.trim()) ? header.trim() : undefined));
  const filled = new Set(paths.filter((path): path is string => path !== undefined));
  const fills = (path: string): boolean => filled.has(path) || [...filled].some((candidate) => candidate.startsWith(`${path}.`));
  const shared = new Map<string, unknown>();
  const missing: MissingColumn[] = [];
  for (const [path, range] of readPaths(document)) {
    if (fills(path)) continue;
    const sample = document.frontMatter.variables?.get(path)?.sample;
    if (path.startsWith(SHARED_PREFIX) && sample !== undefined && sample !== null && String(sample).trim() !== '') {
      shared.set(path, sample);
      continue;
    }
    missing.push({ path, range, lookalike: lookalikeHeader(path, headers, paths) });
  }
  return { paths, shared, missing, identity: identityColumns(headers) };
}

/** The quick fix for a missing column with a look-alike header: map that header to the path under `data.columns`. Not safe: the look-alike is a guess. */
export function mapColumnFixes(document: OutreachDocument, missing: MissingColumn): Fix[] {
  if (missing.lookalike === undefined) return [];
  const edit = mapColumnEdit(document.text, document.frontMatter, missing.lookalike, missing.path);
  return edit ? [{ title: `Map column \`${missing.lookalike}\` to \`${missing.path}\``, edits: [edit], safe: false }] : [];
}

/** Every root-scope path the body and the subject read (rendered, tested by `{{#if}}` or iterated), where it is first read. */
function readPaths(document: OutreachDocument): Map<string, OffsetRange> {
  const read = new Map<string, OffsetRange>();
  for (const placeholder of [...document.subjectPlaceholders, ...document.placeholders]) {
    if (placeholder.rootScope && PLAIN_PATH.test(placeholder.path) && !read.has(placeholder.path)) read.set(placeholder.path, placeholder.range);
  }
  return read;
}

/** An unmapped header equal to the path or its last part once case, spaces and punctuation are ignored, else one a typo away. */
function lookalikeHeader(path: string, headers: readonly string[], paths: readonly (string | undefined)[]): string | undefined {
  const free = headers.filter((_, index) => paths[index] === undefined || paths[index] === headers[index]?.trim());
  const last = path.slice(path.lastIndexOf('.') + 1);
  const wanted = new Set([normalizedColumn(path), normalizedColumn(last)]);
  return free.find((header) => wanted.has(normalizedColumn(header))) ?? closest(path, free) ?? closest(last, free);
}

/** An email column; else a name column; else first and last name together. */
function identityColumns(headers: readonly string[]): number[] {
  const names = headers.map(normalizedColumn);
  const email = names.findIndex((name) => name.includes('email'));
  if (email >= 0) return [email];
  const name = names.findIndex((candidate) => candidate === 'name' || candidate.endsWith('fullname'));
  if (name >= 0) return [name];
  return [names.findIndex((candidate) => candidate.endsWith('firstname')), names.findIndex((candidate) => candidate.endsWith('lastname'))].filter((index) => index >= 0);
}
