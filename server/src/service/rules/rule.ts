import type { OutreachDocument, Sentence } from '../document/document';
import type { MessageAnalysis } from '../language/analysis';
import type { PhraseCategory, PhraseLibrary } from '../config/phrases';
import type { ActiveSeverity, Fix, OffsetRange, TemplateKind } from '../types';

export interface RuleOption {
  description: string;
  /** The value when neither the project nor the editor sets one: a number, or one number per template kind the rule checks. */
  default: number | Readonly<Partial<Record<TemplateKind, number>>>;
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
  /**
   * Where `worse` and `better` sit in a template (a test runs them there): in the body, between a greeting and a sign-off
   * (the default), or in the front matter (its lines, optionally followed by `---` and a body of their own). The
   * template's kind is the first the rule checks (`request` for hygiene rules) unless the example's front matter names one.
   */
  examplesIn?: 'body' | 'front matter';
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
  /** The phrase category whose clauses supply what the rule finds missing: completions offer them first while it fires. */
  phraseCategory?: PhraseCategory;
  options?: Readonly<Record<string, RuleOption>>;
}

export interface FindingInput {
  range: OffsetRange;
  message: string;
  fixes?: Fix[];
  /** A milder severity for this finding (e.g. an unknown key among front-matter errors); never raises the configured one. */
  severity?: ActiveSeverity;
}

export interface RuleContext<Option extends string = string> {
  document: OutreachDocument;
  analysis: MessageAnalysis;
  phrases: PhraseLibrary;
  /** Every option of the rule's metadata, resolved from config, else its default for the template's kind. */
  options: Readonly<Record<Option, number>>;
  /** Ids of every registered rule (for suppression checks). */
  ruleIds: readonly string[];
  report(finding: FindingInput): void;
  /** Where a whole-message finding goes: the ask sentence, else the first body line. */
  messageAnchor(): OffsetRange;
  sentenceAt(offset: number): Sentence | undefined;
}

/** A rule as the registry and the linter see it. */
export interface AnyRule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A rule with options named `Option`: its metadata must declare each, and `check` reads each one resolved. */
export interface RuleWithOptions<Option extends string> extends AnyRule {
  meta: RuleMeta & { options: Readonly<Record<Option, RuleOption>> };
  check(context: RuleContext<Option>): void;
}

/** `Rule` for a rule without options, `Rule<'maxWords'>` for one with. */
export type Rule<Option extends string = never> = [Option] extends [never] ? AnyRule : RuleWithOptions<Option>;

/** Where a whole-reply finding goes: the given sentence, else the first body sentence (a reply's "ask" is no anchor). */
export function replyAnchor(context: RuleContext, sentence: Sentence | undefined): OffsetRange {
  return sentence?.range ?? context.analysis.bodySentences[0]?.range ?? context.messageAnchor();
}

/**
 * The front matter's declared `variables`, for the rules that match them against the placeholders; none when there are
 * none or when the template did not parse (without a parse tree the placeholder list is a guess, and template-syntax
 * reports the real problem).
 */
export function declaredVariables(document: OutreachDocument): OutreachDocument['frontMatter']['variables'] | undefined {
  return document.syntaxError ? undefined : document.frontMatter.variables;
}

export function appliesTo(meta: RuleMeta, kind: TemplateKind): boolean {
  return meta.kinds === 'all' || meta.kinds.includes(kind);
}
