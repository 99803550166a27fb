/**
 * Patterns and helpers for the replies a sender writes after first contact — declines, thank-you notes
 * and follow-ups — shared by decline-*, thanks-* and pushy-follow-up.
 */
import { declarePlaceholders } from '../fixes/clauseFixes';
import type { OutreachDocument, Sentence } from '../document/document';
import { clauseSnippet, type PhraseCategory } from '../config/phrases';
import type { RuleContext } from '../rules/rule';
import type { Fix, OffsetEdit, OffsetRange, TemplateKind } from '../types';

const APOSTROPHE = `['’]`;

/** The sentence that says no: "I can't make it", "I'll have to pass", "Unfortunately…", "I'm not taking on…". */
const SAYS_NO = new RegExp(
  [
    String.raw`\b(?:can(?:no|${APOSTROPHE})t|cannot|won${APOSTROPHE}t(?: be able to)?|will not(?: be able to)?|(?:am|${APOSTROPHE}m|are|${APOSTROPHE}re|is) (?:not |un)able to|unable to|not able to|(?:have|need|going) to|${APOSTROPHE}ll have to|must) (?:pass|decline|say (?:no|yes)|turn (?:this|it) down|take (?:this|it|the|that) on|make (?:it|the|this|that)|join|meet|accept|commit|include|help with|give)`,
    String.raw`\b(?:decline|declining|pass on|say no|saying no|turn(?:ing)? down)\b`,
    String.raw`\bsends? (?:\w+ )?regrets\b`,
    String.raw`\b(?:i${APOSTROPHE}m|i am|we${APOSTROPHE}re|we are) (?:currently |just )?not (?:looking|taking|accepting|in a position|available|able|interested|the right)`,
    String.raw`\b(?:unfortunately|regretfully|i${APOSTROPHE}m afraid|i am afraid|sadly)\b`,
    String.raw`\bno longer (?:taking|accepting|doing|able)\b|\b(?:i|we)(?:${APOSTROPHE}ll| will) pass(?= *[.!,;—–]| on (?:this|it|that)\b| for now| this time)|\bnot (?:be )?(?:a )?good use of\b|\bno,? thank(?:s| you)\b|\bnot interested\b|\bnot (?:the )?(?:right|good|best) time\b`,
  ].join('|'),
  'i',
);

/** The sentence of a decline that says no, if one does. */
export function declineSentence(sentences: readonly Sentence[]): Sentence | undefined {
  return sentences.find((sentence) => SAYS_NO.test(sentence.text));
}

/** Where a whole-reply finding goes: the given sentence, else the first body sentence (a reply's "ask" is no anchor). */
export function replyAnchor(context: RuleContext, sentence: Sentence | undefined): OffsetRange {
  return sentence?.range ?? context.analysis.bodySentences[0]?.range ?? context.messageAnchor();
}

/** The sentence of a thank-you note that thanks the recipient, if one does. */
export function thanksSentence(sentences: readonly Sentence[]): Sentence | undefined {
  return sentences.find((sentence) => /\b(?:thank|thanks|grateful|appreciate)/i.test(sentence.text));
}

/** Quick fixes inserting each of the first clauses of a phrase category (written for `kind`) at one edit position. */
export function clauseFixes(
  context: RuleContext,
  category: PhraseCategory,
  kind: TemplateKind,
  title: string,
  edit: (clause: string, snippet: string) => OffsetEdit,
): Fix[] {
  return context.phrases
    .inCategory(category, kind)
    .slice(0, 3)
    .map((entry, index) => declarePlaceholders(context, { title: `${title}: “${entry.label}”`, edits: [edit(entry.text, clauseSnippet(entry.text))], preferred: index === 0 }));
}

/** Inserts a clause as a new sentence right after `sentence`. */
export function afterSentence(sentence: Sentence): (clause: string, snippet: string) => OffsetEdit {
  const at = sentence.range.end;
  return (clause, snippet) => ({ range: { start: at, end: at }, newText: ` ${clause}`, snippet: ` ${snippet}` });
}

/** Inserts a clause as a new sentence right before `sentence`. */
export function beforeSentence(sentence: Sentence): (clause: string, snippet: string) => OffsetEdit {
  const at = sentence.range.start;
  return (clause, snippet) => ({ range: { start: at, end: at }, newText: `${clause} `, snippet: `${snippet} ` });
}

/** Replaces `sentence` with the clause. */
export function replacingSentence(sentence: Sentence): (clause: string, snippet: string) => OffsetEdit {
  return (clause, snippet) => ({ range: sentence.range, newText: clause, snippet });
}

/**
 * What to delete to remove a sentence cleanly: with the spaces after it (or before it, at a line end),
 * or, when it is a paragraph of its own, the whole line and one of the blank lines around it.
 */
export function cleanSentenceRemoval(document: OutreachDocument, sentence: Sentence): OffsetRange {
  const { text } = document;
  const lineStart = Math.max(text.lastIndexOf('\n', sentence.range.start - 1) + 1, document.bodyStart);
  const lineEnd = lineEndAt(text, sentence.range.end);
  const aloneOnLine = !text.slice(lineStart, sentence.range.start).trim() && !text.slice(sentence.range.end, lineEnd).trim();
  if (!aloneOnLine) return inlineRemoval(document, sentence);
  const nextLine = afterLineBreak(text, lineEnd);
  // A paragraph of its own: drop its line and the blank line after it, so paragraphs stay one blank line apart.
  const blankAfter = nextLine < text.length && !text.slice(nextLine, lineEndAt(text, nextLine)).trim();
  return { start: lineStart, end: blankAfter ? afterLineBreak(text, lineEndAt(text, nextLine)) : nextLine };
}

function inlineRemoval(document: OutreachDocument, sentence: Sentence): OffsetRange {
  const { text } = document;
  let end = sentence.range.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  let start = sentence.range.start;
  if (end === text.length || text[end] === '\n' || text[end] === '\r') {
    end = sentence.range.end;
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

/** Whether a placeholder path names content the author fills in per message (e.g. `{{meeting.advice}}`). */
export function hasPlaceholder(document: OutreachDocument, path: RegExp): boolean {
  return document.placeholders.some((placeholder) => path.test(placeholder.path));
}
