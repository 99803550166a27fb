/**
 * Accuracy on labeled folders: which rules fire on which files, against a reviewer's labels, plus a
 * round trip of every preferred quick fix. Pure apart from reading the folder, so tests and the
 * `npm run eval` CLI (scripts/eval.ts) share it.
 *
 * Counting matches ../shared/tools/score-corpus.py: a rule "fires" on a file when the file has any
 * finding of it, at any severity.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadPhraseLibrary } from './service/config/bundledPhrases';
import { emptyConfig } from './service/config/settings';
import { parseOutreachDocument } from './service/document/parse';
import { applyEdits } from './service/fixes/edits';
import { lintDocument, type LintSettings } from './service/lint';
import type { RuleMeta } from './service/rules/rule';
import { RULES } from './service/rules';
import type { Finding, Fix } from './service/types';

/**
 * One file's labels. Without `allow` the labels are partial: only the rules in `expect` and `reject`
 * are judged. With `allow` they are full: every non-hint rule of the registry that is neither
 * expected nor allowed is an implicit reject.
 */
export interface FileLabels {
  expect?: string[];
  reject?: string[];
  allow?: string[];
  notes?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface RuleTally extends Counts {
  missed: string[];
  falseAlarms: string[];
}

/** A preferred fix that did not do its job: its rule still fires as often, or another rule appeared. */
export interface FixFailure {
  file: string;
  rule: string;
  title: string;
  /** Findings of the fixed rule before and after applying the fix (after must be lower). */
  before: number;
  after: number;
  /** Other rules (hint level and `unused-variable` aside) with more findings after the fix than before. */
  appeared: string[];
  /** Set when re-linting the fixed text threw. */
  error?: string;
}

export interface FixRoundTrip {
  applied: number;
  failures: FixFailure[];
}

export interface Evaluation {
  /** Display name of the corpus (the folder's name unless the caller names it). */
  name: string;
  folder: string;
  /** Labeled files found on disk (after the prefix filter). */
  files: number;
  /** Labeled files that are not on disk: skipped, as score-corpus.py does. */
  missingFiles: string[];
  rules: Record<string, RuleTally>;
  total: Counts;
  precision: number;
  recall: number;
  /** Clean templates: nothing expected. Quiet: no warning- or error-level finding on them. */
  clean: number;
  quietClean: number;
  quietShare: number;
  /** Clean templates with the warning- or error-level findings they got anyway. */
  noisyCleanFiles: { file: string; rules: string[] }[];
  fixes: FixRoundTrip;
}

export interface EvaluateOptions {
  /** Display name; defaults to the folder's name. */
  name?: string;
  /** Only files whose name starts with this. */
  prefix?: string;
  /** The registry full labels are checked against (default: every built-in rule). */
  rules?: readonly RuleMeta[];
  /** Run the fix round trip (default true). */
  fixes?: boolean;
  settings?: LintSettings;
}

/**
 * `labels.json`, or labels split over `labels-*.json` parts, merged in file-name order (a later
 * part wins for a file named twice), exactly as score-corpus.py merges them.
 */
export function loadLabels(folder: string): Record<string, FileLabels> {
  const merged: Record<string, FileLabels> = {};
  for (const part of labelFiles(folder)) Object.assign(merged, JSON.parse(readFileSync(join(folder, part), 'utf8')) as Record<string, FileLabels>);
  return merged;
}

/** The label files of a folder, in the order they are merged. */
export function labelFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name === 'labels.json' || (name.startsWith('labels-') && name.endsWith('.json')))
    .sort();
}

/**
 * The rules a label says must not fire. Hint-level rules are left out of the implicit rejects of a
 * full label: a hint is a suggestion, and the labels only judge it where they name it.
 */
export function rejectedRules(label: FileLabels, registry: readonly RuleMeta[] = RULES.map((rule) => rule.meta)): string[] {
  const expected = new Set(label.expect ?? []);
  const rejected = new Set((label.reject ?? []).filter((rule) => !expected.has(rule)));
  if (label.allow) {
    const allowed = new Set(label.allow);
    for (const meta of registry) if (meta.severity !== 'hint' && !expected.has(meta.id) && !allowed.has(meta.id)) rejected.add(meta.id);
  }
  return [...rejected].sort();
}

