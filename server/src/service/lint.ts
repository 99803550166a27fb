import { createAnalysis } from './language/analysis';
import { runCustomRules } from './config/customRules';
import { resolveOptions, resolveSeverity, type OutreachConfig } from './config/settings';
import type { OutreachDocument } from './document/document';
import { itemAt } from './document/ranges';
import type { PhraseLibrary } from './config/phrases';
import { appliesTo, type Rule, type RuleContext } from './rules/rule';
import { RULES } from './rules';
import { applySuppressions, parseSuppressions } from './config/suppressions';
import { SEVERITIES, type ActiveSeverity, type Finding } from './types';

export interface LintSettings {
  config: OutreachConfig;
  phrases: PhraseLibrary;
}

const RULE_IDS = RULES.map((rule) => rule.meta.id);

/** Runs every enabled rule that applies to the template's kind, then the project's custom rules, then drops suppressed findings. */
export function lintDocument(document: OutreachDocument, settings: LintSettings, rules: readonly Rule[] = RULES): Finding[] {
  const analysis = createAnalysis(document);
  const findings: Finding[] = [];
  const firstLine = document.lines[0]?.range ?? { start: document.bodyStart, end: document.bodyStart };
  // Suppression comments may name the project's custom rules too.
  const ruleIds = settings.config.customRules.length ? [...RULE_IDS, ...settings.config.customRules.map((rule) => rule.id)] : RULE_IDS;
  // A large file gets the hygiene rules only (`too-large` says so): prose rules would keep the editor busy for seconds.
  for (const rule of document.large ? rules.filter((candidate) => candidate.meta.kinds === 'all') : rules) {
    const severity = resolveSeverity(rule.meta, settings.config);
    if (severity === 'off' || !appliesTo(rule.meta, document.frontMatter.kind)) continue;
    const context: RuleContext = {
      document,
      analysis,
      phrases: settings.phrases,
      options: resolveOptions(rule.meta, settings.config, document.frontMatter.kind),
      ruleIds,
      report: (finding) =>
        findings.push({
          rule: rule.meta.id,
          severity: milder(severity, finding.severity),
          message: finding.message,
          range: finding.range,
          fixes: finding.fixes ?? [],
        }),
      messageAnchor: () => analysis.askSentence?.range ?? firstLine,
      sentenceAt: (offset) => itemAt(document.sentences, offset),
    };
    rule.check(context);
  }
  if (!document.large) findings.push(...runCustomRules(document, settings.config.customRules, firstLine));
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.rule.localeCompare(b.rule));
  return applySuppressions(document, parseSuppressions(document), findings);
}

function milder(configured: ActiveSeverity, requested: ActiveSeverity | undefined): ActiveSeverity {
  return requested !== undefined && SEVERITIES.indexOf(requested) < SEVERITIES.indexOf(configured) ? requested : configured;
}
