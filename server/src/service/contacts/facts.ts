/**
 * Columns of a contact list that set front-matter facts the rules read (`recipient.seniority`, `recipient.sellsAdvice`,
 * `relationship`), so each contact is judged as who they are: a peer needs no easy out, an executive does.
 */
import type { FrontMatter } from '../document/frontMatter';
import { RELATIONSHIPS, SENIORITIES } from '../types';
import { normalizedColumn, type ColumnMapping } from './columns';

/** The front-matter fields a column can set for its row. */
export type FactKey = 'seniority' | 'sellsAdvice' | 'relationship';
export type FactOverrides = Partial<Pick<FrontMatter, FactKey>>;

interface FactSpec {
  key: FactKey;
  /** As the front matter writes it. */
  path: string;
  allowed: readonly string[];
  read: (cell: unknown) => FactOverrides[FactKey] | undefined;
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (cell: unknown): T | undefined =>
    values.find((value) => value === String(cell).trim().toLowerCase());

const FACTS: readonly FactSpec[] = [
  { key: 'seniority', path: 'recipient.seniority', allowed: SENIORITIES, read: oneOf(SENIORITIES) },
  { key: 'sellsAdvice', path: 'recipient.sellsAdvice', allowed: ['true', 'false'], read: (cell) => (typeof cell === 'boolean' ? cell : ({ true: true, false: false } as Record<string, boolean>)[String(cell).trim().toLowerCase()]) },
  { key: 'relationship', path: 'relationship', allowed: RELATIONSHIPS, read: oneOf(RELATIONSHIPS) },
];

/** A column that sets a fact, by its index in the row. */
export interface FactColumn {
  index: number;
  header: string;
  spec: FactSpec;
}

/**
 * The columns that set a fact: mapped to its path (the header itself, or under `data.columns`), or named after it once
 * case, spaces and punctuation are ignored (`Seniority`, `sells_advice`, `Recipient Seniority`). The first wins.
 */
export function factColumns(headers: readonly string[], mapping: ColumnMapping): FactColumn[] {
  const found: FactColumn[] = [];
  for (const spec of FACTS) {
    const names = new Set([normalizedColumn(spec.key), normalizedColumn(spec.path)]);
    const index = headers.findIndex((header, at) => {
      const path = mapping.paths[at];
      return path === spec.path || ((path ?? header.trim()) === header.trim() && names.has(normalizedColumn(header)));
    });
    if (index >= 0) found.push({ index, header: headers[index] ?? '', spec });
  }
  return found;
}

/** What one row's fact cells say: the fields that differ from the template's own, and the columns whose value is not allowed. */
export function rowFacts(columns: readonly FactColumn[], cells: readonly unknown[], frontMatter: FrontMatter): { overrides: FactOverrides; invalid: { column: FactColumn; value: string }[] } {
  const overrides: Record<string, unknown> = {};
  const invalid: { column: FactColumn; value: string }[] = [];
  for (const column of columns) {
    const cell = cells[column.index];
    if (cell === undefined || cell === null || String(cell).trim() === '') continue;
    const value = column.spec.read(cell);
    if (value === undefined) invalid.push({ column, value: String(cell).trim() });
    else if (value !== frontMatter[column.spec.key]) overrides[column.spec.key] = value;
  }
  return { overrides: overrides as FactOverrides, invalid };
}

/** How a set of overrides reads in a message: "`recipient.seniority: executive`, `relationship: warm`". */
export function factsLabel(overrides: FactOverrides): string {
  return FACTS.filter((spec) => overrides[spec.key] !== undefined)
    .map((spec) => `\`${spec.path}: ${String(overrides[spec.key])}\``)
    .join(', ');
}
