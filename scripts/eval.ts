/**
 * Accuracy harness: lints a labeled folder (`labels.json`: {file: {expect: [rule ids], reject: [rule ids]}})
 * and prints per-rule true/false positives and negatives with precision and recall.
 *
 *   npm run eval -- <folder> [--min-precision 0.9] [--min-recall 0.8] [--json out.json] [--verbose]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPhraseLibrary } from '../server/src/service/bundledPhrases';
import { emptyConfig } from '../server/src/service/config';
import { parseOutreachDocument } from '../server/src/service/document';
import { lintDocument } from '../server/src/service/lint';

interface Labels {
  expect?: string[];
  reject?: string[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  misses: string[];
  falseAlarms: string[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'min-precision': { type: 'string' },
    'min-recall': { type: 'string' },
    json: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
  },
});
const folder = positionals[0];
if (!folder) {
  console.error('usage: npm run eval -- <folder> [--min-precision P] [--min-recall R] [--json FILE] [--verbose]');
  process.exit(2);
}
const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as Record<string, Labels>;
const phrases = loadPhraseLibrary().library;
const tallies = new Map<string, Tally>();
const tally = (rule: string): Tally => {
  let entry = tallies.get(rule);
  if (!entry) tallies.set(rule, (entry = { tp: 0, fp: 0, fn: 0, tn: 0, misses: [], falseAlarms: [] }));
  return entry;
};
for (const [file, label] of Object.entries(labels)) {
  const text = readFileSync(join(folder, file), 'utf8');
  const fired = new Set(lintDocument(parseOutreachDocument(text, file), { config: emptyConfig(), phrases }).map((finding) => finding.rule));
  for (const rule of label.expect ?? []) {
    const entry = tally(rule);
    if (fired.has(rule)) entry.tp++;
    else (entry.fn++, entry.misses.push(file));
  }
  for (const rule of label.reject ?? []) {
    const entry = tally(rule);
    if (fired.has(rule)) (entry.fp++, entry.falseAlarms.push(file));
    else entry.tn++;
  }
}
const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const show = (value: number | null): string => (value === null ? '   - ' : value.toFixed(2).padStart(5));
const rows = [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b));
console.log(`${'rule'.padEnd(24)}   TP   FP   FN   TN  prec  recall`);
const total = { tp: 0, fp: 0, fn: 0, tn: 0 };
for (const [rule, entry] of rows) {
  total.tp += entry.tp;
  total.fp += entry.fp;
  total.fn += entry.fn;
  total.tn += entry.tn;
  console.log(
    `${rule.padEnd(24)} ${[entry.tp, entry.fp, entry.fn, entry.tn].map((n) => String(n).padStart(4)).join(' ')} ${show(ratio(entry.tp, entry.tp + entry.fp))} ${show(ratio(entry.tp, entry.tp + entry.fn))}`,
  );
  if (values.verbose) {
    if (entry.misses.length) console.log(`    missed: ${entry.misses.join(', ')}`);
    if (entry.falseAlarms.length) console.log(`    false alarms: ${entry.falseAlarms.join(', ')}`);
  }
}
const precision = ratio(total.tp, total.tp + total.fp) ?? 1;
const recall = ratio(total.tp, total.tp + total.fn) ?? 1;
console.log(`${'all'.padEnd(24)} ${[total.tp, total.fp, total.fn, total.tn].map((n) => String(n).padStart(4)).join(' ')} ${show(precision)} ${show(recall)}`);
if (values.json) {
  writeFileSync(values.json, JSON.stringify({ precision, recall, rules: Object.fromEntries(rows) }, null, 2));
}
const minPrecision = values['min-precision'] ? Number(values['min-precision']) : 0;
const minRecall = values['min-recall'] ? Number(values['min-recall']) : 0;
if (precision < minPrecision || recall < minRecall) {
  console.error(`Below threshold: precision ${precision.toFixed(3)} (min ${minPrecision}), recall ${recall.toFixed(3)} (min ${minRecall}).`);
  process.exit(1);
}
