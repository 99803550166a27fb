/** How a question list is read: its entries (one per list item or prose question) and the questions inside them. */
import type { BodyLine, OutreachDocument } from '../document/document';
import type { OffsetRange } from '../types';

/** One question, without its list marker, quotes or a leading "or". */
export interface Question {
  range: OffsetRange;
  /** The question as prose (placeholders are runs of `x`), curly apostrophes straightened. */
  text: string;
}

/** One prepared question: a top-level list item (with its follow-ups), or a question written as prose. */
export interface QuestionEntry {
  line: BodyLine;
  questions: Question[];
}

const LIST_MARKER = /^(\s*)(?:[-*•+–]|\d{1,3}[.)])\s+/;
const HEADING = /^\s*#{1,6}\s/;
/** Quotes, brackets and a connective ("or What is…?" offers alternative wording) are not part of the question. */
const LEADING_NOISE = /^(?:["“‘'(\[]|\s|(?:or|and|also)\s+(?=[A-Z]))+/;
const TRAILING_NOISE = /["”’')\]\s]+$/;
/** Sentence ends inside one line: after ? or !, or after a period that does not close an abbreviation ("e.g.", "Dr."). */
const SENTENCE_END = /(?<=[?!]["”’)]*)\s+|(?<=(?:^|[^A-Za-z.])[a-z]{2,}\.["”’)]*)\s+(?=["“‘(]?[A-Z])/g;
/** A list item written as a question without its question mark ("What led you to design"). */
const UNMARKED_QUESTION = /^(?:what|how|why|who|where|when|which)\b.*\byou/i;
/**
 * A list item that prompts for a story without a question mark: an imperative ("Walk me through…", "Describe a time…")
 * or a polite request ("Could you describe…", "I'd love to hear how…"). It is a prepared question all the same.
 */
const PROMPT =
  /^(?:(?:please\s+)?(?:(?:tell|walk|talk|take|run)\s+(?:me|us)\b|describe\s|explain\s|share\s+(?:how|what|why|when|where|which|who|a|an|one|the\s+story|your\s+(?:story|experience|thoughts|view|take))\b)|(?:could|can|would|will)\s+you\s+\w+.*\s|i(?:'d|\s+would)\s+(?:love|like|be\s+(?:curious|interested))\s+to\s+(?:hear|know|learn|understand)\s|(?:i'm|i\s+am)\s+curious\s+(?:about|how|what|why|whether|if)\s)/i;

const cache = new WeakMap<OutreachDocument, QuestionEntry[]>();

/**
 * The entries of a question list, in order. A list item counts once however many questions it holds
 * ("Most rewarding? Most draining?" is one question with its follow-up); indented sub-items are
 * follow-ups of the item above. Headings, intro lines, the greeting and the sign-off are not questions.
 */
export function questionEntries(document: OutreachDocument): QuestionEntry[] {
  let entries = cache.get(document);
  if (!entries) {
    entries = readEntries(document);
    cache.set(document, entries);
  }
  return entries;
}

/** Every question of the list, follow-ups included. */
export function allQuestions(document: OutreachDocument): Question[] {
  return questionEntries(document).flatMap((entry) => entry.questions);
}

function readEntries(document: OutreachDocument): QuestionEntry[] {
  const entries: QuestionEntry[] = [];
  let listIndent: number | undefined;
  document.lines.forEach((line, index) => {
    if (index === document.greetingLine || (document.signOffLine !== undefined && index >= document.signOffLine)) return;
    if (HEADING.test(line.text)) return;
    const marker = LIST_MARKER.exec(line.text);
    if (!marker) {
      listIndent = undefined;
      for (const question of questionsIn(line, 0)) entries.push({ line, questions: [question] });
      return;
    }
    const questions = questionsIn(line, marker[0].length, true);
    if (questions.length === 0) return;
    const indent = marker[1]!.length;
    const previous = entries[entries.length - 1];
    if (listIndent !== undefined && indent > listIndent && previous) previous.questions.push(...questions);
    else {
      listIndent ??= indent;
      entries.push({ line, questions });
    }
  });
  return entries;
}

/** The questions on one line, from `from` (after a list marker) on. */
function questionsIn(line: BodyLine, from: number, listItem = false): Question[] {
  const content = line.text.slice(from);
  const questions: Question[] = [];
  for (const piece of sentencePieces(content)) {
    const question = trimQuestion(piece.text, line.range.start + from + piece.start);
    if (question && question.text.endsWith('?')) questions.push(question);
  }
  if (questions.length === 0 && listItem) {
    const whole = trimQuestion(content, line.range.start + from);
    if (whole && (UNMARKED_QUESTION.test(whole.text) || PROMPT.test(whole.text))) questions.push(whole);
  }
  return questions;
}

function sentencePieces(text: string): { start: number; text: string }[] {
  const pieces: { start: number; text: string }[] = [];
  let start = 0;
  for (const boundary of text.matchAll(SENTENCE_END)) {
    pieces.push({ start, text: text.slice(start, boundary.index) });
    start = (boundary.index ?? 0) + boundary[0].length;
  }
  pieces.push({ start, text: text.slice(start) });
  return pieces;
}

function trimQuestion(text: string, offset: number): Question | undefined {
  const lead = LEADING_NOISE.exec(text)?.[0].length ?? 0;
  const trail = TRAILING_NOISE.exec(text.slice(lead))?.[0].length ?? 0;
  const core = text.slice(lead, text.length - trail);
  if (!/[A-Za-z]/.test(core)) return undefined;
  const start = offset + lead;
  return { range: { start, end: start + core.length }, text: core.replace(/’/g, "'") };
}
