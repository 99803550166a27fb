import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Pair } from 'yaml';
import {
  CONSENTS,
  RELATIONSHIPS,
  SENIORITIES,
  TEMPLATE_KINDS,
  type Consent,
  type OffsetRange,
  type Relationship,
  type Seniority,
  type TemplateKind,
} from '../types';
import { wholeCharacters } from './characters';
import { closest } from './didYouMean';
import { FRONT_MATTER_KEYS } from './frontMatterKeys';

/** A problem in the front matter itself (reported by the `frontmatter` rule). */
export interface FrontMatterProblem {
  message: string;
  range: OffsetRange;
  severity: 'error' | 'warning';
  /** For an enum value that is close to a valid one. */
  suggestion?: string;
}

export interface DeclaredVariable {
  path: string;
  /** A scalar, or for a list (what `{{#each path}}` iterates) an array of scalars or plain objects. */
  sample: unknown;
  /** The sample value as written (the key's range when there is none). */
  valueRange?: OffsetRange;
  /** The key as written (for a nested map, the innermost key). */
  keyRange: OffsetRange;
  /** The whole `key: value` line(s), for removal. */
  entryRange: OffsetRange;
}

export interface ScalarField<T> {
  value: T;
  range: OffsetRange;
}

export interface ContactData {
  /** The `data` key as written, where a list that cannot be read is reported. */
  keyRange: OffsetRange;
  /** The list's path as written, relative to the template. */
  file?: ScalarField<string>;
  columns: Map<string, string>;
}

export interface FrontMatter {
  /** Whether the document starts with a `---` block. */
  present: boolean;
  /** Whole block including both `---` lines; empty range at 0 when absent. */
  range: OffsetRange;
  /** The YAML text between the delimiters. */
  contentRange: OffsetRange;
  yaml?: Document;
  kind: TemplateKind;
  kindField?: ScalarField<string>;
  subject?: ScalarField<string>;
  relationship: Relationship;
  seniority?: Seniority;
  sellsAdvice: boolean;
  consent?: Consent;
  consentField?: ScalarField<string>;
  /** Declared placeholders with sample values; undefined when there is no `variables` map. */
  variables?: Map<string, DeclaredVariable>;
  variablesRange?: OffsetRange;
  /** The contact list the template is sent to (`data.file`, or `data` as a string) and how it fills the placeholders (`data.columns`: header → placeholder path). */
  data?: ContactData;
  problems: FrontMatterProblem[];
}

const KNOWN_TOP_KEYS = FRONT_MATTER_KEYS.filter((doc) => doc.parent === undefined).map((doc) => doc.key);
const KNOWN_RECIPIENT_KEYS = FRONT_MATTER_KEYS.filter((doc) => doc.parent === 'recipient').map((doc) => doc.key);
const KNOWN_DATA_KEYS = FRONT_MATTER_KEYS.filter((doc) => doc.parent === 'data').map((doc) => doc.key);
/** A placeholder path, as `data.columns` maps a header to one. */
const PLACEHOLDER_PATH = /^[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)*$/;

/** Real front matter is a dozen lines; a YAML parse of this much already takes a few hundred milliseconds. */
export const MAX_FRONT_MATTER_CHARS = 100_000;

const OPENING = /^\uFEFF?---[ \t]*(?:\r\n|\n|\r)/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/** Finds the `---` block at the very top; returns the offsets of its parts. */
export function locateFrontMatter(text: string): { range: OffsetRange; contentRange: OffsetRange } | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const contentStart = opening[0].length;
  CLOSING.lastIndex = 0;
  const rest = text.slice(contentStart);
  const closing = CLOSING.exec(rest);
  if (!closing) return undefined;
  const contentEnd = contentStart + closing.index;
  let end = contentEnd + closing[0].length;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text[end] === '\n' || text[end] === '\r') end += 1;
  return { range: { start: 0, end }, contentRange: { start: contentStart, end: contentEnd } };
}

