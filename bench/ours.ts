/** Outreach Etiquette's lint as it ships: the language service bundled and minified by esbuild, as in dist/server.js and dist/cli.js. */
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutreachConfig } from '../server/src/service/config';
import type { parseOutreachDocument } from '../server/src/service/document';
import type { lintDocument } from '../server/src/service/lint';
import type { PhraseLibrary } from '../server/src/service/phrases';

interface BundledService {
  parseOutreachDocument: typeof parseOutreachDocument;
  lintDocument: typeof lintDocument;
}

/** A lint function over the bundled code; returns the number of findings, so the work cannot be optimised away. */
export function bundledLint(config: OutreachConfig, phrases: PhraseLibrary): (text: string) => number {
  const entry = "export { parseOutreachDocument } from './server/src/service/document';\nexport { lintDocument } from './server/src/service/lint';\n";
  const { outputFiles } = buildSync({
    stdin: { contents: entry, resolveDir: join(__dirname, '..'), loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    write: false,
  });
  const folder = mkdtempSync(join(tmpdir(), 'outreach-bench-service-'));
  const file = join(folder, 'service.js');
  writeFileSync(file, outputFiles[0]!.text);
  const service = require(file) as BundledService;
  rmSync(folder, { recursive: true, force: true });
  return (text) => service.lintDocument(service.parseOutreachDocument(text), { config, phrases }).length;
}
