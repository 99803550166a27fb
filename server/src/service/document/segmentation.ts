/** Lines, sentences and words of the prose, with Intl.Segmenter (and plain-text shortcuts it is checked against). */
import { characterStart } from './characters';
import type { BodyLine, Placeholder, Sentence, WordSpans } from './document';

// Made on first use: loading ICU's rules takes milliseconds the server's start does not need to spend.
let sentenceSegmenter: Intl.Segmenter | undefined;
let wordSegmenter: Intl.Segmenter | undefined;

/** V8's Intl.Segmenter slows down with the length of its input (quadratically past a few KB), so text goes in pieces. */
const SEGMENT_CHUNK = 320;
/** Where a word boundary is certain: whitespace. */
const WORD_CUT = /\s/g;
/** Where a sentence boundary is certain (a line break), or nearly so (an end mark, a space and a capital). */
const SENTENCE_CUT = /\n|[.!?]["'’”)\]]*[ \t]+(?=[A-Z])/g;

/** A run this long with no cut (a row of emoji, a minified blob) is not prose: it is cut anyway. */
export const MAX_PIECE = 8 * SEGMENT_CHUNK;

/** `text` in pieces of about SEGMENT_CHUNK, cut where `cut` matches (or, past MAX_PIECE, anywhere), with each piece's offset in `text`. */
function* textPieces(text: string, cut: RegExp): Generator<{ piece: string; offset: number }> {
  if (text.length <= SEGMENT_CHUNK) {
    yield { piece: text, offset: 0 };
    return;
  }
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + SEGMENT_CHUNK);
    if (end < text.length) end = lastCut(text, start + SEGMENT_CHUNK / 2, end, cut) ?? nextCutOrForced(text, start, end, cut);
    yield { piece: text.slice(start, end), offset: start };
    start = end;
  }
}

/**
 * The first cut after `from`, at most MAX_PIECE past the start of the cut-free run; else a forced cut there (at a
 * space if the run has one). Measured from the run's start, the place depends on the text alone, not on where
 * earlier pieces happened to end, so the same text segments the same wherever it sits in a document.
 */
function nextCutOrForced(text: string, start: number, from: number, cut: RegExp): number {
  const runStart = lastCut(text, start, start + SEGMENT_CHUNK / 2, cut) ?? start;
  const limit = Math.min(text.length, runStart + MAX_PIECE);
  return firstCut(text, from, limit, cut) ?? lastCut(text, runStart + MAX_PIECE / 2, limit, WORD_CUT) ?? characterStart(text, limit);
}

/** The end of the last match of `cut` ending by `to`. The search never reads far past `to`, so cutting stays linear. */
function lastCut(text: string, from: number, to: number, cut: RegExp): number | undefined {
  let found: number | undefined;
  // One character more than the window, for the lookahead of a cut ending right at `to`.
  const window = text.slice(from, to + 1);
  cut.lastIndex = 0;
  for (let match = cut.exec(window); match && from + match.index + match[0].length <= to; match = cut.exec(window)) {
    found = from + match.index + match[0].length;
  }
  return found;
}

function firstCut(text: string, from: number, to: number, cut: RegExp): number | undefined {
  cut.lastIndex = 0;
  const match = cut.exec(text.slice(from, to + 1));
  return match && from + match.index + match[0].length <= to ? from + match.index + match[0].length : undefined;
}

/**
 * The body's sentences, as Intl.Segmenter splits them. It breaks a sentence only at a line break or after `.`, `?` or
 * `!`, so a plain-text line with no such mark before its end is a sentence by itself (the greeting, the sign-off, most
 * lines of a list) and skips the segmenter; runs of other lines go to it together, in one call. A line too long to be
 * one sentence of prose goes to the segmenter too, which cuts it in pieces.
 */
