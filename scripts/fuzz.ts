/**
 * `npm run fuzz [-- --edits N] [--seed S] [--seconds T]`: random but valid LSP edits and requests against the built
 * server (`dist/server.js --stdio`); see test/helpers/fuzzEngine.ts for what counts as a failure. Exits 1 on any.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runFuzz } from '../test/helpers/fuzzEngine';

const { values } = parseArgs({
  options: {
    edits: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    seconds: { type: 'string' },
  },
});

async function main(): Promise<void> {
  const edits = Number(values.edits);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  const seconds = values.seconds === undefined ? undefined : Number(values.seconds);
  if (!Number.isInteger(edits) || edits < 1 || !Number.isInteger(seed) || (seconds !== undefined && !(seconds > 0))) {
    throw new Error('usage: fuzz [--edits N (integer ≥ 1)] [--seed S (integer)] [--seconds T (> 0)]');
  }
  console.log(`fuzzing dist/server.js: ${edits} edits, seed ${seed}${seconds ? `, at most ${seconds} s` : ''}`);
  const report = await runFuzz({ server: resolve(__dirname, '../dist/server.js'), edits, seed, seconds, log: (line) => console.log(`  ${line}`) });
  const requests = Object.entries(report.requests).map(([method, count]) => `${method.replace('textDocument/', '')} ${count}`).join(', ');
  console.log(`edits: ${report.edits} (${report.bigEdits} of 1 MB)${report.stoppedEarly ? ', stopped at the time limit' : ''}`);
  console.log(`requests: ${requests}`);
  console.log(`publishes: ${report.publishes}`);
  console.log(`max latency: ${report.maxLatencyMs.toFixed(0)} ms (${report.maxLatencyMethod})`);
  console.log(`duration: ${(report.durationMs / 1000).toFixed(1)} s`);
  if (report.failures.length > 0) {
    console.error(`FAILED (replay with --seed ${seed}):\n${report.failures.map((failure) => `  - ${failure}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('no crash, hang, error or out-of-document range');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
