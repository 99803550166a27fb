import { parseWithoutProcessing, type AST } from '@handlebars/parser';
import type { OutreachDocument, Placeholder } from '../document/document';
import type { DeclaredVariable } from '../document/frontMatter';
import type { Rule } from './rule';

export const renderEmpty: Rule = {
  meta: {
    id: 'render-empty',
    severity: 'warning',
    kinds: 'all',
    description: 'With its sample values (list samples item by item in `{{#each}}`) the template renders an empty placeholder or broken text such as "Hi ,".',
    docs: {
      why:
        'A blank where a name or topic should be is the clearest sign of a mail merge, and it undoes every bit of personal effort in the rest of the message. Sample values exist so you can read the message as the recipient will; an empty sample hides exactly the gap they would see.',
      worse: 'variables:\n  recipient.firstName: ""\n---\nHi {{recipient.firstName}},',
      better: 'variables:\n  recipient.firstName: Sally\n---\nHi {{recipient.firstName}},',
      examplesIn: 'front matter',
    },
    fixable: false,
  },
  check(context) {
    const { document } = context;
    const declared = document.frontMatter.variables;
    // A large document was never parsed by Handlebars, and rendering it would take as long as that parse.
    if (!declared || document.syntaxError || document.large) return;
    const samples = new Samples(declared);
    // Parsing again is only worth it when some rendered placeholder could come out empty, or a list sample is iterated.
    const worthRendering =
      [...declared.values()].some((variable) => Array.isArray(variable.sample)) ||
      document.placeholders.some((placeholder) => placeholder.renders && placeholder.rootScope && samples.rendersBadly(placeholder.path));
    if (!worthRendering) return;
    const byStart = new Map(document.placeholders.map((placeholder) => [placeholder.range.start, placeholder]));
    for (const found of emptyRenderings(document, samples)) {
      const placeholder = byStart.get(found.offset);
      if (!placeholder) continue;
      context.report({ range: placeholder.range, message: found.message ?? describe(document, placeholder, samples) });
    }
  },
};

/** What the sample data gives for a path, as Handlebars would see it. */
class Samples {
  constructor(private readonly declared: ReadonlyMap<string, DeclaredVariable>) {}

  value(path: string): unknown {
    const variable = this.declared.get(path);
    if (variable) return variable.sample;
    for (const key of this.declared.keys()) if (key.startsWith(`${path}.`)) return {};
    return undefined;
  }

  /** True for a sample that renders as nothing, a group of variables ("[object Object]") or a list ("a,b"). */
  rendersBadly(path: string): boolean {
    const variable = this.declared.get(path);
    if (!variable) return this.value(path) !== undefined;
    return badValue(variable.sample, false);
  }
}

/** Handlebars' `{{#if}}` truthiness (an empty list is false, as `{{#if}}` treats it). */
function truthy(value: unknown): boolean {
  return !(value === undefined || value === null || value === false || value === '' || value === 0 || (Array.isArray(value) && value.length === 0));
}

/** A value `{{…}}` renders as nothing or as broken text; inside a list item a missing field renders as nothing too. */
function badValue(value: unknown, missingIsBad: boolean): boolean {
  if (value === undefined) return missingIsBad;
  return value === null || (typeof value === 'string' && value.trim() === '') || typeof value === 'object';
}

/** One item of a list sample that `{{#each}}` renders with: the context of the paths inside the block. */
interface ItemScope {
  item: unknown;
  /** 1-based, for the message. */
  index: number;
  list: string;
  blockParams: readonly string[];
  parent: ItemScope | undefined;
}

/** A path's value in a scope: `known` is false for the root's own data, which `Samples` judges instead. */
type Resolved = { scope: 'root'; path: string } | { scope: 'item'; value: unknown; at: ItemScope; index?: boolean };

function resolve(expression: AST.PathExpression, scope: ItemScope | undefined): Resolved | undefined {
  if (expression.data) return undefined;
  let target = scope;
  for (let depth = 0; depth < expression.depth; depth++) target = target?.parent;
  const parts = expression.parts;
  const explicitThis = /^(?:\.\.\/)*(?:this\b|\.(?:\/|$))/.test(expression.original);
  if (!target) return parts.length === 0 ? undefined : { scope: 'root', path: parts.join('.') };
  // A block parameter (`{{#each talks as |talk i|}}`) names the item or its index, in this scope or an outer one.
  if (!explicitThis && expression.depth === 0 && parts.length > 0) {
    for (let named: ItemScope | undefined = target; named; named = named.parent) {
      const position = named.blockParams.indexOf(parts[0]!);
      if (position === 0) return { scope: 'item', value: lookup(named.item, parts.slice(1)), at: named };
      if (position > 0) return { scope: 'item', value: named.index - 1, at: named, index: true };
    }
  }
  return { scope: 'item', value: lookup(target.item, parts), at: target };
}