export function parseFrontMatter(text: string): FrontMatter {
  const located = locateFrontMatter(text);
  const frontMatter: FrontMatter = {
    present: located !== undefined,
    range: located?.range ?? { start: 0, end: 0 },
    contentRange: located?.contentRange ?? { start: 0, end: 0 },
    kind: 'request',
    relationship: 'cold',
    sellsAdvice: false,
    problems: [],
  };
  if (!located) {
    if (/^\uFEFF?---[ \t]*(?:\r\n|\n|\r)/.test(text)) {
      const firstLineEnd = text.search(/\r\n|\n|\r/);
      frontMatter.problems.push({
        message: 'Front matter starts with `---` but never ends: add a closing `---` line.',
        range: { start: 0, end: firstLineEnd < 0 ? text.length : firstLineEnd },
        severity: 'error',
      });
    }
    return frontMatter;
  }
  const base = located.contentRange.start;
  const source = text.slice(base, located.contentRange.end);
  if (source.length > MAX_FRONT_MATTER_CHARS) {
    frontMatter.problems.push({
      message: `The front matter is ${source.length.toLocaleString('en-US')} characters long, over the ${MAX_FRONT_MATTER_CHARS.toLocaleString('en-US')} this linter reads: it was skipped. Keep it to the keys the template needs.`,
      range: { start: text.indexOf('---'), end: text.indexOf('---') + 3 },
      severity: 'error',
    });
    return frontMatter;
  }
  // yaml's own unique-key check compares each key with every earlier one: quadratic in a hostile map of thousands of keys.
  const yaml = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
  frontMatter.yaml = yaml;
  const shift = (range: readonly number[] | undefined): OffsetRange => ({
    start: base + (range?.[0] ?? 0),
    end: base + (range?.[1] ?? range?.[0] ?? 0),
  });
  const errors = [...yaml.errors.map((error) => ({ message: firstLine(error.message), pos: error.pos })), ...duplicateKeys(yaml)];
  for (const error of errors) {
    const range = wholeCharacters(text, insideContent(text, shift(error.pos), located.contentRange));
    frontMatter.problems.push({ message: `YAML: ${error.message}`, range, severity: 'error' });
  }
  if (errors.length > 0) return frontMatter;
  const root = yaml.contents;
  if (root === null || (isScalar(root) && root.value === null)) return frontMatter;
  if (!isMap(root)) {
    frontMatter.problems.push({ message: 'Front matter must be a map of `key: value` lines.', range: shift(root.range), severity: 'error' });
    return frontMatter;
  }
  const nodeRange = (node: YamlNode | null | undefined, fallback: OffsetRange): OffsetRange =>
    node?.range ? shift(node.range) : fallback;
  const wholeRange = shift([0, source.length]);

  for (const pair of root.items) {
    const key = keyOf(pair);
    const keyRange = nodeRange(pair.key as YamlNode, wholeRange);
    const value = pair.value as YamlNode | null;
    const valueRange = nodeRange(value, keyRange);
    switch (key) {
      case 'kind': {
        const kind = enumField(value, TEMPLATE_KINDS, 'kind', valueRange, frontMatter.problems);
        if (kind) frontMatter.kind = kind;
        if (isScalar(value) && typeof value.value === 'string') frontMatter.kindField = { value: value.value, range: valueRange };
        break;
      }
      case 'subject':
        if (isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number')) {
          frontMatter.subject = { value: String(value.value), range: valueRange };
        } else if (!(isScalar(value) && value.value === null)) {
          frontMatter.problems.push({ message: '`subject` must be a line of text.', range: valueRange, severity: 'error' });
        }
        break;
      case 'relationship': {
        const relationship = enumField(value, RELATIONSHIPS, 'relationship', valueRange, frontMatter.problems);
        if (relationship) frontMatter.relationship = relationship;
        break;
      }
      case 'consent': {
        const consent = enumField(value, CONSENTS, 'consent', valueRange, frontMatter.problems);
        if (consent) frontMatter.consent = consent;
        if (isScalar(value) && typeof value.value === 'string') frontMatter.consentField = { value: value.value, range: valueRange };
        break;
      }
      case 'recipient':
        readRecipient(value, valueRange, frontMatter, nodeRange);
        break;
      case 'variables':
        readVariables(value, valueRange, frontMatter, nodeRange, shift);
        break;
      case 'data':
        readData(value, keyRange, valueRange, frontMatter, nodeRange);
        break;
      default:
        frontMatter.problems.push(unknownKey(`front-matter key \`${key}\``, key, KNOWN_TOP_KEYS, keyRange));
    }
  }
  return frontMatter;
}

