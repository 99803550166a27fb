/**
 * The accuracy gate: every rule together, on labeled folders of templates written outside the rule tests.
 * Thresholds sit a little below what the rules reach today, so a change that costs accuracy fails here.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { evaluateFolder, loadLabels, thresholdFailures, type Evaluation } from '../../server/src/evaluate';

const SHARED_CORPORA = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const REAL_CORPUS = join(SHARED_CORPORA, 'real');
const DEV2_CORPUS = join(SHARED_CORPORA, 'dev2');
const OWN_CORPUS = join(__dirname, '..', 'corpus');
/** Corpora written from the product's description alone, blind to the rules (each first looked at once, then developed on). */
const BLIND_CORPORA = readdirSync(join(__dirname, '..'))
  .filter((name) => /^corpus-blind(?:-\d+)?$/.test(name))
  .map((name) => join(__dirname, '..', name));

function describeMisses(evaluation: Evaluation): string {
  return Object.entries(evaluation.rules)
    .filter(([, tally]) => tally.fp + tally.fn > 0)
    .map(([rule, tally]) => `${rule}: false alarms ${tally.falseAlarms.join(', ') || '-'}; missed ${tally.missed.join(', ') || '-'}`)
    .join('\n');
}

function checkCorpus(folder: string, minPrecision: number, minRecall: number): void {
  // The fix round trip is the eval script's business; the gate is about which rules fire.
  const evaluation = evaluateFolder(folder, { fixes: false });
  assert.ok(evaluation.files > 0, `no labeled files in ${folder}`);
  assert.deepEqual(thresholdFailures(evaluation, { minPrecision, minRecall }), [], describeMisses(evaluation));
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

  for (const folder of BLIND_CORPORA) {
    it(`the blind corpus ${folder.split(/[\\/]/).pop()}`, () => {
      checkCorpus(folder, 0.95, 0.9);
    });
  }

  // dev2's labels are full (every rule neither expected nor allowed must stay silent) and split over labels-*.json.
  it('the dev2 corpus, read whole', { skip: !existsSync(DEV2_CORPUS) && 'no shared/corpus/dev2 beside the project' }, () => {
    assert.equal(Object.keys(loadLabels(DEV2_CORPUS)).length, 120);
    const evaluation = evaluateFolder(DEV2_CORPUS, { fixes: false });
    assert.equal(evaluation.files, 120);
    assert.deepEqual(evaluation.missingFiles, []);
    checkCorpus(DEV2_CORPUS, 0.95, 0.9);
  });
});
