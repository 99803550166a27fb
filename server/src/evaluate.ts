/** Accuracy on a labeled folder: which rules fire on which files, against a reviewer's expect/reject labels. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPhraseLibrary } from './service/bundledPhrases';
import { emptyConfig } from './service/config';
import { parseOutreachDocument } from './service/document';
import { lintDocument } from './service/lint';
import type { Finding } from './service/types';

export interface FileLabels {
  expect?: string[];
  reject?: string[];
}

export interface RuleTally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  missed: string[];
  falseAlarms: string[];
}

export interface Evaluation {
  rules: Record<string, RuleTally>;
  total: { tp: number; fp: number; fn: number; tn: number };
  precision: number;
  recall: number;
  /** Files whose labels expect nothing, with the warning- or error-level findings they got anyway. */
  noisyCleanFiles: { file: string; rules: string[] }[];
}

/** Lints every labeled file; a labeled rule counts as fired when any finding of it is on the file, at any severity. */
export function evaluateFolder(folder: string): Evaluation {
  const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as Record<string, FileLabels>;
  const phrases = loadPhraseLibrary().library;
  const rules: Record<string, RuleTally> = {};
  const total = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const noisyCleanFiles: Evaluation['noisyCleanFiles'] = [];
  const tally = (rule: string): RuleTally => (rules[rule] ??= { tp: 0, fp: 0, fn: 0, tn: 0, missed: [], falseAlarms: [] });
  for (const [file, label] of Object.entries(labels)) {
    const findings: Finding[] = lintDocument(parseOutreachDocument(readFileSync(join(folder, file), 'utf8'), file), { config: emptyConfig(), phrases });
    const fired = new Set(findings.map((finding) => finding.rule));
    for (const rule of label.expect ?? []) {
      const entry = tally(rule);
      if (fired.has(rule)) (entry.tp++, total.tp++);
      else (entry.fn++, total.fn++, entry.missed.push(file));
    }
    for (const rule of label.reject ?? []) {
      const entry = tally(rule);
      if (fired.has(rule)) (entry.fp++, total.fp++, entry.falseAlarms.push(file));
      else (entry.tn++, total.tn++);
    }
    if ((label.expect ?? []).length === 0) {
      const loud = [...new Set(findings.filter((finding) => finding.severity === 'warning' || finding.severity === 'error').map((finding) => finding.rule))];
      if (loud.length) noisyCleanFiles.push({ file, rules: loud });
    }
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return { rules, total, precision: ratio(total.tp, total.tp + total.fp), recall: ratio(total.tp, total.tp + total.fn), noisyCleanFiles };
}
