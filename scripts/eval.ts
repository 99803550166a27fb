/**
 * Accuracy harness: per-rule true/false positives and negatives on a labeled folder, with precision and recall.
 *
 *   npm run eval -- <folder> [--min-precision 0.9] [--min-recall 0.8] [--json out.json] [--verbose]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateFolder } from '../server/src/evaluate';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'min-precision': { type: 'string', default: '0' },
    'min-recall': { type: 'string', default: '0' },
    json: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
  },
});
const folder = positionals[0];
if (!folder) {
  console.error('usage: npm run eval -- <folder> [--min-precision P] [--min-recall R] [--json FILE] [--verbose]');
  process.exit(2);
}
const evaluation = evaluateFolder(folder);
const show = (a: number, b: number): string => (b === 0 ? '    -' : (a / b).toFixed(2).padStart(5));
const row = (name: string, t: { tp: number; fp: number; fn: number; tn: number }): string =>
  `${name.padEnd(24)} ${[t.tp, t.fp, t.fn, t.tn].map((n) => String(n).padStart(4)).join(' ')} ${show(t.tp, t.tp + t.fp)} ${show(t.tp, t.tp + t.fn)}`;
console.log(`${'rule'.padEnd(24)}   TP   FP   FN   TN  prec recall`);
for (const [rule, tally] of Object.entries(evaluation.rules).sort(([a], [b]) => a.localeCompare(b))) {
  console.log(row(rule, tally));
  if (values.verbose) {
    if (tally.missed.length) console.log(`    missed: ${tally.missed.join(', ')}`);
    if (tally.falseAlarms.length) console.log(`    false alarms: ${tally.falseAlarms.join(', ')}`);
  }
}
console.log(row('all', evaluation.total));
for (const noisy of evaluation.noisyCleanFiles) console.log(`warning-level findings on ${noisy.file}, whose labels expect nothing: ${noisy.rules.join(', ')}`);
if (values.json) writeFileSync(values.json, `${JSON.stringify(evaluation, null, 2)}\n`);
const minPrecision = Number(values['min-precision']);
const minRecall = Number(values['min-recall']);
if (evaluation.precision < minPrecision || evaluation.recall < minRecall) {
  console.error(`Below threshold: precision ${evaluation.precision.toFixed(3)} (min ${minPrecision}), recall ${evaluation.recall.toFixed(3)} (min ${minRecall}).`);
  process.exit(1);
}