/** A repeated scalar key in any map, as yaml's `uniqueKeys` reports it, found in linear time. */
function duplicateKeys(yaml: Document): { message: string; pos: [number, number] }[] {
  const duplicates: { message: string; pos: [number, number] }[] = [];
  // Every map, parents before children, as yaml's `visit` would reach them (a direct walk costs a twentieth of it).
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value) && pair.key.range) duplicates.push({ message: 'Map keys must be unique', pos: [pair.key.range[0], pair.key.range[0] + 1] });
        seen.add(pair.key.value);
      }
    }
    if (isMap(node) || isSeq(node)) for (const item of node.items) walk(item);
    else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    }
  };
  walk(yaml.contents);
  return duplicates;
}

/** A key the front matter does not know (`what` names it in the message), with the nearest known key as the suggestion. */
function unknownKey(what: string, key: string, known: readonly string[], range: OffsetRange): FrontMatterProblem {
  return { message: `Unknown ${what}; known keys: ${known.join(', ')}.`, range, severity: 'warning', suggestion: closest(key, known) };
}

function readRecipient(
  value: YamlNode | null,
  valueRange: OffsetRange,
  frontMatter: FrontMatter,
  nodeRange: (node: YamlNode | null | undefined, fallback: OffsetRange) => OffsetRange,
): void {
  if (isScalar(value) && value.value === null) return;
  if (!isMap(value)) {
    frontMatter.problems.push({ message: '`recipient` must be a map (seniority, sellsAdvice).', range: valueRange, severity: 'error' });
    return;
  }
  for (const pair of value.items) {
    const key = keyOf(pair);
    const keyRange = nodeRange(pair.key as YamlNode, valueRange);
    const inner = pair.value as YamlNode | null;
    const innerRange = nodeRange(inner, keyRange);
    if (key === 'seniority') {
      const seniority = enumField(inner, SENIORITIES, 'recipient.seniority', innerRange, frontMatter.problems);
      if (seniority) frontMatter.seniority = seniority;
    } else if (key === 'sellsAdvice') {
      if (isScalar(inner) && typeof inner.value === 'boolean') frontMatter.sellsAdvice = inner.value;
      else frontMatter.problems.push({ message: '`recipient.sellsAdvice` must be `true` or `false`.', range: innerRange, severity: 'error' });
    } else {
      frontMatter.problems.push(unknownKey(`key \`recipient.${key}\``, key, KNOWN_RECIPIENT_KEYS, keyRange));
    }
  }
}

function readData(
  value: YamlNode | null,
  keyRange: OffsetRange,
  valueRange: OffsetRange,
  frontMatter: FrontMatter,
  nodeRange: (node: YamlNode | null | undefined, fallback: OffsetRange) => OffsetRange,
): void {
  const data: ContactData = { keyRange, columns: new Map<string, string>() };
  frontMatter.data = data;
  if (isScalar(value) && value.value === null) return;
  if (isScalar(value) && typeof value.value === 'string' && value.value.trim() !== '') {
    data.file = { value: value.value.trim(), range: valueRange };
    return;
  }
  if (!isMap(value)) {
    frontMatter.problems.push({ message: '`data` must be the contact list\'s path (`data: ./contacts.csv`) or a map (file, columns).', range: valueRange, severity: 'error' });
    return;
  }
  for (const pair of value.items) {
    const key = keyOf(pair);
    const keyRange = nodeRange(pair.key as YamlNode, valueRange);
    const inner = pair.value as YamlNode | null;
    if (key === 'file') {
      if (isScalar(inner) && typeof inner.value === 'string' && inner.value.trim() !== '') data.file = { value: inner.value.trim(), range: nodeRange(inner, keyRange) };
      else frontMatter.problems.push({ message: '`data.file` must be the path of the contact list, relative to the template (`./contacts.csv`).', range: nodeRange(inner, keyRange), severity: 'error' });
      continue;
    }
    if (key !== 'columns') {
      frontMatter.problems.push(unknownKey(`key \`data.${key}\``, key, KNOWN_DATA_KEYS, keyRange));
      continue;
    }
    if (isScalar(inner) && inner.value === null) continue;
    if (!isMap(inner)) {
      frontMatter.problems.push({ message: '`data.columns` must be a map from a column header to a placeholder path (`"First Name": recipient.firstName`).', range: nodeRange(inner, keyRange), severity: 'error' });
      continue;
    }
    for (const column of inner.items) {
      const path = isScalar(column.value) ? column.value.value : undefined;
      if (typeof path === 'string' && PLACEHOLDER_PATH.test(path)) data.columns.set(keyOf(column), path);
      else frontMatter.problems.push({ message: `\`data.columns\` maps a column header to a placeholder path such as \`recipient.firstName\`; \`${keyOf(column)}\` maps to none.`, range: nodeRange(column.value as YamlNode, nodeRange(column.key as YamlNode, keyRange)), severity: 'error' });
    }
  }
}

