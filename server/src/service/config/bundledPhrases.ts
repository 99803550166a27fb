import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createPhraseLibrary, loadPhraseFolder, type PhraseEntry, type PhraseLibrary, type PhraseProblem } from './phrases';

/** The shipped `templates/` folder: found by walking up from this file (source tree, `dist/` bundle or packaged extension). */
export function templatesFolder(start: string = __dirname): string {
  for (let folder = start; ; folder = dirname(folder)) {
    const candidate = join(folder, 'templates', 'phrases');
    if (existsSync(candidate)) return join(folder, 'templates');
    if (dirname(folder) === folder) throw new Error(`Cannot find the shipped templates/phrases folder above ${start}.`);
  }
}

/** The shipped phrase library plus any extra folders, with the problems found in the extra ones. */
export function loadPhraseLibrary(extraFolders: readonly string[] = []): { library: PhraseLibrary; problems: PhraseProblem[] } {
  const entries: PhraseEntry[] = [];
  const problems: PhraseProblem[] = [];
  for (const folder of [join(templatesFolder(), 'phrases'), ...extraFolders]) {
    const loaded = loadPhraseFolder(folder);
    entries.push(...loaded.entries);
    problems.push(...loaded.problems);
  }
  return { library: createPhraseLibrary(entries), problems };
}
