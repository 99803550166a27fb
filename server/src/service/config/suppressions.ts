import type { OutreachDocument } from '../document/document';
import type { Finding, OffsetRange } from '../types';

export type SuppressionDirective = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

/** One `{{!-- outreach-… rule-id --}}` comment. An empty `rules` list means every rule. */
export interface Suppression {
  directive: SuppressionDirective;
  rules: { id: string; range: OffsetRange }[];
  range: OffsetRange;
}

const DIRECTIVE = /^(\s*)outreach-(disable-next-line|disable-file|disable|enable)(?=\s|$)/;

export function parseSuppressions(document: OutreachDocument): Suppression[] {
  const suppressions: Suppression[] = [];
  for (const comment of document.comments) {
    const match = DIRECTIVE.exec(comment.value);
    if (!match) continue;
    // The comment's value starts after `{{!--` or `{{!`.
    const valueStart = document.text.indexOf(comment.value, comment.range.start);
    const listStart = valueStart + match[0].length;
    const rest = comment.value.slice(match[0].length).split('--')[0] ?? '';
    const rules: Suppression['rules'] = [];
    for (const id of rest.matchAll(/[^\s,]+/g)) {
      const start = listStart + (id.index ?? 0);
      rules.push({ id: id[0], range: { start, end: start + id[0].length } });
    }
    suppressions.push({ directive: match[2] as SuppressionDirective, rules, range: comment.range });
  }
  return suppressions;
}

/** Drops the findings that a suppression comment silences. */
export function applySuppressions(document: OutreachDocument, suppressions: Suppression[], findings: Finding[]): Finding[] {
  if (suppressions.length === 0) return findings;
  const lineOf = (offset: number): number => document.textDocument.positionAt(offset).line;
  const names = (suppression: Suppression, rule: string): boolean =>
    suppression.rules.length === 0 || suppression.rules.some((entry) => entry.id === rule);
  const ordered = [...suppressions].sort((a, b) => a.range.start - b.range.start);
  return findings.filter((finding) => {
    let disabled = false;
    for (const suppression of ordered) {
      if (!names(suppression, finding.rule)) continue;
      switch (suppression.directive) {
        case 'disable-file':
          return false;
        case 'disable-next-line':
          if (lineOf(finding.range.start) === lineOf(suppression.range.end) + 1) return false;
          break;
        case 'disable':
          if (suppression.range.end <= finding.range.start) disabled = true;
          break;
        case 'enable':
          if (suppression.range.end <= finding.range.start) disabled = false;
          break;
      }
    }
    return !disabled;
  });
}
