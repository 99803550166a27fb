import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import type { CustomRule } from '../config/customRules';
import { toRange } from './diagnostics';
import { lineBreakOf } from '../document/characters';
import type { OutreachDocument } from '../document/document';
import { FRONT_MATTER_KEYS, parentKey } from '../document/frontMatterKeys';
import { clauseSnippet, PHRASE_CATEGORIES, type PhraseCategory, type PhraseEntry, type PhraseLibrary } from '../config/phrases';
import type { RuleMeta } from '../rules/rule';
import type { SuppressionDirective } from '../config/suppressions';
import type { OffsetRange } from '../types';

export interface CompletionRequest {
  document: OutreachDocument;
  textDocument: TextDocument;
  position: Position;
  phrases: PhraseLibrary;
  snippetSupport: boolean;
  /** The built-in rules and the project's custom rules: their ids complete inside suppression comments. */
  rules: readonly RuleMeta[];
  customRules: readonly CustomRule[];
  /** Phrase categories the template is missing (from its open findings): offered first. */
  missingCategories?: ReadonlySet<PhraseCategory>;
  /** The character that triggered the request, when it was one. */
  triggerCharacter?: string;
}

/** Paths most templates use; offered after the declared ones. */
const COMMON_PATHS: Record<string, string> = {
  'recipient.firstName': 'The recipient’s first name',
  'recipient.company': 'Where the recipient works',
  'recipient.role': 'The recipient’s job title',
  'sender.firstName': 'Your first name',
  'sender.fullName': 'Your full name',
  'sender.role': 'Your job title',
};

const TOP_LEVEL_KEYS = keySummaries(undefined);
const MAP_KEYS = new Set(FRONT_MATTER_KEYS.filter((doc) => doc.map).map((doc) => doc.key));

const RECIPIENT_KEYS = keySummaries('recipient');

const ENUM_VALUES: Record<string, readonly string[]> = Object.fromEntries(
  FRONT_MATTER_KEYS.flatMap((doc) => (doc.values ? [[doc.key, doc.values]] : [])),
);

/** Trigger characters that only make sense for placeholders: in prose they must not pop the clause list. */
const PLACEHOLDER_TRIGGERS = new Set(['{', '.']);

export function completions(request: CompletionRequest): CompletionList {
  const { document, textDocument, position } = request;
  const offset = textDocument.offsetAt(position);
  const lineStart = textDocument.offsetAt({ line: position.line, character: 0 });
  const { frontMatter } = document;
  if (offset < document.bodyStart) {
    const inContent = frontMatter.present && offset >= frontMatter.contentRange.start && offset <= frontMatter.contentRange.end;
    return list(inContent ? frontMatterCompletions(request, offset, lineStart) : []);
  }
  const bodyLineStart = Math.max(lineStart, document.bodyStart);
  const suppression = openSuppression(document.text, bodyLineStart, offset);
  if (suppression) return list(suppressionCompletions(request, suppression, offset));
  const openTag = openMustache(document.text, bodyLineStart, offset);
  if (openTag === 'no-path') return list([]);
  if (openTag) return list(placeholderCompletions(request, openTag, offset));
  if (request.triggerCharacter && PLACEHOLDER_TRIGGERS.has(request.triggerCharacter)) return list([]);
  if (insideTemplateTag(document.templateTags, offset)) return list([]);
  return list(clauseCompletions(request, offset, lineStart));
}

function list(items: CompletionItem[]): CompletionList {
  return { isIncomplete: false, items };
}

// ---------------------------------------------------------------------------------------------------
// Placeholders inside `{{`

interface OpenMustache {
  /** Where the path being typed starts. */
  pathStart: number;
}

