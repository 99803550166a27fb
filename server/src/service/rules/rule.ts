import type { OutreachDocument, Sentence } from '../document/document';
import type { MessageAnalysis } from '../language/analysis';
import type { PhraseLibrary } from '../config/phrases';
import type { ActiveSeverity, Fix, OffsetRange, TemplateKind } from '../types';

export interface RuleOption {
  description: string;
  /** `null` means "depends on the template's kind" (explained in the description). */
  default: number | null;
  minimum?: number;
}

export interface RuleDocs {
  /** Why the rule exists, in our words. */
  why: string;
  /**
   * What the rule takes as evidence, in one or two sentences: required for every rule that judges the language of a
   * message (all but the hygiene rules), so a user can tell why it fired or stayed silent.
   */
  evidence?: string;
  /** A short passage that passes the rule. */
  better: string;
  /** A short passage that trips it, when an example helps. */
  worse?: string;
}

export interface RuleMeta {
  id: string;
  severity: ActiveSeverity;
  /** Template kinds the rule checks; 'all' for hygiene rules. */
  kinds: readonly TemplateKind[] | 'all';
  /** One line: what the rule checks. */
  description: string;
  docs: RuleDocs;
  fixable: boolean;
  options?: Readonly<Record<string, RuleOption>>;
  /** Seed article(s) the rule is grounded in, as in SPEC §2. */
  source?: string;
}

export interface FindingInput {
  range: OffsetRange;
  message: string;
  fixes?: Fix[];
  /** A milder severity for this finding (e.g. an unknown key among front-matter errors); never raises the configured one. */
  severity?: ActiveSeverity;
}

export interface RuleContext {
  document: OutreachDocument;
  analysis: MessageAnalysis;
  phrases: PhraseLibrary;
  /** Every option of the rule's metadata, resolved from config (or its default). */
  options: Readonly<Record<string, number | null>>;
  /** Ids of every registered rule (for suppression checks). */
  ruleIds: readonly string[];
  report(finding: FindingInput): void;
  /** Where a whole-message finding goes: the ask sentence, else the first body line. */
  messageAnchor(): OffsetRange;
  sentenceAt(offset: number): Sentence | undefined;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function appliesTo(meta: RuleMeta, kind: TemplateKind): boolean {
  return meta.kinds === 'all' || meta.kinds.includes(kind);
}
