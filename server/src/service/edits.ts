import type { OffsetEdit } from './types';

/** Applies non-overlapping edits to a text (in any order); later edits at the same offset follow earlier ones. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.range.start - a.edit.range.start || b.index - a.index);
  let result = text;
  for (const { edit } of ordered) result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  return result;
}

/** Inserts `clause` as a sentence of its own right after `offset`, the end of a sentence. */
export function insertSentenceEdit(offset: number, clause: string, snippet?: string): OffsetEdit {
  return { range: { start: offset, end: offset }, newText: ` ${clause}`, snippet: snippet === undefined ? undefined : ` ${snippet}` };
}
