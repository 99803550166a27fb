import { parseWithoutProcessing, type AST } from '@handlebars/parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { characterStart, wholeCharacters } from './characters';
import { locateFrontMatter, parseFrontMatter, type FrontMatter } from './frontMatter';
import type { OffsetRange } from './types';

/** A `{{path}}` (or a path used as a helper argument) in the body. */
export interface Placeholder {
  path: string;
  range: OffsetRange;
  /** False inside `{{#each}}` / `{{#with}}`, where paths are relative to the block's context. */
  rootScope: boolean;
  /** True for a plain `{{path}}` that renders text; false for a helper argument or block condition. */
  renders: boolean;
}

export interface TemplateComment {
  value: string;
  range: OffsetRange;
}

export interface Sentence {
  range: OffsetRange;
  /** The sentence as prose: placeholders are runs of `x`, comments and block tags are blanks. */
  text: string;
}

export interface Word {
  range: OffsetRange;
  text: string;
  /** Set when the word is a placeholder. */
  placeholder?: string;
}

/**
 * Every word of the body as offsets, word `i` spanning `starts[i]` to `ends[i]`: what counting needs, without an object
 * per word (allocating those for a million-word file takes seconds).
 */
export interface WordSpans {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The placeholder path of each word that is a placeholder, by word index (in word order). */
  readonly placeholders: ReadonlyMap<number, string>;
}

export interface BodyLine {
  range: OffsetRange;
  /** Prose text of the line (masked like `Sentence.text`), trimmed of line breaks but not of spaces. */
  text: string;
}

export interface TemplateSyntaxError {
  message: string;
  range: OffsetRange;
}

/** A template parsed once: front matter, Handlebars structure and prose, all in document offsets. */
export interface OutreachDocument {
  uri: string;
  text: string;
  textDocument: TextDocument;
  frontMatter: FrontMatter;
  bodyStart: number;
  syntaxError?: TemplateSyntaxError;
  placeholders: Placeholder[];
  comments: TemplateComment[];
  /** Ranges of every `{{…}}` in the body (mustaches, blocks, comments): not prose. */
  templateTags: OffsetRange[];
  /** Same length as `text`: front matter and template tags blanked, placeholders replaced by `x` runs. */
  prose: string;
  /** Computed on first use. */
  readonly sentences: Sentence[];
  /** Computed on first use, from `wordSpans`. */
  readonly words: Word[];
  /** Computed on first use. */
  readonly wordSpans: WordSpans;
  /** Non-blank body lines in order. */
  lines: BodyLine[];
  /** Index into `lines` of the greeting line, when the body opens with one. */
  greetingLine?: number;
  /** Index into `lines` where the sign-off starts ("Thanks,", "Best," …), when there is one. */
  signOffLine?: number;
  /**
   * Longer than LARGE_DOCUMENT_CHARS, or with more `{{` than MAX_TEMPLATE_TAGS: `{{…}}` tags were found by a scan, not
   * by Handlebars, and only hygiene rules run.
   */
  large?: 'characters' | 'template tags';
}

/**
 * Past this length a template is no email, and only the hygiene rules run. Up to it the full check is linear, and a
 * million words (about 5.3 million characters) stays within the 2 s budget of SPEC §6.
 */
export const LARGE_DOCUMENT_CHARS = 6_000_000;

/**
 * Past this many `{{` a template is no email either. Handlebars takes some 15 µs a tag (more inside unclosed blocks),
 * so a pasted line of 170,000 `{{a}}` kept the server busy for seconds; a real template has a few dozen, and the
 * benchmark's million-word document 6,400.
 */
export const MAX_TEMPLATE_TAGS = 20_000;

const PLACEHOLDER_FILL = 'x';

/**
 * Parses a template. `previous`, an earlier version of the same document, lends its front matter when that block is
 * unchanged: typing in the body never changes the YAML, and parsing it is a good part of a small template's lint.
 */
