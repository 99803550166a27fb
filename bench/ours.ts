/** Outreach Etiquette's lint as it ships: dist/service.js, the language service the server loads, from the production build. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BUNDLE = join(__dirname, '..', 'dist', 'service.js');

/** A lint function over the bundled code; returns the number of findings, so the work cannot be optimised away. */
export function bundledLint(): (text: string) => number {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run the benchmark with npm run bench, which builds it.`);
  const service = require(BUNDLE) as typeof import('../server/src/service/index');
  const settings = { config: service.emptyConfig(), phrases: service.loadPhraseLibrary().library };
  return (text) => service.lintDocument(service.parseOutreachDocument(text), settings).length;
}
