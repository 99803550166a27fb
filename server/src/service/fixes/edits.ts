import { isMap, isScalar, type Scalar } from 'yaml';
import { lineBreakOf } from '../document/characters';
import type { OutreachDocument } from '../document/document';
import { parseFrontMatter, type FrontMatter } from '../document/frontMatter';
import type { OffsetEdit, OffsetRange } from '../types';

/** Applies non-overlapping edits to a text (in any order); later edits at the same offset follow earlier ones. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.range.start - a.edit.range.start || b.index - a.index);
  let result = text;
  for (const { edit } of ordered) result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  return result;
}

/** Inserts `clause` as a sentence of its own right after `offset`, the end of a sentence. */
export function insertSentenceEdit(offset: number, clause: string, snippet?: string): OffsetEdit {
  const edit: OffsetEdit = { range: { start: offset, end: offset }, newText: ` ${clause}` };
  if (snippet !== undefined) edit.snippet = ` ${snippet}`;
  return edit;
}

/**
 * What to delete to remove a sentence (or a run of them) cleanly: with the spaces after it (or before it, at a line
 * end), or, when it is a paragraph of its own, the whole line and one of the blank lines around it.
 */
export function sentenceRemoval(document: OutreachDocument, sentence: OffsetRange): OffsetRange {
  const { text } = document;
  const lineStart = Math.max(text.lastIndexOf('\n', sentence.start - 1) + 1, document.bodyStart);
  const lineEnd = lineEndAt(text, sentence.end);
  const aloneOnLine = !text.slice(lineStart, sentence.start).trim() && !text.slice(sentence.end, lineEnd).trim();
  if (!aloneOnLine) return inlineSentenceRemoval(document, sentence);
  const nextLine = afterLineBreak(text, lineEnd);
  // A paragraph of its own: drop its line and the blank line after it, so paragraphs stay one blank line apart.
  const blankAfter = nextLine < text.length && !text.slice(nextLine, lineEndAt(text, nextLine)).trim();
  return { start: lineStart, end: blankAfter ? afterLineBreak(text, lineEndAt(text, nextLine)) : nextLine };
}

