/**
 * Accuracy harness: per-rule true/false positives and negatives on labeled folders, with precision,
 * recall, the share of quiet clean templates and a round trip of every preferred quick fix.
 *
 *   npm run eval -- [folder…] [--prefix P] [--min-precision P] [--min-recall R] [--min-quiet Q]
 *                   [--strict-fixes] [--json FILE] [--verbose]
 *
 * Without folders it evaluates the shared real corpus, the shared dev2 corpus, test/corpus (our hard negatives) and
 * every test/corpus-blind* folder (templates written from the product's description alone, blind to the rules).
 * The counting lives in server/src/evaluate.ts; this file is the command line around it.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeFixFailure, evaluateFolder, labelFiles, summaryLine, thresholdFailures, type Counts, type Evaluation, type Thresholds } from '../server/src/evaluate';

const USAGE = 'usage: npm run eval -- [folder…] [--prefix P] [--min-precision P] [--min-recall R] [--min-quiet Q] [--strict-fixes] [--json FILE] [--verbose]';
const PROJECT_ROOT = resolve(__dirname, '..');
/** Without --verbose, this many fix failures are shown per corpus (all of them are in --json). */
const SHOWN_FIX_FAILURES = 20;

interface CorpusSpec {
  name: string;
  folder: string;
  /**
   * Whether --prefix filters it. Only dev2 names its files by writer (a…, b…); the other default
   * corpora have no such scheme, and a prefix there would silently empty them.
   */
  prefixed: boolean;
}

/** The blind corpora are every test/corpus-blind* folder, in order ("blind", "blind-2", …). */
const BLIND_CORPORA: readonly CorpusSpec[] = readdirSync(resolve(PROJECT_ROOT, 'test'))
  .filter((name) => /^corpus-blind(?:-\d+)?$/.test(name))
  .sort((a, b) => a.length - b.length || a.localeCompare(b))
  .map((name) => ({ name: name.replace(/^corpus-/, ''), folder: `test/${name}`, prefixed: false }));

const DEFAULT_CORPORA: readonly CorpusSpec[] = [
  { name: 'real', folder: '../shared/corpus/real', prefixed: false },
  { name: 'dev2', folder: '../shared/corpus/dev2', prefixed: true },
  { name: 'own', folder: 'test/corpus', prefixed: false },
  ...BLIND_CORPORA,
];

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        prefix: { type: 'string' },
        'min-precision': { type: 'string' },
        'min-recall': { type: 'string' },
        'min-quiet': { type: 'string' },
        'strict-fixes': { type: 'boolean', default: false },
        json: { type: 'string' },
        verbose: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let thresholds: Thresholds;
  try {
    thresholds = {
      minPrecision: share(values['min-precision'], '--min-precision'),
      minRecall: share(values['min-recall'], '--min-recall'),
      minQuiet: share(values['min-quiet'], '--min-quiet'),
      strictFixes: values['strict-fixes'],
    };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  // Folders named on the command line are all filtered by --prefix: the user chose them.
  const specs = positionals.length ? positionals.map(namedCorpus) : DEFAULT_CORPORA;

  const evaluations: Evaluation[] = [];
  for (const spec of specs) {
    const folder = resolve(PROJECT_ROOT, spec.folder);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      console.log(`== ${spec.name}: skipped, no folder ${spec.folder}\n`);
      continue;
    }
    if (labelFiles(folder).length === 0) {
      console.log(`== ${spec.name}: skipped, no labels.json or labels-*.json in ${spec.folder}\n`);
      continue;
    }
    const prefix = spec.prefixed ? values.prefix : undefined;
    const evaluation = evaluateFolder(folder, { name: spec.name, prefix });
    evaluations.push(evaluation);
    printCorpus(evaluation, spec.folder, prefix, values.verbose);
  }
  if (evaluations.length === 0) {
    console.error('No corpus to evaluate.');
    return 2;
  }

  console.log('summary');
  // The summary is last so that `| tail -1` on a one-corpus run prints its totals and nothing per file.
  for (const evaluation of evaluations) console.log(summaryLine(evaluation));
  const failures = evaluations.flatMap((evaluation) => thresholdFailures(evaluation, thresholds));
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify({ thresholds, passed: failures.length === 0, failures, corpora: evaluations }, null, 2)}\n`);
  }
  for (const failure of failures) console.error(`Below threshold: ${failure}`);
  return failures.length ? 1 : 0;
}

/** A folder from the command line, under its default name when it is one of the default corpora. */
function namedCorpus(folder: string): CorpusSpec {
  const path = resolve(PROJECT_ROOT, folder);
  const known = DEFAULT_CORPORA.find((spec) => resolve(PROJECT_ROOT, spec.folder) === path);
  return { name: known?.name ?? basename(path), folder, prefixed: true };
}

function printCorpus(evaluation: Evaluation, folder: string, prefix: string | undefined, verbose: boolean): void {
  const filter = prefix ? `, files starting with "${prefix}"` : '';
  console.log(`== ${evaluation.name} (${folder}${filter}): ${evaluation.files} labeled files`);
  if (evaluation.missingFiles.length) console.log(`labeled but not on disk (skipped): ${evaluation.missingFiles.length}`);
  console.log(`${'rule'.padEnd(24)}   TP   FP   FN   TN  prec recall`);
  for (const [rule, tally] of Object.entries(evaluation.rules).sort(([a], [b]) => a.localeCompare(b))) {
    console.log(row(rule, tally));
    if (verbose) {
      if (tally.missed.length) console.log(`    missed: ${tally.missed.join(', ')}`);
      if (tally.falseAlarms.length) console.log(`    false alarms: ${tally.falseAlarms.join(', ')}`);
    }
  }
  console.log(row('all', evaluation.total));
  console.log(`quiet clean ${evaluation.quietClean}/${evaluation.clean} = ${evaluation.quietShare.toFixed(2)}`);
  for (const noisy of evaluation.noisyCleanFiles) console.log(`  clean template with a warning: ${noisy.file}: ${noisy.rules.join(', ')}`);
  const { applied, failures } = evaluation.fixes;
  console.log(`fix round-trip: ${applied} fixes applied, ${failures.length} failed`);
  const shown = verbose ? failures : failures.slice(0, SHOWN_FIX_FAILURES);
  for (const failure of shown) console.log(`  ${describeFixFailure(failure)}`);
  if (shown.length < failures.length) console.log(`  … and ${failures.length - shown.length} more (--verbose lists all)`);
  console.log('');
}

function row(name: string, counts: Counts): string {
  const cells = [counts.tp, counts.fp, counts.fn, counts.tn].map((n) => String(n).padStart(4)).join(' ');
  return `${name.padEnd(24)} ${cells} ${show(counts.tp, counts.tp + counts.fp)} ${show(counts.tp, counts.tp + counts.fn)}`;
}

function show(a: number, b: number): string {
  return b === 0 ? '    -' : (a / b).toFixed(2).padStart(5);
}

/** A threshold is a share in [0, 1]; a typo must not silently disable the gate. */
function share(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) throw new Error(`${flag} takes a number between 0 and 1, not "${text}".`);
  return value;
}

process.exitCode = main();
