/** Fix-all: every safe fix at once, re-linting until the text settles (one fix can make room for another). */
import { applyEdits } from './edits';
import type { Finding, OffsetEdit } from '../types';

const MAX_FIX_PASSES = 10;

/** The safe fixes of `findings` and of the texts they lead to, as edits on the original text. */
export function fixAllOffsetEdits(text: string, findings: readonly Finding[], lint: (text: string) => Finding[]): OffsetEdit[] {
  let current = text;
  let firstPass: OffsetEdit[] = [];
  let passes = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = safeEdits(pass === 0 ? findings : lint(current));
    if (edits.length === 0) break;
    if (pass === 0) firstPass = edits;
    current = applyEdits(current, edits);
    passes++;
  }
  if (passes <= 1) return firstPass;
  return current === text ? [] : [changedSpan(text, current)];
}

/** The first safe fix of each finding, skipping any that touches an edit already taken (the next pass gets it). */
function safeEdits(findings: readonly Finding[]): OffsetEdit[] {
  const taken: OffsetEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((candidate) => candidate.safe && candidate.preferred) ?? finding.fixes.find((candidate) => candidate.safe);
    if (!fix || fix.edits.length === 0) continue;
    const touches = fix.edits.some((edit) => taken.some((other) => edit.range.start <= other.range.end && other.range.start <= edit.range.end));
    if (!touches) taken.push(...fix.edits);
  }
  return taken;
}

/** A single replacement turning `before` into `after`, spanning only what differs. */
function changedSpan(before: string, after: string): OffsetEdit {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  // Never cut a surrogate pair in half.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isHighSurrogate(before.charCodeAt(before.length - 1 - suffix))) suffix--;
  return { range: { start: prefix, end: before.length - suffix }, newText: after.slice(prefix, after.length - suffix) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The text with every safe fix applied. */
export function applySafeFixes(text: string, findings: readonly Finding[], lint: (text: string) => Finding[]): string {
  return applyEdits(text, fixAllOffsetEdits(text, findings, lint));
}