/** The sentence with the spaces after it (or before it, at a line end), its line kept even when that leaves it empty. */
export function inlineSentenceRemoval(document: OutreachDocument, sentence: OffsetRange): OffsetRange {
  const { text } = document;
  let end = sentence.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  let start = sentence.start;
  if (end === text.length || text[end] === '\n' || text[end] === '\r') {
    end = sentence.end;
    while (start > document.bodyStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  }
  return { start, end };
}

/** Offset of the line break (or text end) that ends the line holding `offset`. */
function lineEndAt(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

function afterLineBreak(text: string, lineEnd: number): number {
  if (text.startsWith('\r\n', lineEnd)) return lineEnd + 2;
  return lineEnd < text.length ? lineEnd + 1 : lineEnd;
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

/**
 * Maps the contact-list column `header` to the placeholder `path` under the front matter's `data.columns`: a new line
 * at the end of that map, else a `columns:` map under `data` (a `data: ./contacts.csv` string becomes `file:` beside
 * it), else a `data:` map (and the front matter itself when there is none). The file's indentation and line breaks are
 * kept and the header is quoted when YAML needs it. Undefined when the front matter is not block YAML this can add to,
 * or when the result would not read back as that mapping with the same list file.
 */
export function mapColumnEdit(text: string, frontMatter: FrontMatter, header: string, path: string): OffsetEdit | undefined {
  const edit = mapColumnInsertion(text, frontMatter, header, path);
  if (!edit) return undefined;
  const after = parseFrontMatter(applyEdits(text, [edit]));
  const problems = after.problems.length > frontMatter.problems.length;
  return !problems && after.data?.columns.get(header) === path && after.data.file?.value === frontMatter.data?.file?.value ? edit : undefined;
}

function mapColumnInsertion(text: string, frontMatter: FrontMatter, header: string, path: string): OffsetEdit | undefined {
  const eol = lineBreakOf(text);
  const entry = `${yamlKey(header)}: ${path}`;
  if (!frontMatter.present) {
    if (/^\uFEFF?---/.test(text)) return undefined;
    const start = text.startsWith('\uFEFF') ? 1 : 0;
    return { range: { start, end: start }, newText: `---${eol}data:${eol}  columns:${eol}    ${entry}${eol}---${eol}` };
  }
  const base = frontMatter.contentRange.start;
  const unit = /^( +)\S/m.exec(text.slice(base, frontMatter.contentRange.end))?.[1] ?? '  ';
  const root = frontMatter.yaml?.contents;
  const dataPair = isMap(root) ? root.items.find((pair) => isScalar(pair.key) && pair.key.value === 'data') : undefined;
  if (!dataPair) {
    if (root !== null && root !== undefined && !(isMap(root) && !root.flow) && !(isScalar(root) && root.value === null)) return undefined;
    const at = frontMatter.contentRange.end;
    return { range: { start: at, end: at }, newText: `data:${eol}${unit}columns:${eol}${unit}${unit}${entry}${eol}` };
  }
  const dataKey = dataPair.key;
  const data = dataPair.value;
  if (!isScalar(dataKey) || !dataKey.range) return undefined;
  const dataIndent = indentAt(text, base + dataKey.range[0]);
  if (dataIndent === undefined) return undefined;
  if (isScalar(data) && typeof data.value === 'string' && data.range) {
    // `data: ./contacts.csv` becomes a map: the path (and any comment after it) as `file:`, then `columns:`.
    const valueStart = base + data.range[0];
    const lineEnd = lineEndAt(text, valueStart);
    if (lineEnd < base + data.range[1]) return undefined;
    const inner = dataIndent + unit;
    return {
      range: { start: base + dataKey.range[1], end: lineEnd },
      newText: `:${eol}${inner}file: ${text.slice(valueStart, lineEnd)}${eol}${inner}columns:${eol}${inner}${unit}${entry}`,
    };
  }
  const columnsPair = isMap(data) ? data.items.find((pair) => isScalar(pair.key) && pair.key.value === 'columns') : undefined;
  if (!columnsPair) {
    const place = blockMapEnd(text, base, dataKey, data, dataIndent + unit);
    return place && { range: { start: place.offset, end: place.offset }, newText: `${place.indent}columns:${eol}${place.indent}${unit}${entry}${eol}` };
  }
  if (!isScalar(columnsPair.key) || !columnsPair.key.range) return undefined;
  const columnsIndent = indentAt(text, base + columnsPair.key.range[0]);
  const place = columnsIndent === undefined ? undefined : blockMapEnd(text, base, columnsPair.key, columnsPair.value, columnsIndent + unit);
  return place && { range: { start: place.offset, end: place.offset }, newText: `${place.indent}${entry}${eol}` };
}

/**
 * Where a new entry of a block map goes and at what indentation: the start of the line after its last entry, at its
 * keys' indentation; for a key with no value yet, the line after the key, at `childIndent`.
 */
function blockMapEnd(text: string, base: number, key: Scalar, value: unknown, childIndent: string): { offset: number; indent: string } | undefined {
  let lastLineEnd: number;
  let indent = childIndent;
  if (isMap(value) && !value.flow && value.items.length > 0) {
    const firstKey = value.items[0]?.key;
    if (!isScalar(firstKey) || !firstKey.range) return undefined;
    const found = indentAt(text, base + firstKey.range[0]);
    if (found === undefined) return undefined;
    indent = found;
    lastLineEnd = lineEndBefore(text, base + (value.range?.[1] ?? firstKey.range[1]));
  } else if ((value === null || (isScalar(value) && value.value === null && !value.source)) && key.range) {
    lastLineEnd = lineEndBefore(text, base + key.range[1]);
  } else {
    return undefined;
  }
  const next = text.startsWith('\r\n', lastLineEnd) ? lastLineEnd + 2 : text[lastLineEnd] === '\n' || text[lastLineEnd] === '\r' ? lastLineEnd + 1 : -1;
  return next < 0 ? undefined : { offset: next, indent };
}

/** The spaces before the key at `offset`, when only spaces precede it on its line. */
function indentAt(text: string, offset: number): string | undefined {
  const indent = text.slice(lineStartAt(text, offset), offset);
  return /^[ \t]*$/.test(indent) ? indent : undefined;
}

/** A column header as a YAML key: plain when it reads back as the same string, else double-quoted. */
function yamlKey(header: string): string {
  return /^[A-Za-z][\w-]*$/.test(header) && !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(header) ? header : JSON.stringify(header);
}
