import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { formatSample } from './completions';
import { ruleDocsUrl, toRange } from './diagnostics';
import type { OutreachDocument, Placeholder } from './document';
import type { RuleMeta } from './rule';
import type { Finding, OffsetRange } from './types';

export interface HoverRequest {
  document: OutreachDocument;
  textDocument: TextDocument;
  position: Position;
  findings: readonly Finding[];
  rules: readonly RuleMeta[];
}

/** On a finding: its rule's why and a better example; on a placeholder: its sample value. Both when they overlap. */
export function hover(request: HoverRequest): Hover | null {
  const { document, textDocument, position, findings, rules } = request;
  const offset = textDocument.offsetAt(position);
  const sections: string[] = [];
  let range: OffsetRange | undefined;

  const placeholder = document.placeholders.find((candidate) => covers(candidate.range, offset));
  if (placeholder) {
    sections.push(placeholderSection(document, placeholder));
    range = placeholder.range;
  }
  const byId = new Map(rules.map((meta) => [meta.id, meta]));
  const shown = new Set<string>();
  for (const finding of findings) {
    if (!covers(finding.range, offset) || shown.has(finding.rule)) continue;
    shown.add(finding.rule);
    const meta = byId.get(finding.rule);
    if (meta) sections.push(ruleSection(meta));
    range ??= finding.range;
  }
  if (sections.length === 0 || !range) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: toRange(textDocument, range) };
}

function covers(range: OffsetRange, offset: number): boolean {
  return range.start <= offset && (offset < range.end || (range.start === range.end && offset === range.start));
}

export function ruleSection(meta: RuleMeta): string {
  return [
    `**${meta.id}** — ${meta.description}`,
    meta.docs.why,
    `**Better:** ${meta.docs.better}`,
    `[Rule documentation](${ruleDocsUrl(meta.id)})`,
  ].join('\n\n');
}

function placeholderSection(document: OutreachDocument, placeholder: Placeholder): string {
  const title = `Placeholder ${codeSpan(placeholder.path)}`;
  if (!placeholder.rootScope) return `${title}\n\nRelative to the enclosing \`{{#each}}\` or \`{{#with}}\` block.`;
  const variables = document.frontMatter.variables;
  if (!variables) return `${title}\n\nNo \`variables\` map in the front matter: declare it there with a sample value.`;
  const declared = variables.get(placeholder.path);
  if (!declared) return `${title}\n\nNot declared under \`variables\`.`;
  return `${title}\n\nSample value: ${codeSpan(formatSample(declared.sample))}`;
}

/** An inline code span that survives backticks in the value. */
function codeSpan(value: string): string {
  const fence = value.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${value}${fence.length > 1 ? ' ' : ''}${fence}`;
}