/** The `{{` the cursor sits in (on the current line, not yet closed before the cursor); comments, partials, closing tags and block-helper names take no path. */
function openMustache(text: string, from: number, offset: number): OpenMustache | 'no-path' | undefined {
  const line = text.slice(from, offset);
  const open = line.lastIndexOf('{{');
  if (open < 0) return undefined;
  const inner = line.slice(open + 2);
  if (inner.includes('}}')) return undefined;
  if (/^[{~]*\s*(?:[!/>]|[#^][\w-]*$)/.test(inner)) return 'no-path';
  const typedPath = /[\w.@-]*$/.exec(inner)?.[0] ?? '';
  return { pathStart: offset - typedPath.length };
}

function placeholderCompletions(request: CompletionRequest, tag: OpenMustache, offset: number): CompletionItem[] {
  const { document, textDocument } = request;
  const text = document.text;
  const pathEnd = offset + (/^[\w.@-]*/.exec(text.slice(offset, offset + 200))?.[0].length ?? 0);
  const closed = /^\s*~?\}\}/.test(text.slice(pathEnd, pathEnd + 200));
  const range = toRange(textDocument, { start: tag.pathStart, end: pathEnd });
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (path: string, detail: string, documentation: string, rank: number): void => {
    if (seen.has(path)) return;
    seen.add(path);
    items.push({
      label: path,
      kind: CompletionItemKind.Variable,
      detail,
      documentation: { kind: MarkupKind.Markdown, value: documentation },
      sortText: `${rank}${path}`,
      textEdit: { range, newText: closed ? path : `${path}}}` },
    });
  };
  const variables = document.frontMatter.variables;
  for (const variable of variables?.values() ?? []) {
    const sample = formatSample(variable.sample);
    add(variable.path, sample, `Sample value: ${sample}`, 0);
  }
  for (const placeholder of document.placeholders) {
    if (placeholder.rootScope) add(placeholder.path, 'used in this template', variables ? 'Not declared under `variables`.' : 'Used elsewhere in this template.', 1);
  }
  for (const [path, description] of Object.entries(COMMON_PATHS)) {
    add(path, variables ? 'not declared yet' : 'common placeholder', `${description}.${variables ? ' Declare it under `variables` with a sample value.' : ''}`, 2);
  }
  return items;
}

export function formatSample(sample: unknown): string {
  if (sample === undefined || sample === null) return '(no sample value)';
  return typeof sample === 'string' ? sample : JSON.stringify(sample);
}

// ---------------------------------------------------------------------------------------------------
// Suppression comments: `{{!-- outreach-disable-next-line rule-id, other-id --}}`

const DIRECTIVES: Readonly<Record<SuppressionDirective, string>> = {
  'disable-next-line': 'Silences the named rules (or every rule) on the next line.',
  disable: 'Silences the named rules (or every rule) from here until `outreach-enable`.',
  enable: 'Turns the named rules (or every rule) back on after `outreach-disable`.',
  'disable-file': 'Silences the named rules (or every rule) in the whole template.',
};

/** `outreach-<directive> ids…` up to the cursor: the ids typed so far. */
const RULE_LIST = new RegExp(String.raw`^\s*outreach-(?:${Object.keys(DIRECTIVES).join('|')})\s+(.*)$`);

type OpenSuppression = { kind: 'directive'; typedStart: number } | { kind: 'rule'; typedStart: number; listed: ReadonlySet<string> };

/** The comment (opened on the current line, not yet closed before the cursor) being typed, when it is or may become a suppression. */
function openSuppression(text: string, from: number, offset: number): OpenSuppression | undefined {
  const line = text.slice(from, offset);
  const open = line.lastIndexOf('{{');
  if (open < 0) return undefined;
  const comment = /^~?!(?:--)?(.*)$/.exec(line.slice(open + 2))?.[1];
  if (comment === undefined || comment.includes('}}')) return undefined;
  const directive = /^\s*([\w-]*)$/.exec(comment)?.[1];
  if (directive !== undefined) {
    const mayBeDirective = Object.keys(DIRECTIVES).some((name) => `outreach-${name}`.startsWith(directive));
    return mayBeDirective ? { kind: 'directive', typedStart: offset - directive.length } : undefined;
  }
  const ruleList = RULE_LIST.exec(comment)?.[1];
  // After the closing `--` the comment takes no more ids.
  if (ruleList === undefined || ruleList.includes('--')) return undefined;
  const typed = /[\w-]*$/.exec(ruleList)?.[0] ?? '';
  const listed = new Set(ruleList.slice(0, ruleList.length - typed.length).split(/[\s,]+/).filter(Boolean));
  return { kind: 'rule', typedStart: offset - typed.length, listed };
}

function suppressionCompletions(request: CompletionRequest, suppression: OpenSuppression, offset: number): CompletionItem[] {
  const { document, textDocument } = request;
  // The rest of the word under the cursor is replaced too, but not a closing `--`.
  const rest = /^\w+(?:-\w+)*/.exec(document.text.slice(offset, offset + 200))?.[0] ?? '';
  const range = toRange(textDocument, { start: suppression.typedStart, end: offset + rest.length });
  if (suppression.kind === 'directive') {
    return Object.entries(DIRECTIVES).map(([name, description]) => ({
      label: `outreach-${name}`,
      kind: CompletionItemKind.Keyword,
      detail: 'suppression comment',
      documentation: { kind: MarkupKind.Markdown, value: `${description} List rule ids after it, separated by spaces or commas.` },
      textEdit: { range, newText: `outreach-${name}` },
    }));
  }
  const items: CompletionItem[] = [];
  for (const meta of request.rules) {
    if (suppression.listed.has(meta.id)) continue;
    items.push({
      label: meta.id,
      kind: CompletionItemKind.EnumMember,
      detail: meta.description,
      documentation: { kind: MarkupKind.Markdown, value: meta.docs.why },
      textEdit: { range, newText: meta.id },
    });
  }
  for (const rule of request.customRules) {
    if (suppression.listed.has(rule.id)) continue;
    items.push({
      label: rule.id,
      labelDetails: { description: 'custom rule' },
      kind: CompletionItemKind.EnumMember,
      detail: rule.message,
      documentation: { kind: MarkupKind.Markdown, value: 'A custom rule from `customRules` in `.outreachrc.json`.' },
      textEdit: { range, newText: rule.id },
    });
  }
  return items;
}

// ---------------------------------------------------------------------------------------------------
// Phrase-library clauses in the body

function clauseCompletions(request: CompletionRequest, offset: number, lineStart: number): CompletionItem[] {
  const { document, textDocument, phrases, snippetSupport } = request;
  const kind = document.frontMatter.kind;
  const typed = /[\p{L}\p{N}'’-]*$/u.exec(document.text.slice(lineStart, offset))?.[0] ?? '';
  const prefix = typed.toLowerCase();
  const range = toRange(textDocument, { start: offset - typed.length, end: offset });
  const missing = request.missingCategories ?? new Set<PhraseCategory>();
  const items: CompletionItem[] = [];
  phrases.entries.forEach((entry, index) => {
    if (entry.category === 'subject' || !entry.kinds.includes(kind)) return;
    const match = matchRank(entry, prefix);
    if (match === undefined) return;
    items.push({
      label: entry.label,
      labelDetails: { description: entry.category },
      kind: CompletionItemKind.Snippet,
      detail: entry.category,
      documentation: { kind: MarkupKind.Markdown, value: clauseDocumentation(entry) },
      filterText: `${entry.category} ${entry.label} ${entry.text}`,
      sortText: `${missing.has(entry.category) ? 0 : 1}${match}${categoryIndex(entry.category)}${String(index).padStart(5, '0')}`,
      insertTextFormat: snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText: snippetSupport ? clauseSnippet(entry.text) : entry.text },
    });
  });
  return items;
}

/** 0 when the typed word starts a word of the label or category, 1 of the clause text; undefined when it matches nothing. */
function matchRank(entry: PhraseEntry, prefix: string): number | undefined {
  if (!prefix) return 0;
  const startsAWord = (haystack: string): boolean => haystack.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).some((word) => word.startsWith(prefix)) || haystack.toLowerCase().startsWith(prefix);
  if (startsAWord(entry.label) || startsAWord(entry.category)) return 0;
  if (startsAWord(entry.text)) return 1;
  return undefined;
}

function categoryIndex(category: PhraseCategory): string {
  return String(PHRASE_CATEGORIES.indexOf(category)).padStart(2, '0');
}

function clauseDocumentation(entry: PhraseEntry): string {
  return entry.note ? `${entry.text}\n\n*${entry.note}*` : entry.text;
}

function insideTemplateTag(tags: readonly OffsetRange[], offset: number): boolean {
  return tags.some((tag) => tag.start < offset && offset < tag.end);
}

// ---------------------------------------------------------------------------------------------------
// Front matter

function frontMatterCompletions(request: CompletionRequest, offset: number, lineStart: number): CompletionItem[] {
  const { document, textDocument } = request;
  const before = document.text.slice(lineStart, offset);
  const keyTyped = /^([ \t]*)([\w.-]*)$/.exec(before);
  if (keyTyped) {
    const indentation = keyTyped[1] ?? '';
    const typed = keyTyped[2] ?? '';
    const range = toRange(textDocument, { start: offset - typed.length, end: offset });
    if (!indentation) return topLevelKeyCompletions(document, range);
    const parent = parentKey(document.text, lineStart, indentation.length, document.frontMatter.contentRange.start);
    if (parent === 'recipient') return keyItems(RECIPIENT_KEYS, range, (key) => `${key}: `);
    if (parent === 'variables') return undeclaredVariableCompletions(document, range);
    return [];
  }
  const valueTyped = /^[ \t]*([\w.-]+):[ \t]*(.*)$/.exec(before);
  if (!valueTyped) return [];
  const key = valueTyped[1] ?? '';
  const typed = valueTyped[2] ?? '';
  const range = toRange(textDocument, { start: offset - typed.length, end: offset + valueRestLength(document.text, offset) });
  if (key === 'subject') return subjectCompletions(request, range);
  const values = ENUM_VALUES[key];
  if (!values) return [];
  return values.map((value) => ({ label: value, kind: CompletionItemKind.EnumMember, detail: key, textEdit: { range, newText: value } }));
}

/** How much of a value follows the cursor on its line (up to a YAML comment, without trailing blanks): a chosen value replaces it. */
function valueRestLength(text: string, offset: number): number {
  const rest = /^[^\r\n]*/.exec(text.slice(offset, offset + 1_000))?.[0] ?? '';
  const comment = rest.search(/\s#/);
  return (comment === -1 ? rest : rest.slice(0, comment)).trimEnd().length;
}

function topLevelKeyCompletions(document: OutreachDocument, range: Range): CompletionItem[] {
  const content = document.text.slice(document.frontMatter.contentRange.start, document.frontMatter.contentRange.end);
  const present = new Set([...content.matchAll(/^([\w.-]+):/gm)].map((match) => match[1]));
  const eol = lineBreakOf(document.text);
  const missing = Object.fromEntries(Object.entries(TOP_LEVEL_KEYS).filter(([key]) => !present.has(key)));
  return keyItems(missing, range, (key) => (MAP_KEYS.has(key) ? `${key}:${eol}  ` : `${key}: `));
}

function keySummaries(parent: string | undefined): Record<string, string> {
  return Object.fromEntries(FRONT_MATTER_KEYS.filter((doc) => doc.parent === parent).map((doc) => [doc.key, doc.summary]));
}

function keyItems(keys: Record<string, string>, range: Range, newText: (key: string) => string): CompletionItem[] {
  return Object.entries(keys).map(([key, description]) => ({
    label: key,
    kind: CompletionItemKind.Property,
    documentation: description,
    textEdit: { range, newText: newText(key) },
  }));
}

/** Under `variables`: the paths the body uses that are not declared yet. */
function undeclaredVariableCompletions(document: OutreachDocument, range: Range): CompletionItem[] {
  const declared = document.frontMatter.variables;
  const paths = new Set(document.placeholders.filter((placeholder) => placeholder.rootScope && !declared?.has(placeholder.path)).map((placeholder) => placeholder.path));
  return [...paths].map((path) => ({
    label: path,
    kind: CompletionItemKind.Variable,
    detail: 'used in the body, not declared',
    textEdit: { range, newText: `${path}: ` },
  }));
}

function subjectCompletions(request: CompletionRequest, range: Range): CompletionItem[] {
  const kind = request.document.frontMatter.kind;
  return request.phrases.inCategory('subject', kind).map((entry) => ({
    label: entry.label,
    kind: CompletionItemKind.Text,
    detail: entry.text,
    documentation: entry.note,
    filterText: `${entry.label} ${entry.text}`,
    // Double-quoted: a subject may start with `{{` or hold `: `, which plain YAML would misread.
    textEdit: { range, newText: JSON.stringify(entry.text) },
  }));
}
