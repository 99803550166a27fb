/**
 * The accuracy gate: every rule together, on labeled folders of templates written outside the rule tests.
 * Thresholds sit a little below what the rules reach today, so a change that costs accuracy fails here.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { evaluateFolder, type Evaluation } from '../../server/src/evaluate';

const REAL_CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'real');
const OWN_CORPUS = join(__dirname, '..', 'corpus');

function describeMisses(evaluation: Evaluation): string {
  return Object.entries(evaluation.rules)
    .filter(([, tally]) => tally.fp + tally.fn > 0)
    .map(([rule, tally]) => `${rule}: false alarms ${tally.falseAlarms.join(', ') || '-'}; missed ${tally.missed.join(', ') || '-'}`)
    .join('\n');
}

function checkCorpus(folder: string, minPrecision: number, minRecall: number): void {
  const evaluation = evaluateFolder(folder);
  assert.ok(evaluation.precision >= minPrecision, `precision ${evaluation.precision.toFixed(3)} < ${minPrecision}\n${describeMisses(evaluation)}`);
  assert.ok(evaluation.recall >= minRecall, `recall ${evaluation.recall.toFixed(3)} < ${minRecall}\n${describeMisses(evaluation)}`);
  // A file whose reviewer expects nothing must get no warning or error: a false alarm there is the costliest kind.
  assert.deepEqual(evaluation.noisyCleanFiles, []);
}

describe('accuracy on labeled corpora', () => {
  it('the real-world corpus', { skip: !existsSync(REAL_CORPUS) && 'no shared/corpus/real beside the project' }, () => {
    checkCorpus(REAL_CORPUS, 0.95, 0.92);
  });

  it('our own hard-negative corpus', () => {
    checkCorpus(OWN_CORPUS, 0.95, 0.85);
  });
});