function lookup(value: unknown, parts: readonly string[]): unknown {
  let current = value;
  for (const part of parts) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

interface EmptyRendering {
  offset: number;
  /** Set for a placeholder inside `{{#each}}`; the others are described from their sample. */
  message?: string;
}

/**
 * Placeholders that would render badly, skipping blocks the samples would not render. `{{#each}}` over a list sample
 * renders its block once per item; other blocks change the context in ways the samples do not show, so they are left alone.
 */
function emptyRenderings(document: OutreachDocument, samples: Samples): EmptyRendering[] {
  let program: AST.Program;
  try {
    program = parseWithoutProcessing(document.text.slice(document.bodyStart));
  } catch {
    return [];
  }
  const firstLine = document.textDocument.positionAt(document.bodyStart).line;
  const offsetOf = (position: AST.Position): number =>
    document.textDocument.offsetAt({ line: firstLine + position.line - 1, character: position.column });
  const found = new Map<number, EmptyRendering>();
  const add = (rendering: EmptyRendering): void => {
    if (!found.has(rendering.offset)) found.set(rendering.offset, rendering);
  };
  const valueOf = (expression: AST.Expression, scope: ItemScope | undefined): { known: boolean; value: unknown } => {
    const resolved = expression.type === 'PathExpression' ? resolve(expression as AST.PathExpression, scope) : undefined;
    if (!resolved) return { known: false, value: undefined };
    return resolved.scope === 'root' ? { known: true, value: samples.value(resolved.path) } : { known: true, value: resolved.value };
  };
  const visit = (node: AST.Program, scope: ItemScope | undefined): void => {
    for (const statement of node.body) {
      if (statement.type === 'MustacheStatement') {
        const mustache = statement as AST.MustacheStatement;
        if (mustache.params.length > 0 || mustache.path.type !== 'PathExpression') continue;
        const resolved = resolve(mustache.path as AST.PathExpression, scope);
        if (!resolved) continue;
        if (resolved.scope === 'root') {
          if (samples.rendersBadly(resolved.path)) add({ offset: offsetOf(mustache.loc.start) });
        } else if (!resolved.index && badValue(resolved.value, true)) {
          add({ offset: offsetOf(mustache.loc.start), message: describeItem(mustache.path as AST.PathExpression, resolved.value, resolved.at) });
        }
      } else if (statement.type === 'BlockStatement') {
        const block = statement as AST.BlockStatement;
        const helper = (block.path as AST.PathExpression).original;
        const condition = block.params[0];
        if (block.params.length !== 1 || !condition) continue;
        if (helper === 'if' || helper === 'unless') {
          const { known, value } = valueOf(condition, scope);
          if (!known) continue;
          const branch = truthy(value) === (helper === 'if') ? block.program : block.inverse;
          if (branch) visit(branch, scope);
        } else if (helper === 'each') {
          const { value } = valueOf(condition, scope);
          if (!Array.isArray(value)) continue;
          if (value.length === 0) {
            if (block.inverse) visit(block.inverse, scope);
            else if (condition.type === 'PathExpression') add({ offset: offsetOf(condition.loc.start), message: describeEmptyList(condition as AST.PathExpression) });
            continue;
          }
          const blockParams = block.program.blockParams ?? [];
          const list = (condition as AST.PathExpression).original;
          value.forEach((item, index) => visit(block.program, { item, index: index + 1, list, blockParams, parent: scope }));
        }
      }
    }
  };
  visit(program, undefined);
  return [...found.values()];
}

function describeItem(expression: AST.PathExpression, value: unknown, scope: ItemScope): string {
  const where = `item ${scope.index} of the \`${scope.list}\` sample`;
  const tag = `\`{{${expression.original}}}\``;
  if (value === undefined) return `${tag} finds nothing in ${where}, so it renders as nothing there: give every item that value, or use a path the items have.`;
  if (typeof value === 'object' && value !== null) {
    return `${tag} is ${Array.isArray(value) ? 'a list' : 'a group of values'} in ${where} and renders as ${Array.isArray(value) ? 'its items joined by commas' : '“[object Object]”'}: use one of its values.`;
  }
  return `${tag} is empty in ${where}, so it renders as nothing there: give every item a realistic value.`;
}

function describeEmptyList(expression: AST.PathExpression): string {
  return `\`${expression.original}\` has an empty list as its sample, so this \`{{#each}}\` renders nothing: give it a few realistic items (or add an \`{{else}}\`).`;
}

function describe(document: OutreachDocument, placeholder: Placeholder, samples: Samples): string {
  const value = samples.value(placeholder.path);
  if (Array.isArray(value)) {
    return `\`${placeholder.path}\` has a list as its sample and renders its items joined by commas: loop over it with \`{{#each ${placeholder.path}}}\`, or give it a single value.`;
  }
  if (typeof value === 'object' && value !== null) {
    return `\`${placeholder.path}\` is a group of variables and renders as “[object Object]”: use one of its paths, e.g. \`${placeholder.path}.firstName\`.`;
  }
  const preview = renderedLine(document, placeholder, samples);
  const shown = preview ? ` so this line renders as “${preview}”` : ' so it renders as nothing';
  return `\`${placeholder.path}\` has an empty sample value,${shown}: give it a realistic sample so the preview shows what the recipient will read.`;
}

/** The placeholder's line with every placeholder that renders replaced by its sample and other tags dropped (short, for the message). */
function renderedLine(document: OutreachDocument, placeholder: Placeholder, samples: Samples): string {
  const { text, textDocument } = document;
  const { line } = textDocument.positionAt(placeholder.range.start);
  const start = textDocument.offsetAt({ line, character: 0 });
  const end = textDocument.offsetAt({ line: line + 1, character: 0 });
  const rendering = new Map(document.placeholders.filter((candidate) => candidate.renders).map((candidate) => [candidate.range.start, candidate.path]));
  let rendered = '';
  let cursor = start;
  for (const tag of document.templateTags) {
    if (tag.start < start || tag.end > end) continue;
    const path = rendering.get(tag.start);
    const value = path === undefined ? undefined : samples.value(path);
    rendered += text.slice(cursor, tag.start) + (value === null || value === undefined || typeof value === 'object' ? '' : String(value));
    cursor = tag.end;
  }
  rendered = (rendered + text.slice(cursor, end)).replace(/\s+/g, ' ').trim();
  return rendered.length > 60 ? `${rendered.slice(0, 59)}…` : rendered;
}
