import { isMap, isScalar } from 'yaml';
import { lineBreakOf } from '../document/characters';
import type { FrontMatter } from '../document/frontMatter';
import type { OffsetEdit } from '../types';

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

/**
 * Declares `paths` under the front matter's `variables` map (one `path: "sample"` line each, at the end of the map),
 * so a clause that brings new placeholders does not leave them undeclared. Undefined when there is nothing to declare
 * or no block-style `variables` map to add to.
 */
export function declareVariablesEdit(text: string, frontMatter: FrontMatter, paths: readonly string[]): OffsetEdit | undefined {
  if (!paths.length) return undefined;
  const variables = frontMatter.yaml?.get('variables', true);
  const base = frontMatter.contentRange.start;
  const eol = lineBreakOf(text);
  const lines = (indent: string): string => paths.map((path) => `${indent}${path}: "${sampleValue(path)}"${eol}`).join('');
  // Whole lines at the start of the next line: an editor that re-indents the lines of a snippet edit (VS Code indents
  // every line after the first to the insertion line's indentation) leaves these as they are.
  const afterLine = (end: number): OffsetEdit | undefined => {
    const next = text.startsWith('\r\n', end) ? end + 2 : text[end] === '\n' || text[end] === '\r' ? end + 1 : -1;
    return next < 0 ? undefined : { range: { start: next, end: next }, newText: lines(indent) };
  };
  let indent = '  ';
  if (isMap(variables) && !variables.flow && variables.items.length > 0) {
    const firstKey = variables.items[0]?.key;
    if (!isScalar(firstKey) || !firstKey.range) return undefined;
    const keyStart = base + firstKey.range[0];
    indent = text.slice(lineStartAt(text, keyStart), keyStart);
    if (!/^[ \t]*$/.test(indent)) return undefined;
    return afterLine(lineEndBefore(text, base + (variables.range?.[1] ?? firstKey.range[1])));
  }
  if (isScalar(variables) && variables.value === null) {
    const contents = frontMatter.yaml?.contents;
    const key = isMap(contents) ? contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'variables')?.key : undefined;
    if (!isScalar(key) || !key.range) return undefined;
    return afterLine(lineEndBefore(text, base + key.range[1]));
  }
  return undefined;
}

/** A readable sample for a placeholder path: its last segment in words (`recipient.recentWork` → "recent work"). */
function sampleValue(path: string): string {
  const last = path.split('.').pop() ?? path;
  return last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase().trim() || 'sample';
}

function lineStartAt(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** The end of the last non-blank line at or before `offset` (block nodes' ranges end after their line break). */
function lineEndBefore(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  const next = text.slice(end).search(/\r|\n/);
  return next < 0 ? text.length : end + next;
}