let bundledSettings: LintSettings | undefined;
/** Loading the phrase library reads many files: once per process is enough. */
function defaultSettings(): LintSettings {
  return (bundledSettings ??= { config: emptyConfig(), phrases: loadPhraseLibrary().library });
}

/** Lints every labeled file of the folder (with the default config, as the CLI does without an `.outreachrc.json`) and counts. */
export function evaluateFolder(folder: string, options: EvaluateOptions = {}): Evaluation {
  const labels = loadLabels(folder);
  const registry = options.rules ?? RULES.map((rule) => rule.meta);
  const settings = options.settings ?? defaultSettings();
  const prefix = options.prefix ?? '';
  const labeled = Object.keys(labels)
    .filter((file) => file.startsWith(prefix))
    .sort();
  const files = labeled.filter((file) => existsSync(join(folder, file)));
  const rules: Record<string, RuleTally> = {};
  const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const noisyCleanFiles: Evaluation['noisyCleanFiles'] = [];
  const fixes: FixRoundTrip = { applied: 0, failures: [] };
  let clean = 0;
  const tally = (rule: string): RuleTally => (rules[rule] ??= { tp: 0, fp: 0, fn: 0, tn: 0, missed: [], falseAlarms: [] });
  for (const file of files) {
    const label = labels[file] ?? {};
    const text = readFileSync(join(folder, file), 'utf8');
    const findings = lintText(text, file, settings);
    const fired = new Set(findings.map((finding) => finding.rule));
    for (const rule of new Set(label.expect ?? [])) {
      const entry = tally(rule);
      if (fired.has(rule)) (entry.tp++, total.tp++);
      else (entry.fn++, total.fn++, entry.missed.push(file));
    }
    for (const rule of rejectedRules(label, registry)) {
      const entry = tally(rule);
      if (fired.has(rule)) (entry.fp++, total.fp++, entry.falseAlarms.push(file));
      else (entry.tn++, total.tn++);
    }
    if ((label.expect ?? []).length === 0) {
      clean++;
      const loud = [...new Set(findings.filter(isLoud).map((finding) => finding.rule))].sort();
      if (loud.length) noisyCleanFiles.push({ file, rules: loud });
    }
    if (options.fixes !== false) {
      const roundTrip = checkFixRoundTrip(text, file, settings, findings);
      fixes.applied += roundTrip.applied;
      fixes.failures.push(...roundTrip.failures);
    }
  }
  const quietClean = clean - noisyCleanFiles.length;
  return {
    name: options.name ?? basename(folder),
    folder,
    files: files.length,
    missingFiles: labeled.filter((file) => !files.includes(file)),
    rules,
    total,
    precision: ratio(total.tp, total.tp + total.fp),
    recall: ratio(total.tp, total.tp + total.fn),
    clean,
    quietClean,
    quietShare: ratio(quietClean, clean),
    noisyCleanFiles,
    fixes,
  };
}

/**
 * Applies each preferred fix of each finding on its own, re-lints, and checks that the fix removed a
 * finding of its rule without bringing in a finding of another rule. Counting findings (not
 * matching ranges) keeps the check robust: a fix shifts every later offset. Fixes that create files
 * are skipped: their effect lies outside this text.
 */
