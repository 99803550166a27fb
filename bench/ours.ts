/**
 * Outreach Etiquette's lint as it ships: the language service from the production build (`node esbuild.mjs
 * --production --bench`), bundled and minified with the options of dist/server.js and dist/cli.js.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BUNDLE = join(__dirname, '..', 'dist', 'bench-service.js');

/** A lint function over the bundled code; returns the number of findings, so the work cannot be optimised away. */
export function bundledLint(): (text: string) => number {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run the benchmark with npm run bench, which builds it.`);
  const service = require(BUNDLE) as typeof import('./service');
  const settings = { config: service.emptyConfig(), phrases: service.loadPhraseLibrary().library };
  return (text) => service.lintDocument(service.parseOutreachDocument(text), settings).length;
}
