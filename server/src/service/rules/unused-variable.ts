import { isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import type { OutreachDocument } from '../document/document';
import { closest } from '../document/didYouMean';
import type { FrontMatter } from '../document/frontMatter';
import { declaredVariables, type Rule } from './rule';
import type { Fix, OffsetRange } from '../types';

export const unusedVariable: Rule = {
  meta: {
    id: 'unused-variable',
    severity: 'hint',
    kinds: 'all',
    description: 'A variable is declared under `variables` but no placeholder uses it.',
    docs: {
      why:
        'Each declared variable is a promise that the message says something specific about this recipient. A variable nothing uses usually means the personal line that needed it was cut, or the placeholder was misspelled, so the message is more generic than you think.',
      examplesIn: 'front matter',
      worse: 'variables:\n  recipient.firstName: Sally\n  recipient.talkTopic: remote hiring\n---\nHi {{recipient.firstName}},',
      better: 'variables:\n  recipient.firstName: Sally\n  recipient.talkTopic: remote hiring\n---\nHi {{recipient.firstName}},\n\nYour talk on {{recipient.talkTopic}} …',
    },
    fixable: true,
  },
  check(context) {
    const { document } = context;
    const declared = declaredVariables(document);
    if (!declared) return;
    const used = usedPaths(document);
    const paths = [...declared.keys()];
    const misspelled = misspelledUses(document, paths);
    for (const variable of declared.values()) {
      if (used.some((path) => path === variable.path || variable.path.startsWith(`${path}.`))) continue;
      const typo = misspelled.get(variable.path);
      const removal = removalRange(document.text, document.frontMatter, variable.path);
      const fixes: Fix[] = removal
        ? [{ title: `Remove the declaration of \`${variable.path}\``, edits: [{ range: removal, newText: '' }], safe: !typo, preferred: !typo }]
        : [];
      context.report({
        range: variable.keyRange,
        message: typo
          ? `\`${variable.path}\` is declared but never used; \`{{${typo}}}\` in the message looks like a misspelling of it: fix the placeholder.`
          : `\`${variable.path}\` is declared but never used: use it in the message (e.g. \`{{${variable.path}}}\`) or remove the declaration.`,
        fixes,
      });
    }
  },
};

/** Declared path → an undeclared placeholder path close to it (the unknown-variable rule offers the rename). */
function misspelledUses(document: OutreachDocument, declared: readonly string[]): Map<string, string> {
  const typos = new Map<string, string>();
  for (const placeholder of document.placeholders) {
    if (!placeholder.rootScope || declared.some((path) => path === placeholder.path || path.startsWith(`${placeholder.path}.`))) continue;
    const target = closest(placeholder.path, declared);
    if (target && !typos.has(target)) typos.set(target, placeholder.path);
  }
  return typos;
}

/** Every path the body or the subject line mentions, as written (block-relative prefixes dropped). */
function usedPaths(document: OutreachDocument): string[] {
  const paths = [...document.placeholders, ...document.subjectPlaceholders].map((placeholder) => placeholder.path);
  return paths.map((path) => path.replace(/^(?:\.\.\/)+|^(?:this\.|\.\/)/, ''));
}

/**
 * The whole line(s) declaring `path`, plus any parent key left with no other child (so fix-all is
 * idempotent). Undefined when the entry shares its line with other YAML (flow style).
 */
function removalRange(text: string, frontMatter: FrontMatter, path: string): OffsetRange | undefined {
  const variables = frontMatter.yaml?.get('variables', true);
  if (!isMap(variables) || variables.flow) return undefined;
  const chain = pairChain(variables, path.split('.'));
  if (!chain) return undefined;
  // Climb while the parent map would be left empty.
  let index = chain.length - 1;
  while (index > 0 && (chain[index - 1]!.value as YAMLMap).items.length === 1) index--;
  const target = chain[index]!;
  const base = frontMatter.contentRange.start;
  if (!isScalar(target.key) || !target.key.range) return undefined;
  const start = base + target.key.range[0];
  const valueEnd = (target.value as { range?: [number, number, number] } | null)?.range?.[1] ?? target.key.range[1];
  const from = lineStartOf(text, start);
  if (text.slice(from, start).trim() !== '') return undefined;
  let end = base + valueEnd;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  const breakAt = text.slice(end).search(/\r\n|\n|\r/);
  if (breakAt < 0) return undefined;
  const rest = text.slice(end, end + breakAt);
  if (rest.trim() !== '' && !rest.trim().startsWith('#')) return undefined;
  const lineBreak = text.startsWith('\r\n', end + breakAt) ? 2 : 1;
  return { start: from, end: end + breakAt + lineBreak };
}

/** The pairs leading to `path` in the variables map: a dotted key matches whole, nested maps match one segment each. */
function pairChain(map: YAMLMap, segments: string[]): Pair[] | undefined {
  for (const pair of map.items as Pair[]) {
    if (!isScalar(pair.key)) continue;
    const keySegments = String(pair.key.value).split('.');
    if (keySegments.length > segments.length || keySegments.some((segment, index) => segment !== segments[index])) continue;
    const rest = segments.slice(keySegments.length);
    if (rest.length === 0) return [pair];
    if (isMap(pair.value)) {
      const inner = pairChain(pair.value, rest);
      if (inner) return [pair, ...inner];
    }
  }
  return undefined;
}

function lineStartOf(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}
