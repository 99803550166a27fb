/** Outreach Etiquette's lint as it ships: dist/service.js, the language service the server loads, from the production build. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BUNDLE = join(__dirname, '..', 'dist', 'service.js');

export interface OurLint {
  /** Lints a template; returns the number of findings, so the work cannot be optimised away. */
  lint(text: string): number;
  /** Whether a text gets the hygiene rules only (too large for the full check: see the too-large rule). */
  hygieneOnly(text: string): boolean;
}

export function bundledLint(): OurLint {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run the benchmark with npm run bench, which builds it.`);
  const service = require(BUNDLE) as typeof import('../server/src/service/index');
  const settings = { config: service.emptyConfig(), phrases: service.loadPhraseLibrary().library };
  return {
    lint: (text) => service.lintDocument(service.parseOutreachDocument(text), settings).length,
    hygieneOnly: (text) => service.parseOutreachDocument(text).large !== undefined,
  };
}