export function parseOutreachDocument(text: string, uri = 'untitled:template.outreach.hbs', previous?: OutreachDocument): OutreachDocument {
  const textDocument = TextDocument.create(uri, 'outreach', 0, text);
  const frontMatter = previous && sameFrontMatter(previous, text) ? previous.frontMatter : parseFrontMatter(text);
  const bodyStart = frontMatter.range.end;
  const body = text.slice(bodyStart);
  const bodyLineStarts = lineStarts(body);
  const toOffset = (position: { line: number; column: number }): number =>
    bodyStart + (bodyLineStarts[position.line - 1] ?? body.length) + position.column;

  const placeholders: Placeholder[] = [];
  const comments: TemplateComment[] = [];
  const templateTags: OffsetRange[] = [];
  let syntaxError: TemplateSyntaxError | undefined;
  const large = text.length > LARGE_DOCUMENT_CHARS ? 'characters' : hasMoreThan(body, '{{', MAX_TEMPLATE_TAGS) ? 'template tags' : undefined;
  const parts: TemplateParts = { placeholders, comments, templateTags };

  if (large) {
    scanTemplateParts(body, bodyStart, parts);
  } else {
    try {
      collectTemplateParts(parseWithoutProcessing(body), toOffset, parts, true);
    } catch (error) {
      syntaxError = toSyntaxError(error, toOffset, bodyStart, text);
      // Best effort so prose rules still see sensible text.
      scanTemplateParts(body, bodyStart, parts);
    }
  }
  templateTags.sort((a, b) => a.start - b.start);

  const prose = maskProse(text, bodyStart, templateTags, placeholders);
  // A byte-order mark is not part of the first line.
  const lines = bodyLines(prose, text.startsWith('\uFEFF') ? Math.max(bodyStart, 1) : bodyStart);
  const greetingLine = findGreeting(lines);
  const signOffLine = findSignOff(lines, greetingLine);

  return {
    uri,
    text,
    textDocument,
    frontMatter,
    bodyStart,
    syntaxError,
    placeholders,
    comments,
    templateTags,
    prose,
    // Sentences and words are the dearest part of parsing, and not every lint needs them.
    get sentences() {
      const sentences = segmentSentences(prose, lines);
      Object.defineProperty(this, 'sentences', { value: sentences });
      return sentences;
    },
    get wordSpans() {
      const spans = segmentWords(prose, bodyStart, placeholders);
      Object.defineProperty(this, 'wordSpans', { value: spans });
      return spans;
    },
    get words() {
      const { starts, ends, placeholders: paths } = this.wordSpans;
      const words = Array.from(starts, (start, index): Word => {
        const word: Word = { range: { start, end: ends[index]! }, text: prose.slice(start, ends[index]) };
        const path = paths.get(index);
        if (path !== undefined) word.placeholder = path;
        return word;
      });
      Object.defineProperty(this, 'words', { value: words });
      return words;
    },
    lines,
    greetingLine,
    signOffLine,
    ...(large ? { large } : {}),
  };
}

/** Whether `needle` occurs more than `count` times in `text` (counting stops there). */
function hasMoreThan(text: string, needle: string, count: number): boolean {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) if (count-- === 0) return true;
  return false;
}

/** Whether `text` opens with the very front-matter block `previous` was parsed from (all that its front matter depends on). */
function sameFrontMatter(previous: OutreachDocument, text: string): boolean {
  const { present, range } = previous.frontMatter;
  if (!present) return false;
  const located = locateFrontMatter(text);
  return located?.range.end === range.end && text.startsWith(previous.text.slice(0, range.end));
}

interface TemplateParts {
  placeholders: Placeholder[];
  comments: TemplateComment[];
  templateTags: OffsetRange[];
}

type OffsetOf = (position: { line: number; column: number }) => number;

