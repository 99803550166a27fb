/**
 * A short protocol fuzz run (the full one is `npm run fuzz`): 3,000 random edits and the requests between them,
 * against the built server. Replay a failure with `OUTREACH_SEED=<seed>`, or `npm run fuzz -- --seed <seed>`.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { runSeed } from '../helpers/documentGenerator';
import { runFuzz } from '../helpers/fuzzEngine';

const SERVER = resolve(__dirname, '../../dist/server.js');
const EDITS = 3_000;

describe('protocol fuzzing', () => {
  const seed = runSeed();
  it(`survives ${EDITS} random edits and the requests between them (seed ${seed})`, async () => {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` first`);
    const report = await runFuzz({ server: SERVER, edits: EDITS, seed });
    assert.deepEqual(report.failures, [], `fuzzing failed with OUTREACH_SEED=${seed}`);
    assert.equal(report.edits, EDITS);
    assert.ok(report.bigEdits >= 1, 'a 1 MB line was sent');
    assert.ok(report.publishes > 0 && Object.values(report.requests).reduce((sum, count) => sum + count, 0) > EDITS / 10);
  });
});
