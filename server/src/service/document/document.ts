/** What a parsed template is: front matter, Handlebars structure and prose, all in document offsets. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FrontMatter } from './frontMatter';
import type { OffsetRange } from '../types';

/** A `{{path}}` (or a path used as a helper argument) in the body. */
export interface Placeholder {
  path: string;
  range: OffsetRange;
  /** False inside `{{#each}}` / `{{#with}}`, where paths are relative to the block's context. */
  rootScope: boolean;
  /** True for a plain `{{path}}` that renders text; false for a helper argument or block condition. */
  renders: boolean;
}

/** A placeholder of the front matter's `subject`, parsed like the body's. */
export interface SubjectPlaceholder extends Placeholder {
  /** Where it stands in the subject's value (the YAML scalar unquoted); `range` is in the document. */
  valueRange: OffsetRange;
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
  /** The placeholders of the subject line, in the order written. */
  subjectPlaceholders: SubjectPlaceholder[];
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
 * Past this length a template is no email, and only the hygiene rules run. Up to it the full check is linear, so a
 * million words (about 5.3 million characters) still gets it.
 */
export const LARGE_DOCUMENT_CHARS = 6_000_000;

/**
 * Past this many `{{` a template is no email either: a real one has a few dozen, and a thousand is a pasted data dump
 * or a whole mail merge. Handlebars takes some 15 µs a tag (more inside unclosed blocks), so a thousand already cost
 * 15 ms, a keystroke's budget, and a pasted line of 170,000 `{{a}}` kept the server busy for seconds.
 */
export const MAX_TEMPLATE_TAGS = 1_000;
