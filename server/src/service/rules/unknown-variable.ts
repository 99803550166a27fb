import { isMap, isScalar } from 'yaml';
import { lineBreakOf } from '../document/characters';
import type { Placeholder } from '../document/document';
import { closest } from '../document/didYouMean';
import type { FrontMatter } from '../document/frontMatter';
import { declaredVariables, type Rule } from './rule';
import type { Fix, OffsetEdit } from '../types';

export const unknownVariable: Rule = {
  meta: {
    id: 'unknown-variable',
    severity: 'warning',
    kinds: 'all',
    description: 'A placeholder uses a path that is not declared under `variables`.',
    docs: {
      why:
        'A placeholder the merge data does not provide renders as nothing, so the recipient reads "Hi ," or "your talk on ." and knows at once the message was mass-produced. Declaring every path with a sample value also lets you preview the message as the recipient will see it.',
      examplesIn: 'front matter',
      worse: 'variables:\n  recipient.firstName: Sally\n---\nHi {{recipient.fristName}},',
      better: 'variables:\n  recipient.firstName: Sally\n---\nHi {{recipient.firstName}},',
    },
    fixable: true,
  },
  check(context) {
    const { document } = context;
    const declared = declaredVariables(document);
    if (!declared) return;
    const paths = [...declared.keys()];
    // Only a key that can stand in `{{…}}` as written is worth suggesting ("name " or "a b" cannot).
    const suggestible = paths.filter((candidate) => PLACEHOLDER_PATH.test(candidate));
    // A path used many times gets its suggestion and its declaration found once.
    const advice = new Map<string, { suggestion: string | undefined; declare: Fix[] }>();
    for (const placeholder of document.placeholders) {
      const path = rootPath(placeholder);
      if (path === undefined || isDeclared(path, paths)) continue;
      let known = advice.get(path);
      if (!known) {
        known = { suggestion: closest(path, suggestible), declare: declareFix(document.text, document.frontMatter, path) };
        advice.set(path, known);
      }
      const { suggestion } = known;
      context.report({
        range: placeholder.range,
        message: suggestion
          ? `\`${path}\` is not declared under \`variables\`: did you mean \`${suggestion}\`?`
          : `\`${path}\` is not declared under \`variables\`: declare it with a sample value, or use a declared path.`,
        fixes: [
          ...(suggestion ? [renameFix(document.text, placeholder, suggestion)] : []),
          ...known.declare,
        ],
      });
    }
  },
};

/** The placeholder's path relative to the template's root data, or undefined when it is block-relative or special. */
function rootPath(placeholder: Placeholder): string | undefined {
  if (!placeholder.rootScope || placeholder.path.startsWith('@') || placeholder.path.startsWith('../')) return undefined;
  const path = placeholder.path.replace(/^(?:this\.|\.\/)/, '');
  return path === 'this' || path === '.' ? undefined : path;
}

const PLACEHOLDER_PATH = /^[\w@-]+(?:\.[\w@-]+)*$/;

/** A path is declared when it is a variable or a map of variables (`{{#with recipient}}`). */
function isDeclared(path: string, declared: readonly string[]): boolean {
  return declared.some((variable) => variable === path || variable.startsWith(`${path}.`));
}

function renameFix(text: string, placeholder: Placeholder, suggestion: string): Fix {
  const at = text.indexOf(placeholder.path, placeholder.range.start);
  const range = at >= 0 && at < placeholder.range.end ? { start: at, end: at + placeholder.path.length } : placeholder.range;
  return { title: `Replace with \`${suggestion}\``, edits: [{ range, newText: suggestion }], safe: true, preferred: true };
}

/** "Declare `x` in variables": a new `path: "sample"` line at the end of the `variables` map. */
function declareFix(text: string, frontMatter: FrontMatter, path: string): Fix[] {
  const edit = declarationEdit(text, frontMatter, `${path}: "${sampleFor(path)}"`);
  return edit ? [{ title: `Declare \`${path}\` in variables`, edits: [edit] }] : [];
}

/** A readable stand-in sample: the path's last segment in words (`recipient.talkTopic` → "talk topic"). */
function sampleFor(path: string): string {
  const last = path.split('.').pop() ?? path;
  const words = last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase().trim();
  return words || 'sample';
}

function declarationEdit(text: string, frontMatter: FrontMatter, line: string): OffsetEdit | undefined {
  const variables = frontMatter.yaml?.get('variables', true);
  const base = frontMatter.contentRange.start;
  const eol = lineBreakOf(text);
  if (isMap(variables) && !variables.flow && variables.items.length > 0) {
    const firstKey = variables.items[0]?.key;
    if (!isScalar(firstKey) || !firstKey.range) return undefined;
    const keyStart = base + firstKey.range[0];
    const indent = text.slice(lineStart(text, keyStart), keyStart);
    const end = lineEnd(text, base + (variables.range?.[1] ?? firstKey.range[1]));
    return { range: { start: end, end }, newText: `${eol}${indent}${line}` };
  }
  if (isScalar(variables) && variables.value === null) {
    // `variables:` with nothing under it: the first entry goes right below the key.
    const key = frontMatter.yaml?.contents;
    const keyStart = isMap(key) ? key.items.find((pair) => isScalar(pair.key) && pair.key.value === 'variables')?.key : undefined;
    if (!isScalar(keyStart) || !keyStart.range) return undefined;
    const end = lineEnd(text, base + keyStart.range[1]);
    return { range: { start: end, end }, newText: `${eol}  ${line}` };
  }
  return undefined;
}

function lineStart(text: string, offset: number): number {
  const breakAt = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  return breakAt + 1;
}

/** The end of the last non-blank line at or before `offset` (block nodes' ranges end after their line break). */
function lineEnd(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  const next = text.slice(end).search(/\r|\n/);
  return next < 0 ? text.length : end + next;
}
