import { insertSentenceEdit } from './edits';
import { clauseSnippet, type PhraseCategory } from './phrases';
import type { RuleContext } from './rule';
import type { Fix, OffsetEdit } from './types';

/** Where a clause goes in the message. */
export type ClausePlacement =
  /** After the sentence where the sender introduces themselves; else just before the ask. */
  | 'after-introduction'
  /** Right after the ask sentence; else at the end of the message. */
  | 'after-ask'
  /** Just before the ask sentence; else at the end of the message. */
  | 'before-ask'
  /** At the end of the message, before the sign-off. */
  | 'end';

const MAX_ALTERNATIVES = 3;

/** Quick fixes that insert a clause of the phrase library (the first one preferred), placed as `placement` says. */
export function insertClauseFixes(context: RuleContext, category: PhraseCategory, placement: ClausePlacement, title: string): Fix[] {
  const entries = context.phrases.inCategory(category, context.document.frontMatter.kind).slice(0, MAX_ALTERNATIVES);
  return entries.map((entry, index) => ({
    title: `${title}: “${entry.label}”`,
    edits: [clauseInsertion(context, placement, entry.text)],
    preferred: index === 0,
  }));
}

export function clauseInsertion(context: RuleContext, placement: ClausePlacement, clause: string): OffsetEdit {
  const { analysis, document } = context;
  const snippet = clauseSnippet(clause);
  const after = (offset: number): OffsetEdit => insertSentenceEdit(offset, clause, snippet);
  const before = (offset: number): OffsetEdit => ({ range: { start: offset, end: offset }, newText: `${clause} `, snippet: `${snippet} ` });
  const ask = analysis.askSentence;
  switch (placement) {
    case 'after-introduction':
      if (analysis.senderIntroduction) return after(analysis.senderIntroduction.range.end);
      if (ask) return before(ask.range.start);
      break;
    case 'after-ask':
      if (ask) return after(ask.range.end);
      break;
    case 'before-ask':
      if (ask) return before(ask.range.start);
      break;
    case 'end':
      break;
  }
  return endOfMessage(document, clause, snippet);
}

/** A new paragraph after the last body line before the sign-off (or at the very end). */
function endOfMessage(document: RuleContext['document'], clause: string, snippet: string): OffsetEdit {
  const eol = /\r\n/.test(document.text) ? '\r\n' : '\n';
  const signOff = document.signOffLine;
  const lastContent = signOff !== undefined ? document.lines[signOff - 1] : document.lines[document.lines.length - 1];
  if (!lastContent || (signOff !== undefined && signOff === document.greetingLine)) {
    const offset = document.text.length;
    return { range: { start: offset, end: offset }, newText: `${eol}${clause}${eol}`, snippet: `${eol}${snippet}${eol}` };
  }
  const offset = lastContent.range.end;
  return { range: { start: offset, end: offset }, newText: `${eol}${eol}${clause}`, snippet: `${eol}${eol}${snippet}` };
}