function readVariables(
  value: YamlNode | null,
  valueRange: OffsetRange,
  frontMatter: FrontMatter,
  nodeRange: (node: YamlNode | null | undefined, fallback: OffsetRange) => OffsetRange,
  shift: (range: readonly number[] | undefined) => OffsetRange,
): void {
  const variables = new Map<string, DeclaredVariable>();
  frontMatter.variables = variables;
  frontMatter.variablesRange = valueRange;
  if (isScalar(value) && value.value === null) return;
  if (!isMap(value)) {
    frontMatter.problems.push({ message: '`variables` must be a map of placeholder paths to sample values.', range: valueRange, severity: 'error' });
    return;
  }
  // Both `recipient.firstName: Sally` and nested `recipient: { firstName: Sally }` declare `recipient.firstName`.
  const visit = (pairs: Pair[], prefix: string): void => {
    for (const pair of pairs) {
      const key = keyOf(pair);
      const path = prefix ? `${prefix}.${key}` : key;
      const keyNode = pair.key as YamlNode;
      const keyRange = nodeRange(keyNode, valueRange);
      const inner = pair.value as YamlNode | null;
      if (isMap(inner)) {
        visit(inner.items as Pair[], path);
        continue;
      }
      // A list is a sample for `{{#each path}}`: the `frontmatter` rule reports one that the body never iterates.
      if (isSeq(inner) && inner.items.some((item) => !isScalar(item) && !isMap(item))) {
        frontMatter.problems.push({ message: `Variable \`${path}\` is a list: each item must be a single value or a map of values, not another list.`, range: nodeRange(inner, keyRange), severity: 'error' });
      }
      const end = inner?.range ? shift(inner.range).end : keyRange.end;
      variables.set(path, {
        path,
        sample: isScalar(inner) ? inner.value : isSeq(inner) ? plainValue(inner) : undefined,
        valueRange: nodeRange(inner, keyRange),
        keyRange,
        entryRange: { start: keyRange.start, end },
      });
    }
  };
  visit(value.items as Pair[], '');
}

/** Keys that would reach an object's prototype instead of holding a sample. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A list sample as plain data: scalars as they are, maps as plain objects (prototype keys dropped), nested lists alike. */
function plainValue(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map(plainValue);
  if (isMap(node)) {
    const object: Record<string, unknown> = {};
    for (const pair of node.items as Pair[]) {
      const key = keyOf(pair);
      if (!UNSAFE_KEYS.has(key)) object[key] = plainValue(pair.value);
    }
    return object;
  }
  return null;
}

function enumField<T extends string>(
  value: YamlNode | null,
  allowed: readonly T[],
  name: string,
  range: OffsetRange,
  problems: FrontMatterProblem[],
): T | undefined {
  const raw = isScalar(value) ? value.value : undefined;
  if (typeof raw === 'string' && (allowed as readonly string[]).includes(raw)) return raw as T;
  if (isScalar(value) && raw === null) return undefined;
  const suggestion = typeof raw === 'string' ? closest(raw, allowed) : undefined;
  problems.push({
    message: `\`${name}\` must be one of ${allowed.join(', ')}${typeof raw === 'string' ? `, not \`${raw}\`` : ''}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
    range,
    severity: 'error',
    suggestion,
  });
  return undefined;
}

function keyOf(pair: Pair): string {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return String(key);
}

/** An error at the very end of the YAML (an unclosed quote or bracket) is shown on the last YAML line, not on the closing `---`. */
function insideContent(text: string, range: OffsetRange, content: OffsetRange): OffsetRange {
  if (range.start < content.end) return range;
  const yamlText = text.slice(content.start, content.end).trimEnd();
  const lastLineStart = content.start + Math.max(yamlText.lastIndexOf('\n'), yamlText.lastIndexOf('\r')) + 1;
  return { start: lastLineStart, end: content.start + yamlText.length };
}

function firstLine(message: string): string {
  return message.split(/\r?\n/)[0] ?? message;
}
