/**
 * The preview: a template rendered with its `variables` samples, as a self-contained HTML page for a webview.
 * Everything from the document is HTML-escaped (triple-stash included), no helpers beyond if/unless/each/with run,
 * and the page allows no scripts. A placeholder without a sample shows highlighted instead of vanishing.
 * Built as dist/preview.js, which the server loads on the first preview: it takes the service's parsed document, so
 * it holds only the Handlebars compiler, which no other feature needs.
 */
import type Handlebars from 'handlebars';
import type { OutreachDocument } from '../document/document';
import { PLAIN_PATH, PREVIEW_BLOCK_HELPERS, sandbox, setPath, UNSAFE_SEGMENTS } from './sandbox';

// The contacts check renders with the same sandbox: the server's editor check loads it with the preview (dist/preview.js).
export { contactReader, createContactCheck } from '../contacts/check';

export interface PreviewOptions {
  /** The webview's `cspSource`: the only origin styles may come from besides the inline sheet. */
  cspSource: string;
  /** When given, the inline style sheet is allowed by this nonce instead of `'unsafe-inline'`. */
  nonce?: string;
  /** The contact to render the message for, instead of the samples, when the template names a contact list. */
  contact?: ContactPreview;
}

/** One contact of the template's list, and where the picker's buttons lead (0-based positions in the list; undefined: nowhere). */
export interface ContactPreview {
  /** The row's values as the template reads them. */
  values: Record<string, unknown>;
  /** "Row 3 (bo@example.com)". */
  label: string;
  /** The list as the front matter names it. */
  list: string;
  index: number;
  count: number;
  /** Whether this contact breaks the template. */
  broken: boolean;
  previous?: number;
  next?: number;
  nextBroken?: number;
}

/** A problem that makes the template impossible to preview, worded for the author. */
class PreviewError extends Error {}


type Samples = Record<string, unknown>;

export function renderPreviewHtml(document: OutreachDocument, options: PreviewOptions): string {
  try {
    return previewPage(document, options);
  } catch (error) {
    return errorPage(error, { cspSource: options.cspSource, nonce: options.nonce });
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
  const data = options.contact ? structuredClone(options.contact.values) : sampleData(document);
  const missing = new MissingSamples(document.text + JSON.stringify(data), options.contact ? 'contact' : 'samples');
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
    ...(options.contact ? [contactPicker(options.contact, options.nonce !== undefined)] : []),
    subject ? `<h1>${subject}</h1>` : '<h1 class="none">(no subject)</h1>',
    `<main class="body">${body}</main>`,
    missing.note(),
  ]);
}

/**
 * The bar above a contact's message: which contact it is, and (with a nonce for the page's one script) buttons to step
 * through the list; each posts the position it leads to, which the client sends back with its next preview request.
 */
function contactPicker(contact: ContactPreview, buttons: boolean): string {
  const shown = `<span class="contact">${escapeHtml(contact.label)}, ${contact.index + 1} of ${contact.count} in <code>${escapeHtml(contact.list)}</code>${contact.broken ? ' <strong class="broken">breaks this template</strong>' : ''}</span>`;
  if (!buttons) return `<nav class="contacts">${shown}</nav>`;
  const button = (label: string, target: number | undefined): string =>
    target === undefined || target === contact.index ? `<button type="button" disabled>${label}</button>` : `<button type="button" data-row="${target}">${label}</button>`;
  return [
    '<nav class="contacts">',
    shown,
    `<span class="buttons">${button('First', 0)}${button('Previous', contact.previous)}${button('Next', contact.next)}${button('Next broken', contact.nextBroken)}</span>`,
    '</nav>',
  ].join('');
}

/** The page's one script, under the nonce: the picker's buttons tell the client which contact to show. */
const PICKER_SCRIPT = `const vscode = acquireVsCodeApi();
for (const button of document.querySelectorAll('button[data-row]')) button.addEventListener('click', () => vscode.postMessage({ row: Number(button.dataset.row) }));`;

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

  /** `haystack` is every text the output can hold: the marker must appear nowhere in it. `source` is where the values come from. */
  constructor(haystack: string, private readonly source: 'samples' | 'contact') {
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
      const title = this.source === 'contact' ? 'Empty for this contact' : 'No sample value under variables';
      return `<mark class="missing" title="${title}">{{${escapeHtml(path)}}}</mark>`;
    });
  }

  note(): string {
    const lead = this.source === 'contact' ? 'Rendered as this contact will read it.' : 'Rendered with the sample values under <code>variables</code>.';
    if (this.paths.length === 0) return `<footer>${lead}</footer>`;
    const list = this.paths.map((path) => `<code>${escapeHtml(path)}</code>`).join(', ');
    const what = this.source === 'contact' ? 'are empty for this contact' : 'have no sample value';
    return `<footer>${lead} Highlighted placeholders ${what}: ${list}.</footer>`;
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
  // The contact picker's script runs under the nonce; a page without the picker allows no script at all.
  const script = options.contact && options.nonce ? `; script-src 'nonce-${options.nonce}'` : '';
  const csp = `default-src 'none'; style-src ${options.cspSource} ${styleSource}${script}; base-uri 'none'; form-action 'none'`;
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
    ...(script ? [`<script${nonce}>${PICKER_SCRIPT}</script>`] : []),
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
nav.contacts { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: center; justify-content: space-between; padding: 0.5em 0.75em; border: 1px solid var(--vscode-panel-border, #8884); border-radius: 4px; }
nav.contacts .broken { color: var(--vscode-errorForeground, #c00); font-weight: 600; }
nav.contacts .buttons { display: flex; gap: 0.4em; }
nav.contacts button { font: inherit; color: var(--vscode-button-secondaryForeground, inherit); background: var(--vscode-button-secondaryBackground, #8882); border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; padding: 0.2em 0.7em; cursor: pointer; }
nav.contacts button:disabled { opacity: 0.5; cursor: default; }
footer { margin-top: 2em; font-size: 0.9em; color: var(--vscode-descriptionForeground, #888); }
`;

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
