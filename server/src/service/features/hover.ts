import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { formatSample } from './completions';
import type { CustomRule } from '../config/customRules';
import { toRange } from './diagnostics';
import { ruleDocsUrl } from './ruleDocs';
import type { OutreachDocument, Placeholder } from '../document/document';
import { frontMatterKeyAt, frontMatterKeyDoc, type FrontMatterKeyDoc } from '../document/frontMatterKeys';
import type { RuleMeta } from '../rules/rule';
import { parseSuppressions } from '../config/suppressions';
import type { Finding, OffsetRange } from '../types';

export interface HoverRequest {
  document: OutreachDocument;
  textDocument: TextDocument;
  position: Position;
  findings: readonly Finding[];
  rules: readonly RuleMeta[];
  customRules: readonly CustomRule[];
}

/**
 * On a finding: its rule's why and a better example; on a placeholder: its sample value (both when they overlap);
 * on a front-matter key: what it means and its allowed values; on a declared variable: its sample and uses; on a rule id in
 * a suppression comment: what the rule checks (a custom rule: its message).
 */
export function hover(request: HoverRequest): Hover | null {
  const { document, textDocument, position, findings, rules, customRules } = request;
  const offset = textDocument.offsetAt(position);
  const sections: string[] = [];
  let range: OffsetRange | undefined;

  const frontMatterSection = frontMatterHover(document, offset);
  if (frontMatterSection) {
    sections.push(frontMatterSection.value);
    range = frontMatterSection.range;
  }
  const placeholder = document.placeholders.find((candidate) => covers(candidate.range, offset));
  if (placeholder) {
    sections.push(placeholderSection(document, placeholder));
    range = placeholder.range;
  }
  const byId = new Map(rules.map((meta) => [meta.id, meta]));
  const suppressed = suppressedRuleSection(document, offset, byId, customRules);
  if (suppressed) {
    sections.push(suppressed.value);
    range ??= suppressed.range;
  }
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
    ...(meta.docs.evidence ? [`**Evidence:** ${meta.docs.evidence}`] : []),
    `**Better:** ${meta.docs.better}`,
    ...links(meta.id),
  ].join('\n\n');
}

function links(ruleId: string): string[] {
  const url = ruleDocsUrl(ruleId);
  return url ? [`[Rule documentation](${url})`] : [];
}

/** On a rule id named by a suppression comment; unknown ids are left to the `unknown-rule` finding. */
function suppressedRuleSection(
  document: OutreachDocument,
  offset: number,
  byId: ReadonlyMap<string, RuleMeta>,
  customRules: readonly CustomRule[],
): { value: string; range: OffsetRange } | undefined {
  const comment = document.comments.find((candidate) => covers(candidate.range, offset));
  if (!comment) return undefined;
  const named = parseSuppressions(document)
    .flatMap((suppression) => suppression.rules)
    .find((rule) => covers(rule.range, offset));
  if (!named) return undefined;
  const meta = byId.get(named.id);
  if (meta) return { value: ruleSection(meta), range: named.range };
  const custom = customRules.find((rule) => rule.id === named.id);
  return custom ? { value: `**${custom.id}** (custom rule in \`.outreachrc.json\`) — ${custom.message}`, range: named.range } : undefined;
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

function frontMatterHover(document: OutreachDocument, offset: number): { value: string; range: OffsetRange } | undefined {
  const { frontMatter } = document;
  if (!frontMatter.present) return undefined;
  const variable = [...(frontMatter.variables?.values() ?? [])].find((candidate) => covers(candidate.keyRange, offset));
  if (variable) return { value: variableSection(document, variable.path, variable.sample), range: variable.keyRange };
  const key = frontMatterKeyAt(document.text, frontMatter.contentRange, offset);
  const doc = key && frontMatterKeyDoc(key.key, key.parent);
  return key && doc ? { value: keySection(doc), range: key.range } : undefined;
}

function keySection(doc: FrontMatterKeyDoc): string {
  const name = doc.parent ? `${doc.parent}.${doc.key}` : doc.key;
  const sections = [`**${name}** (front matter) — ${doc.summary}`, doc.details];
  const values = doc.values?.map((value) => codeSpan(value)).join(', ');
  const defaultValue = doc.defaultValue === undefined ? '' : ` Default: ${codeSpan(doc.defaultValue)}.`;
  if (values) sections.push(`Allowed values: ${values}.${defaultValue}`);
  return sections.join('\n\n');
}

function variableSection(document: OutreachDocument, path: string, sample: unknown): string {
  const uses = [...document.placeholders, ...document.subjectPlaceholders].filter((placeholder) => placeholder.rootScope && placeholder.path === path).length;
  const used = uses === 0 ? 'Not used by any placeholder yet.' : `Used ${uses === 1 ? 'once' : `${uses} times`} in this template.`;
  return `Variable ${codeSpan(path)}\n\nSample value: ${codeSpan(formatSample(sample))}\n\n${used}`;
}

/** An inline code span that survives backticks in the value. */
function codeSpan(value: string): string {
  const fence = value.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${value}${fence.length > 1 ? ' ' : ''}${fence}`;
}