export function checkFixRoundTrip(text: string, file: string, settings: LintSettings = defaultSettings(), findings: readonly Finding[] = lintText(text, file, settings)): FixRoundTrip {
  const result: FixRoundTrip = { applied: 0, failures: [] };
  const beforeAll = countByRule(findings);
  const beforeLoud = countByRule(findings.filter(countsAsAppearance));
  for (const finding of findings) {
    for (const fix of finding.fixes.filter(isRoundTripFix)) {
      result.applied++;
      const before = beforeAll.get(finding.rule) ?? 0;
      let after: readonly Finding[];
      try {
        after = lintText(applyEdits(text, fix.edits), file, settings);
      } catch (error) {
        result.failures.push({ file, rule: finding.rule, title: fix.title, before, after: before, appeared: [], error: (error as Error).message });
        continue;
      }
      const afterCount = after.filter((candidate) => candidate.rule === finding.rule).length;
      const appeared = [...countByRule(after.filter(countsAsAppearance))]
        .filter(([rule, count]) => rule !== finding.rule && count > (beforeLoud.get(rule) ?? 0))
        .map(([rule]) => rule)
        .sort();
      if (afterCount >= before || appeared.length > 0) result.failures.push({ file, rule: finding.rule, title: fix.title, before, after: afterCount, appeared });
    }
  }
  return result;
}

export interface Thresholds {
  minPrecision?: number;
  minRecall?: number;
  minQuiet?: number;
  /** Any failed fix round trip fails the corpus. */
  strictFixes?: boolean;
}

/** Why the corpus misses the thresholds, one reason per line; empty when it meets them. */
export function thresholdFailures(evaluation: Evaluation, thresholds: Thresholds): string[] {
  const reasons: string[] = [];
  const below = (what: string, value: number, min: number | undefined): void => {
    if (min !== undefined && value < min) reasons.push(`${evaluation.name}: ${what} ${value.toFixed(3)} < ${min}`);
  };
  below('precision', evaluation.precision, thresholds.minPrecision);
  below('recall', evaluation.recall, thresholds.minRecall);
  below('quiet clean share', evaluation.quietShare, thresholds.minQuiet);
  if (thresholds.strictFixes && evaluation.fixes.failures.length > 0) reasons.push(`${evaluation.name}: ${evaluation.fixes.failures.length} fix round trips failed`);
  return reasons;
}

/** One line with the corpus' totals, in the spirit of score-corpus.py's last line. */
export function summaryLine(evaluation: Evaluation): string {
  const { tp, fp, fn, tn } = evaluation.total;
  return (
    `${evaluation.name}: precision=${evaluation.precision.toFixed(3)} recall=${evaluation.recall.toFixed(3)} ` +
    `tp=${tp} fp=${fp} fn=${fn} tn=${tn} files=${evaluation.files} ` +
    `quiet clean ${evaluation.quietClean}/${evaluation.clean} = ${evaluation.quietShare.toFixed(2)}; ` +
    `fix round-trip: ${evaluation.fixes.applied} fixes applied, ${evaluation.fixes.failures.length} failed`
  );
}

/** One line per failed fix: what stayed and what came in. */
export function describeFixFailure(failure: FixFailure): string {
  const problems = failure.error
    ? [`re-lint threw: ${failure.error}`]
    : [
        ...(failure.after >= failure.before ? [`${failure.rule} still fires (${failure.before} → ${failure.after})`] : []),
        ...(failure.appeared.length ? [`appeared: ${failure.appeared.join(', ')}`] : []),
      ];
  return `${failure.file}: ${failure.rule} "${failure.title}": ${problems.join('; ')}`;
}

function lintText(text: string, file: string, settings: LintSettings): Finding[] {
  return lintDocument(parseOutreachDocument(text, file), settings);
}

function isLoud(finding: Finding): boolean {
  return finding.severity === 'warning' || finding.severity === 'error';
}

/** Hints, and `unused-variable` (a fix that drops a placeholder may leave its declaration unused), are not counted as new problems. */
function countsAsAppearance(finding: Finding): boolean {
  return finding.severity !== 'hint' && finding.rule !== 'unused-variable';
}

/** The fix the editor offers first; a fix that creates files cannot be checked on the text alone. */
function isRoundTripFix(fix: Fix): boolean {
  return fix.preferred === true && !(fix.newFiles && fix.newFiles.length > 0);
}

function countByRule(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  return counts;
}

/** A vacuous ratio (nothing to count) is perfect, so an empty category never fails a threshold. */
function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}
