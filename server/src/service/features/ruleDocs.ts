/**
 * Each rule's documentation ships with the package as docs/rules/<id>.md, generated from its metadata by
 * `npm run generate`. Links point at that file, found by walking up from this module (the source tree, dist/, an
 * installed extension or npm package), as a file URI any client can open. Where it cannot be found there is no link,
 * rather than a dead one.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

let rulesFolder: string | null | undefined;
const urls = new Map<string, string | undefined>();

function findRulesFolder(): string | null {
  for (let folder = __dirname; ; folder = dirname(folder)) {
    const candidate = join(folder, 'docs', 'rules');
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return null;
  }
}

/** The file URI of a built-in rule's documentation, if the package holds it. */
export function ruleDocsUrl(ruleId: string): string | undefined {
  if (!urls.has(ruleId)) {
    rulesFolder ??= findRulesFolder();
    const file = rulesFolder && join(rulesFolder, `${ruleId}.md`);
    urls.set(ruleId, file && existsSync(file) ? pathToFileURL(file).toString() : undefined);
  }
  return urls.get(ruleId);
}
