/**
 * Compiles the integration suite (test/integration) for VS Code's extension host: index.js and one bundle per
 * `*.test.ts` in out/integration (gitignored), CommonJS, with `vscode` (given by the extension host) and `mocha`
 * (required at run time from the project's node_modules) left external.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../support/tools';

const SOURCE = join(ROOT, 'test', 'integration');
const OUT = join(ROOT, 'out', 'integration');

/** Builds the suite afresh and returns the path of its entry point, the `extensionTestsPath`. */
export async function buildIntegrationSuite(): Promise<string> {
  const entryPoints = readdirSync(SOURCE)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => join(SOURCE, name));
  rmSync(OUT, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return join(OUT, 'index.js');
}
