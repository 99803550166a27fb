/**
 * The preview: a template rendered with its `variables` samples, as a self-contained HTML page for a webview.
 * Everything from the document is HTML-escaped (triple-stash included), no helpers beyond if/unless/each/with run,
 * and the page allows no scripts. A placeholder without a sample shows highlighted instead of vanishing.
 * Built as dist/preview.js, which the server loads on the first preview: it takes the service's parsed document, so
 * it holds only the Handlebars compiler, which no other feature needs.
 */
import Handlebars from 'handlebars';
import type { OutreachDocument } from '../document/document';

export interface PreviewOptions {
  /** The webview's `cspSource`: the only origin styles may come from besides the inline sheet. */
  cspSource: string;
  /** When given, the inline style sheet is allowed by this nonce instead of `'unsafe-inline'`. */
  nonce?: string;
}

/** A problem that makes the template impossible to preview, worded for the author. */
class PreviewError extends Error {}

const PREVIEW_BLOCK_HELPERS = ['if', 'unless', 'each', 'with'] as const;
/** The block helpers, and the two that Handlebars itself calls for `{{#section}}` blocks and unknown names. */
const KEPT_HELPERS = new Set<string>([...PREVIEW_BLOCK_HELPERS, 'helperMissing', 'blockHelperMissing']);
/** Paths that would reach an object's prototype instead of a sample. */
const UNSAFE_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);
const PLAIN_PATH = /^[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)*$/;

type Samples = Record<string, unknown>;

export function renderPreviewHtml(document: OutreachDocument, options: PreviewOptions): string {
  try {
    return previewPage(document, options);
  } catch (error) {
    return errorPage(error, options);
  }
}

function previewPage(document: OutreachDocument, options: PreviewOptions): string {
  if (document.syntaxError) {
    const line = document.textDocument.positionAt(document.syntaxError.range.start).line + 1;
    throw new PreviewError(`Line ${line}: ${document.syntaxError.message}`);
  }
  const handlebars = sandbox();
  const { subject: subjectField } = document.frontMatter;
  const lineOf = (offset: number): number => document.textDocument.positionAt(offset).line;
  const subjectAst = subjectField ? parseHardened(handlebars, subjectField.value, lineOf(subjectField.range.start)) : undefined;
  const bodyAst = parseHardened(handlebars, document.text.slice(document.bodyStart), lineOf(document.bodyStart));
  const data = sampleData(document);
  const missing = new MissingSamples(document.text + JSON.stringify(data));
  for (const ast of [subjectAst, bodyAst]) {
    if (ast) missing.fillAll(data, ast);
  }
  const render = (ast: hbs.AST.Program): string =>
    missing.highlight(
      handlebars.compile(ast, { strict: false, knownHelpersOnly: true, knownHelpers: { log: false, lookup: false } })(data),
    );
  const subject = subjectAst ? render(subjectAst).trim() : '';
  const body = render(bodyAst).replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
  return page(options, subject || 'Preview', [
    subject ? `<h1>${subject}</h1>` : '<h1 class="none">(no subject)</h1>',
    `<main class="body">${body}</main>`,
    missing.note(),
  ]);
}

/** A fresh Handlebars environment: no partials, no decorators, only the block helpers a template needs. */
export function sandbox(): typeof Handlebars {
  const handlebars = Handlebars.create();
  for (const name of Object.keys(handlebars.helpers)) {
    if (!KEPT_HELPERS.has(name)) handlebars.unregisterHelper(name);
  }
  for (const name of Object.keys(handlebars.decorators)) handlebars.unregisterDecorator(name);
  return handlebars;
}

/**
 * Parses without whitespace processing (compile does that once), then makes every output escaped:
 * literal text is HTML-escaped here, and `{{{raw}}}` / `{{& raw}}` are turned into escaped mustaches.
 * `firstLine` is the 0-based document line the source starts on, for error messages.
 */
function parseHardened(handlebars: typeof Handlebars, source: string, firstLine: number): hbs.AST.Program {
  const ast = handlebars.parseWithoutProcessing(source);
  harden(ast, (node) => `Line ${firstLine + node.loc.start.line}`);
  return ast;
}