function collectTemplateParts(program: AST.Program, toOffset: OffsetOf, parts: TemplateParts, rootScope: boolean): void {
  const rangeOf = (node: AST.Node): OffsetRange => ({ start: toOffset(node.loc.start), end: toOffset(node.loc.end) });
  const addPaths = (expressions: AST.Expression[], scope: boolean): void => {
    for (const expression of expressions) {
      if (expression.type === 'PathExpression') {
        const path = expression as AST.PathExpression;
        if (!path.data && path.original !== 'this') {
          parts.placeholders.push({ path: path.original, range: rangeOf(path), rootScope: scope, renders: false });
        }
      } else if (expression.type === 'SubExpression') {
        const sub = expression as AST.SubExpression;
        addPaths(sub.params, scope);
      }
    }
  };
  for (const statement of program.body) {
    switch (statement.type) {
      case 'MustacheStatement': {
        const mustache = statement as AST.MustacheStatement;
        parts.templateTags.push(rangeOf(mustache));
        if (mustache.path.type === 'PathExpression' && mustache.params.length === 0 && !(mustache.path as AST.PathExpression).data) {
          const path = mustache.path as AST.PathExpression;
          parts.placeholders.push({ path: path.original, range: rangeOf(mustache), rootScope, renders: true });
        } else {
          addPaths(mustache.params, rootScope);
          addPaths(mustache.hash?.pairs.map((pair: AST.HashPair) => pair.value) ?? [], rootScope);
        }
        break;
      }
      case 'BlockStatement': {
        const block = statement as AST.BlockStatement;
        const helper = block.path.type === 'PathExpression' ? (block.path as AST.PathExpression).original : '';
        addPaths(block.params, rootScope);
        const innerScope = rootScope && helper !== 'each' && helper !== 'with';
        if (block.program) {
          collectTemplateParts(block.program, toOffset, parts, innerScope);
        }
        if (block.inverse) collectTemplateParts(block.inverse, toOffset, parts, rootScope);
        // Only the tags are template syntax; the blocks' contents are prose.
        addBlockTags(block, toOffset, parts.templateTags);
        break;
      }
      case 'CommentStatement': {
        const comment = statement as AST.CommentStatement;
        const range = rangeOf(comment);
        parts.templateTags.push(range);
        parts.comments.push({ value: comment.value, range });
        break;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
      case 'Decorator':
      case 'DecoratorBlock':
        parts.templateTags.push(rangeOf(statement));
        break;
      default:
        break;
    }
  }
}

/** Blanks the `{{else}}` and `{{/block}}` tags: the gaps between a block's programs and its own bounds. */
function addBlockTags(block: AST.BlockStatement, toOffset: OffsetOf, tags: OffsetRange[]): void {
  const start = toOffset(block.loc.start);
  const end = toOffset(block.loc.end);
  const programs = [block.program, block.inverse].filter((program): program is AST.Program => Boolean(program?.loc && program.body.length));
  let cursor = start;
  const ranges = programs
    .map((program) => ({ start: toOffset(program.body[0]!.loc.start), end: toOffset(program.body[program.body.length - 1]!.loc.end) }))
    .sort((a, b) => a.start - b.start);
  for (const range of ranges) {
    if (range.start > cursor) tags.push({ start: cursor, end: range.start });
    cursor = Math.max(cursor, range.end);
  }
  if (end > cursor) tags.push({ start: cursor, end });
}

function toSyntaxError(error: unknown, toOffset: OffsetOf, bodyStart: number, text: string): TemplateSyntaxError {
  const textLength = text.length;
  const raw = error instanceof Error ? error.message : String(error);
  const hash = (error as { hash?: { loc?: { first_line: number; first_column: number; last_line: number; last_column: number }; expected?: string[]; token?: string; text?: string } }).hash;
  const located = error as { lineNumber?: number; column?: number; endLineNumber?: number; endColumn?: number };
  let range: OffsetRange;
  if (hash?.loc) {
    // `hash.loc` is the last token the parser accepted; the offending one (`hash.text`) comes right after it.
    const accepted = toOffset({ line: hash.loc.last_line, column: hash.loc.last_column });
    range = offendingRange(text, bodyStart, accepted, hash.token, hash.text);
  } else if (located.lineNumber !== undefined) {
    const start = toOffset({ line: located.lineNumber, column: located.column ?? 0 });
    const end = located.endLineNumber !== undefined ? toOffset({ line: located.endLineNumber, column: located.endColumn ?? 0 }) : start;
    range = { start, end };
  } else {
    range = { start: bodyStart, end: bodyStart };
  }
  range.start = Math.min(Math.max(range.start, bodyStart), textLength);
  range.end = Math.min(Math.max(range.end, range.start), textLength);
  return { message: describeSyntaxError(raw, hash?.token, hash?.expected), range: wholeCharacters(text, range) };
}

/** The offending token after `accepted`; at the end of input, the block left open or the `{{` left unclosed. */
function offendingRange(text: string, bodyStart: number, accepted: number, token: string | undefined, tokenText: string | undefined): OffsetRange {
  if (token === 'EOF') return unclosedTag(text, bodyStart) ?? { start: text.length, end: text.length };
  let start = accepted;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  if (!tokenText || !text.startsWith(tokenText, start)) return { start, end: Math.min(start + 1, text.length) };
  // An invalid token is one character; the whole malformed word reads better.
  const word = token === 'INVALID' ? /^[^\s{}]+/.exec(text.slice(start))?.[0] : undefined;
  return { start, end: start + Math.max(tokenText.length, word?.length ?? 0) };
}

/** Without Handlebars: every `{{…}}` is an opaque tag, a comment, or (a bare path) a placeholder. */
function scanTemplateParts(body: string, bodyStart: number, parts: TemplateParts): void {
  for (const tag of opaqueTags(body)) {
    const range = { start: bodyStart + tag.start, end: bodyStart + tag.end };
    parts.templateTags.push(range);
    const inner = body.slice(tag.start, tag.end).replace(/^\{\{~?|~?\}\}$/g, '').trim();
    if (inner.startsWith('!')) parts.comments.push({ value: inner.replace(/^!(--)?|--$/g, ''), range });
    else if (/^[\w.@-]+$/.test(inner)) parts.placeholders.push({ path: inner, range, rootScope: true, renders: true });
  }
}

/** Every `{{…}}` up to its first `}}` (what `/\{\{[\s\S]*?\}\}/g` finds, without its quadratic rescans of an unclosed `{{`). */
function opaqueTags(body: string): OffsetRange[] {
  const tags: OffsetRange[] = [];
  for (let start = body.indexOf('{{'); start >= 0; ) {
    const close = body.indexOf('}}', start + 2);
    if (close < 0) break;
    tags.push({ start, end: close + 2 });
    start = body.indexOf('{{', close + 2);
  }
  return tags;
}

/** The last `{{#block}}` without its `{{/block}}`, else the last `{{` never closed by `}}`. */
function unclosedTag(text: string, bodyStart: number): OffsetRange | undefined {
  const open: OffsetRange[] = [];
  const find = { commentEnd: forwardFinder(text, '--}}'), close: forwardFinder(text, '}}'), brace: forwardFinder(text, '}') };
  for (let at = text.indexOf('{{', bodyStart); at >= 0; ) {
    const tag = tagAt(text, at, find);
    if (tag?.sigil === '/') open.pop();
    else if (tag?.sigil) open.push({ start: at, end: tag.end });
    at = text.indexOf('{{', tag ? tag.end : at + 1);
  }
  const block = open.pop();
  if (block) return block;
  const lastOpen = text.lastIndexOf('{{');
  return lastOpen >= bodyStart && text.indexOf('}}', lastOpen) < 0 ? { start: lastOpen, end: text.length } : undefined;
}

type Finder = (from: number) => number;

const BLOCK_OPENING = /\{\{~?\s*([#^/])/y;

/**
 * The comment or block tag starting at `at` (`{{!-- … --}}`, `{{! … }}`, `{{#…}}`, `{{^…}}`, `{{/…}}`), as the regex
 * `/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#^/])[^}]*\}\}/` would match it there, but with finders
 * so that a text full of unclosed tags is still scanned in linear time.
 */
function tagAt(text: string, at: number, find: { commentEnd: Finder; close: Finder; brace: Finder }): { end: number; sigil?: string } | undefined {
  if (text.startsWith('{{!--', at)) {
    const end = find.commentEnd(at + 5);
    if (end >= 0) return { end: end + 4 };
  }
  if (text.startsWith('{{!', at)) {
    const end = find.close(at + 3);
    return end >= 0 ? { end: end + 2 } : undefined;
  }
  BLOCK_OPENING.lastIndex = at;
  const opening = BLOCK_OPENING.exec(text);
  if (!opening) return undefined;
  const brace = find.brace(at + opening[0].length);
  return brace >= 0 && text.charCodeAt(brace + 1) === 125 /* } */ ? { end: brace + 2, sigil: opening[1] } : undefined;
}

/** `text.indexOf(needle, from)` for calls with non-decreasing `from`: each part of the text is searched once. */
function forwardFinder(text: string, needle: string): Finder {
  let found = -2;
  return (from) => {
    if (found === -2 || (found >= 0 && found < from)) found = text.indexOf(needle, from);
    return found;
  };
}

function describeSyntaxError(raw: string, token: string | undefined, expected: string[] | undefined): string {
  if (token === 'EOF' && expected?.some((name) => name.includes('OPEN_ENDBLOCK'))) return 'A `{{#block}}` is never closed: add its `{{/block}}`.';
  if (token === 'CLOSE' || token === 'CLOSE_UNESCAPED') return 'Empty or incomplete `{{ }}`: put a placeholder path inside, e.g. `{{recipient.firstName}}`.';
  if (token === 'INVALID') return 'Unexpected text inside `{{ }}`: a placeholder is a dotted path such as `{{recipient.firstName}}`, closed with `}}`.';
  if (token === 'EOF') return 'The template ends inside `{{`: close it with `}}`.';
  const lastLine = raw.split(/\r?\n/).filter(Boolean).pop() ?? raw;
  return `Handlebars cannot parse this: ${lastLine}`;
}

function maskProse(text: string, bodyStart: number, tags: OffsetRange[], placeholders: Placeholder[]): string {
  const rendered = new Map(placeholders.filter((placeholder) => placeholder.renders).map((placeholder) => [placeholder.range.start, placeholder.range.end]));
  const spans = [{ start: 0, end: bodyStart }, ...tags];
  let prose = '';
  let cursor = 0;
  for (const span of spans) {
    const start = Math.max(span.start, cursor);
    if (span.end <= start) continue;
    prose += text.slice(cursor, start);
    prose += rendered.get(span.start) === span.end ? PLACEHOLDER_FILL.repeat(span.end - start) : blank(text.slice(start, span.end));
    cursor = span.end;
  }
  prose += text.slice(cursor);
  return prose.startsWith('\uFEFF') ? ` ${prose.slice(1)}` : prose;
}

/** Spaces in place of everything but line breaks (a run at a time: per character is twice as slow on a large front matter). */
function blank(text: string): string {
  return text.replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length));
}

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
const MAX_PIECE = 8 * SEGMENT_CHUNK;

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
function segmentSentences(prose: string, lines: readonly BodyLine[], shortcut = plainSentencesAgree()): Sentence[] {
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

function segmentWords(prose: string, bodyStart: number, placeholders: Placeholder[]): WordSpans {
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

function bodyLines(prose: string, bodyStart: number): BodyLine[] {
  const lines: BodyLine[] = [];
  const pattern = /[^\r\n]+/g;
  pattern.lastIndex = bodyStart;
  for (let match = pattern.exec(prose); match; match = pattern.exec(prose)) {
    if (!match[0].trim()) continue;
    lines.push({ range: { start: match.index, end: match.index + match[0].length }, text: match[0] });
  }
  return lines;
}

// Honorifics ("Dear Dr. Ortiz,") are the one place a greeting may hold a period.
const GREETING = /^\s*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|hiya|howdy)\b(?:\b(?:mr|mrs|ms|mx|dr|prof)\.|[^.?]){0,60}[,!:—-]?\s*$/i;
const SIGN_OFF = /^\s*(?:thanks?(?: you)?(?: so much| again| in advance| very much)?|many thanks|best(?: regards| wishes)?|all the best|kind(?:est)? regards|warm(?:est)? regards|regards|cheers|sincerely(?: yours)?|yours(?: truly| sincerely)?|respectfully|talk soon|take care|with gratitude|gratefully|warmly|thank you)\s*[,.!—-]?\s*$/i;

/**
 * A greeting or sign-off in any language has the same shape: a line of one to four words ending in a comma ("Moi
 * {{recipient.firstName}},", "Dobrý den,", "Grazie,", "Klem,"), before the message or after it.
 */
const SHORT_ADDRESS = /^\s*[^\s.?!:;]+(?:[ \t]+[^\s.?!:;]+){0,3}\s*,\s*$/u;

function findGreeting(lines: BodyLine[]): number | undefined {
  const first = lines[0];
  return first && (GREETING.test(first.text) || (SHORT_ADDRESS.test(first.text) && lines.length > 1)) ? 0 : undefined;
}

function findSignOff(lines: BodyLine[], greetingLine: number | undefined): number | undefined {
  // Look only near the end: a sign-off is followed by at most a few short lines (name, title, contact).
  for (let index = lines.length - 1; index >= Math.max(0, lines.length - 5); index--) {
    if (index === greetingLine) break;
    if (SIGN_OFF.test(lines[index]!.text)) return index;
  }
  // Then a short closing word with a comma, followed only by the name (one or two short lines).
  for (let index = lines.length - 2; index >= Math.max(0, lines.length - 3); index--) {
    if (index === greetingLine || index === 0) break;
    const after = lines.slice(index + 1);
    if (SHORT_ADDRESS.test(lines[index]!.text) && lines[index]!.text.trim().split(/\s+/).length <= 2 && after.every((line) => line.text.trim().length <= 40)) return index;
  }
  return undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (char === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}
