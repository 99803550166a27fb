import { parseWithoutProcessing } from '@handlebars/parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LARGE_DOCUMENT_CHARS, MAX_TEMPLATE_TAGS, type OutreachDocument, type Placeholder, type TemplateComment, type TemplateSyntaxError, type Word } from './document';
import { locateFrontMatter, parseFrontMatter } from './frontMatter';
import { findGreeting, findSignOff } from './letter';
import { maskProse } from './prose';
import { bodyLines, segmentSentences, segmentWords } from './segmentation';
import { collectTemplateParts, offsetMapping, scanTemplateParts, subjectPlaceholders, toSyntaxError, type TemplateParts } from './template';
import type { OffsetRange } from '../types';

/**
 * Parses a template. `previous`, an earlier version of the same document, lends its front matter when that block is
 * unchanged: typing in the body never changes the YAML, and parsing it is a good part of a small template's lint.
 */
export function parseOutreachDocument(text: string, uri = 'untitled:template.outreach.hbs', previous?: OutreachDocument): OutreachDocument {
  const textDocument = TextDocument.create(uri, 'outreach', 0, text);
  const reused = previous && sameFrontMatter(previous, text) ? previous : undefined;
  const frontMatter = reused?.frontMatter ?? parseFrontMatter(text);
  const bodyStart = frontMatter.range.end;
  const body = text.slice(bodyStart);
  const toOffset = offsetMapping(body, bodyStart);

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
    subjectPlaceholders: reused?.subjectPlaceholders ?? subjectPlaceholders(text, frontMatter.subject),
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
