/** The Handlebars side of a template: placeholders, comments and tags from the parser's tree, its errors mapped to offsets, and a scanner for when it cannot parse. */
import { parseWithoutProcessing, type AST } from '@handlebars/parser';
import { wholeCharacters } from './characters';
import type { Placeholder, SubjectPlaceholder, TemplateComment, TemplateSyntaxError } from './document';
import type { ScalarField } from './frontMatter';
import type { OffsetRange } from '../types';

export interface TemplateParts {
  placeholders: Placeholder[];
  comments: TemplateComment[];
  templateTags: OffsetRange[];
}

type OffsetOf = (position: { line: number; column: number }) => number;

/** Maps Handlebars positions (1-based lines, 0-based columns) in `source`, which starts at offset `base`, to offsets. */
export function offsetMapping(source: string, base: number): OffsetOf {
  const starts = lineStarts(source);
  return (position) => base + (starts[position.line - 1] ?? source.length) + position.column;
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

/**
 * The subject's placeholders, from Handlebars' tree of its value (scanned when it cannot parse). Their document ranges
 * are the value's offsets shifted into the YAML source; when quoting escapes or line folding changed the text on the
 * way, each stands on the whole subject.
 */
export function subjectPlaceholders(text: string, subject: ScalarField<string> | undefined): SubjectPlaceholder[] {
  if (!subject?.value.includes('{{')) return [];
  const { value, range } = subject;
  const parts: TemplateParts = { placeholders: [], comments: [], templateTags: [] };
  try {
    collectTemplateParts(parseWithoutProcessing(value), offsetMapping(value, 0), parts, true);
  } catch {
    scanTemplateParts(value, 0, parts);
  }
  const source = text.slice(range.start, range.end);
  const quote = /^["']/.test(source) ? 1 : 0;
  const written = source.slice(quote, source.length - quote) === value;
  return parts.placeholders.map((placeholder) => ({
    ...placeholder,
    range: written ? { start: range.start + quote + placeholder.range.start, end: range.start + quote + placeholder.range.end } : range,
    valueRange: placeholder.range,
  }));
}

export function collectTemplateParts(program: AST.Program, toOffset: OffsetOf, parts: TemplateParts, rootScope: boolean): void {
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

export function toSyntaxError(error: unknown, toOffset: OffsetOf, bodyStart: number, text: string): TemplateSyntaxError {
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
export function scanTemplateParts(body: string, bodyStart: number, parts: TemplateParts): void {
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
