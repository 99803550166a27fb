import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The version of the installed package, from the package.json above this file: beside the bundles (dist/..) or above
 * the sources (server/src/../..).
 */
export function packageVersion(): string {
  for (let folder = __dirname; ; folder = dirname(folder)) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'outreach-etiquette' && manifest.version) return manifest.version;
    } catch {
      // No readable package.json here: look further up.
    }
    if (dirname(folder) === folder) return 'unknown';
  }
}