function harden(program: hbs.AST.Program, where: (node: hbs.AST.Node) => string): void {
  for (const statement of program.body) {
    switch (statement.type) {
      case 'ContentStatement': {
        const content = statement as hbs.AST.ContentStatement;
        content.value = escapeHtml(content.value);
        break;
      }
      case 'MustacheStatement': {
        const mustache = statement as hbs.AST.MustacheStatement;
        rejectHelperCall(mustache, where);
        mustache.escaped = true;
        break;
      }
      case 'BlockStatement': {
        const block = statement as hbs.AST.BlockStatement;
        rejectHelperCall(block, where);
        if (block.program) harden(block.program, where);
        if (block.inverse) harden(block.inverse, where);
        break;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
        throw new PreviewError(`${where(statement)}: partials ({{> name}}) cannot be previewed; write their text out in the template.`);
      case 'Decorator':
      case 'DecoratorBlock':
        throw new PreviewError(`${where(statement)}: decorators ({{* name}}) cannot be previewed.`);
      default:
        break;
    }
  }
}

/** A tag with arguments calls a helper: only the four block helpers exist here. */
function rejectHelperCall(tag: hbs.AST.MustacheStatement | hbs.AST.BlockStatement, where: (node: hbs.AST.Node) => string): void {
  if (tag.params.length === 0 && !tag.hash) return;
  const name = tag.path.type === 'PathExpression' ? (tag.path as hbs.AST.PathExpression).original : String(tag.path.type);
  if ((PREVIEW_BLOCK_HELPERS as readonly string[]).includes(name)) return;
  throw new PreviewError(`${where(tag)}: \`${name}\` is called as a helper; the preview runs only ${PREVIEW_BLOCK_HELPERS.join(', ')}.`);
}

interface PlaceholderUses {
  /** Paths `{{path}}` renders at the template's root scope: inside if/unless, not inside each/with (their own scope). */
  rendered: string[];
  /** Paths tested by `{{#if}}` / `{{#unless}}`: a sample there decides which branch shows, so none is invented. */
  conditions: Set<string>;
}

function placeholderUses(program: hbs.AST.Program, uses: PlaceholderUses = { rendered: [], conditions: new Set() }): PlaceholderUses {
  for (const statement of program.body) {
    if (statement.type === 'MustacheStatement') {
      const mustache = statement as hbs.AST.MustacheStatement;
      const path = rootPath(mustache.path);
      if (path && mustache.params.length === 0 && !mustache.hash) uses.rendered.push(path);
    } else if (statement.type === 'BlockStatement') {
      const block = statement as hbs.AST.BlockStatement;
      if (block.path.original !== 'if' && block.path.original !== 'unless') continue;
      const condition = block.params[0] && rootPath(block.params[0]);
      if (condition) uses.conditions.add(condition);
      if (block.program) placeholderUses(block.program, uses);
      if (block.inverse) placeholderUses(block.inverse, uses);
    }
  }
  return uses;
}

function rootPath(expression: hbs.AST.Expression): string | undefined {
  if (expression.type !== 'PathExpression') return undefined;
  const path = expression as hbs.AST.PathExpression;
  return !path.data && path.depth === 0 ? path.original : undefined;
}

/** The `variables` samples as the nested object the template reads (`recipient.firstName` → `{ recipient: { firstName } }`). */
function sampleData(document: OutreachDocument): Samples {
  const data: Samples = {};
  for (const variable of document.frontMatter.variables?.values() ?? []) setPath(data, variable.path, variable.sample);
  return data;
}

/** Sets a dotted path, creating plain objects on the way; a path that would overwrite a sample or reach a prototype is skipped. */
export function setPath(data: Samples, path: string, value: unknown): void {
  if (!PLAIN_PATH.test(path)) return;
  const segments = path.split('.');
  if (segments.some((segment) => UNSAFE_SEGMENTS.has(segment))) return;
  let target = data;
  for (const segment of segments.slice(0, -1)) {
    const next = Object.hasOwn(target, segment) ? target[segment] : undefined;
    if (next === undefined || next === null) target[segment] = {};
    else if (typeof next !== 'object' || Array.isArray(next)) return;
    target = target[segment] as Samples;
  }
  target[segments[segments.length - 1]!] = value;
}

function getPath(data: Samples, path: string): unknown {
  let value: unknown = data;
  for (const segment of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Samples)[segment];
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * Placeholders without a sample render a sentinel word (letters and digits, so escaping leaves it alone),
 * which the rendered HTML then swaps for a highlighted `{{path}}`.
 */
class MissingSamples {
  private readonly marker: string;
  private readonly paths: string[] = [];

  /** `haystack` is every text the output can hold: the marker must appear nowhere in it. */
  constructor(haystack: string) {
    let marker = 'outreachmissingsample';
    while (haystack.includes(marker)) marker += 'x';
    this.marker = marker;
  }

  /** Gives every rendered placeholder without a sample (and not used as a condition) the sentinel of its path. */
  fillAll(data: Samples, ast: hbs.AST.Program): void {
    const { rendered, conditions } = placeholderUses(ast);
    for (const path of rendered) {
      if (!conditions.has(path)) this.fill(data, path);
    }
  }

  private fill(data: Samples, path: string): void {
    if (!PLAIN_PATH.test(path) || path.split('.').some((segment) => UNSAFE_SEGMENTS.has(segment))) return;
    if (!isEmpty(getPath(data, path))) return;
    let index = this.paths.indexOf(path);
    if (index < 0) index = this.paths.push(path) - 1;
    setPath(data, path, `${this.marker}${index}${this.marker}`);
  }

  highlight(html: string): string {
    return html.replace(new RegExp(`${this.marker}(\\d+)${this.marker}`, 'g'), (_, index: string) => {
      const path = this.paths[Number(index)] ?? '';
      return `<mark class="missing" title="No sample value under variables">{{${escapeHtml(path)}}}</mark>`;
    });
  }

  note(): string {
    if (this.paths.length === 0) return '<footer>Rendered with the sample values under <code>variables</code>.</footer>';
    const list = this.paths.map((path) => `<code>${escapeHtml(path)}</code>`).join(', ');
    return `<footer>Rendered with the sample values under <code>variables</code>. Highlighted placeholders have no sample value: ${list}.</footer>`;
  }
}

function errorPage(error: unknown, options: PreviewOptions): string {
  const message = error instanceof PreviewError ? error.message : `The template could not be rendered: ${error instanceof Error ? error.message : String(error)}`;
  return page(options, 'Preview unavailable', [
    '<h1 class="none">This template cannot be previewed yet</h1>',
    `<pre class="error">${escapeHtml(message)}</pre>`,
    '<footer>Fix the problem in the editor and the preview updates.</footer>',
  ]);
}

function page(options: PreviewOptions, title: string, sections: string[]): string {
  const styleSource = options.nonce ? `'nonce-${options.nonce}'` : "'unsafe-inline'";
  const csp = `default-src 'none'; style-src ${options.cspSource} ${styleSource}; base-uri 'none'; form-action 'none'`;
  const nonce = options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // The title is already escaped HTML when it comes from the rendered subject: tags in it are stripped, not re-escaped.
    `<title>${title.replace(/<[^>]*>/g, '')}</title>`,
    `<style${nonce}>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const STYLE = `
body { font-family: var(--vscode-font-family, sans-serif); color: var(--vscode-foreground); max-width: 46em; margin: 1.5em auto; padding: 0 1.5em; line-height: 1.5; }
h1 { font-size: 1.25em; font-weight: 600; border-bottom: 1px solid var(--vscode-panel-border, #8884); padding-bottom: 0.5em; }
h1.none { color: var(--vscode-descriptionForeground, #888); font-style: italic; }
.body { white-space: pre-wrap; overflow-wrap: anywhere; }
mark.missing { background: var(--vscode-inputValidation-warningBackground, #fff3b0); color: inherit; outline: 1px dashed var(--vscode-inputValidation-warningBorder, #b89500); border-radius: 2px; padding: 0 2px; }
pre.error { white-space: pre-wrap; color: var(--vscode-errorForeground, #c00); }
footer { margin-top: 2em; font-size: 0.9em; color: var(--vscode-descriptionForeground, #888); }
`;

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