export function segmentSentences(prose: string, lines: readonly BodyLine[], shortcut = plainSentencesAgree()): Sentence[] {
  const sentences: Sentence[] = [];
  let runStart = -1;
  let runEnd = -1;
  for (const { range, text } of lines) {
    if (shortcut && text.length <= MAX_PIECE / 2 && ONE_SENTENCE.test(text) && PLAIN_TEXT.test(text)) {
      if (runStart >= 0) segmentRun(prose, runStart, runEnd, sentences);
      runStart = -1;
      const trimmed = text.trim();
      const start = range.start + text.length - text.trimStart().length;
      sentences.push({ range: { start, end: start + trimmed.length }, text: trimmed });
    } else {
      if (runStart < 0) runStart = range.start;
      runEnd = range.end;
    }
  }
  if (runStart >= 0) segmentRun(prose, runStart, runEnd, sentences);
  return sentences;
}

/**
 * A line with no sentence end but at its very end: no `.`, `?` or `!` (nor `…`, to be safe) before a last run of them,
 * which only closing quotes or brackets and then spaces may follow.
 */
const ONE_SENTENCE = /^[^.?!…]*(?:[.?!]+["'’”)\]]*\s*)?$/;

/** Intl.Segmenter's sentences in `prose` from `start` to `end`. */
function segmentRun(prose: string, start: number, end: number, sentences: Sentence[]): void {
  const run = prose.slice(start, end);
  // Up to half a MAX_PIECE, pieces would end only where SENTENCE_CUT matches, which is where the segmenter breaks too:
  // one call on the whole run finds the same sentences, at a third of the cost for a typical template.
  const pieces = run.length <= MAX_PIECE / 2 ? [{ piece: run, offset: 0 }] : textPieces(run, SENTENCE_CUT);
  for (const { piece, offset } of pieces) {
    for (const segment of (sentenceSegmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' })).segment(piece)) {
      const leading = segment.segment.length - segment.segment.trimStart().length;
      const trimmed = segment.segment.trim();
      if (!trimmed) continue;
      const at = start + offset + segment.index + leading;
      sentences.push({ range: { start: at, end: at + trimmed.length }, text: trimmed });
    }
  }
}

let plainSentencesChecked: boolean | undefined;

/** The one-sentence lines skip the segmenter only while this ICU splits a sample of such lines (and others) the same way. */
function plainSentencesAgree(): boolean {
  if (plainSentencesChecked === undefined) {
    const sample = 'Hi Dana,\nThanks!\r\nReally?!" \n(Soon.)\nWait… what now\nSo... …\nIt is 3.5 days, e.g. Monday.\nOne. Two? Three!\n- a list item\nBest,\rSam';
    const key = (sentences: Sentence[]): string => sentences.map((sentence) => `${sentence.range.start}:${sentence.text}`).join('|');
    const lines = bodyLines(sample, 0);
    plainSentencesChecked = key(segmentSentences(sample, lines, true)) === key(segmentSentences(sample, lines, false));
  }
  return plainSentencesChecked;
}

/**
 * Text of these characters only (ASCII but `_`, and the typographic quotes, dashes and ellipsis): what nearly every
 * template is written in, and what the Unicode word rules (UAX #29, as ICU applies them) make simple.
 */
const PLAIN_TEXT = /^[\t\n\r\x20-\x5e\x60-\x7e‘’“”–—…]*$/;
/**
 * The word-like segments Intl.Segmenter finds in plain text: letters and digits, joined across `.`, `'`, `’` or `‘`
 * between two letters or two digits, `:` between letters and `,` or `;` between digits. Walking a regex is some fifty
 * times cheaper than walking the segmenter's iterator, which costs about a microsecond per segment.
 */
const PLAIN_WORD = /[A-Za-z0-9](?:[A-Za-z0-9]|(?<=[A-Za-z])[.'’‘:](?=[A-Za-z])|(?<=[0-9])[.'’‘,;](?=[0-9]))*/g;

/**
 * Calls `found` with each word-like segment of `text` (its offset in `text` and its text), as Intl.Segmenter splits it;
 * `plain` (the text is PLAIN_TEXT and the regex agrees with this ICU) lets the regex find them.
 */
function eachWord(text: string, found: (index: number, word: string) => void, plain: boolean): void {
  if (plain) {
    PLAIN_WORD.lastIndex = 0;
    for (let match = PLAIN_WORD.exec(text); match; match = PLAIN_WORD.exec(text)) found(match.index, match[0]);
    return;
  }
  for (const segment of (wordSegmenter ??= new Intl.Segmenter('en', { granularity: 'word' })).segment(text)) {
    if (segment.isWordLike) found(segment.index, segment.segment);
  }
}

let plainWordsChecked: boolean | undefined;

/** The regex stands in for the segmenter only while this ICU splits a sample of every joining case the same way. */
function plainWordsAgree(): boolean {
  if (plainWordsChecked === undefined) {
    const sample = "It's 10:30, ab:cd 1,000.5 e.g. x.1 1.x rock'n'roll don’t ‘quoted’ a—b “c” 3;4 a;b a,b 1'2 1’2 end. 12ab ab12 U.S.A. 'x' -y- …z";
    const regex = [...sample.matchAll(PLAIN_WORD)].map((match) => `${match.index}:${match[0]}`);
    const segmenter = (wordSegmenter ??= new Intl.Segmenter('en', { granularity: 'word' }));
    const icu = [...segmenter.segment(sample)].filter((segment) => segment.isWordLike).map((segment) => `${segment.index}:${segment.segment}`);
    plainWordsChecked = regex.join(' ') === icu.join(' ');
  }
  return plainWordsChecked;
}

export function segmentWords(prose: string, bodyStart: number, placeholders: Placeholder[]): WordSpans {
  const rendered = placeholders.filter((placeholder) => placeholder.renders);
  const body = prose.slice(bodyStart);
  // Offsets in typed arrays, grown by doubling: a million pushes onto plain arrays cost more than finding the words.
  let starts = new Int32Array(Math.max(16, body.length >> 2));
  let ends = new Int32Array(starts.length);
  let count = 0;
  const paths = new Map<number, string>();
  let next = 0;
  let offset = 0;
  const add = (start: number, end: number): void => {
    if (count === starts.length) {
      const grownStarts = new Int32Array(count * 2);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Int32Array(count * 2);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    starts[count] = start;
    ends[count++] = end;
  };
  const found = (index: number, text: string): void => {
    const start = bodyStart + offset + index;
    const end = start + text.length;
    while (next < rendered.length && rendered[next]!.range.end <= start) next++;
    const placeholder = rendered[next];
    if (placeholder && placeholder.range.start <= start && end <= placeholder.range.end) {
      // A placeholder is one word however it is segmented.
      if (placeholder.range.start !== start) return;
      paths.set(count, placeholder.path);
      add(start, placeholder.range.end);
      return;
    }
    add(start, end);
  };
  // Plain text needs no pieces: the regex is linear however long its input. Other text may still have plain pieces.
  const plainBody = plainWordsAgree() && PLAIN_TEXT.test(body);
  const pieces = plainBody ? [{ piece: body, offset: 0 }] : textPieces(body, WORD_CUT);
  for (const piece of pieces) {
    offset = piece.offset;
    eachWord(piece.piece, found, plainBody || (plainWordsAgree() && PLAIN_TEXT.test(piece.piece)));
  }
  return { starts: starts.subarray(0, count), ends: ends.subarray(0, count), placeholders: paths };
}

export function bodyLines(prose: string, bodyStart: number): BodyLine[] {
  const lines: BodyLine[] = [];
  const pattern = /[^\r\n]+/g;
  pattern.lastIndex = bodyStart;
  for (let match = pattern.exec(prose); match; match = pattern.exec(prose)) {
    if (!match[0].trim()) continue;
    lines.push({ range: { start: match.index, end: match.index + match[0].length }, text: match[0] });
  }
  return lines;
}
