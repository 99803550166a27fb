/** Problems of the project's phrase folders, as problems of `.outreachrc.json`. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadPhraseFolder, phraseProblemsOnConfig, type PhraseFolder } from '../../server/src/service/config/phrases';

const CONFIG = JSON.stringify({ phraseFolders: ['team/', 'missing'] }, null, 2);

describe('phrase folder problems on .outreachrc.json', () => {
  let root: string;
  let folders: PhraseFolder[];

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'outreach-phrase-problems-'));
    mkdirSync(join(root, 'team'));
    writeFileSync(join(root, 'team', 'a.yaml'), 'category: opener\nentries:\n  - id: fine\n    label: Fine\n    kinds: [request]\n    text: Fine.\n  - id: Not Dashed\n    label: Bad\n    kinds: [request]\n    text: Bad.\n');
    writeFileSync(join(root, 'team', 'b.yml'), 'category: nonsense\nentries: []\n');
    folders = [
      { written: 'team/', path: join(root, 'team') },
      { written: 'missing', path: join(root, 'missing') },
    ];
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  const problems = (): { message: string; text: string }[] => {
    const found = folders.flatMap((folder) => loadPhraseFolder(folder.path).problems);
    return phraseProblemsOnConfig(CONFIG, folders, found).map((problem) => ({ message: problem.message, text: CONFIG.slice(problem.range.start, problem.range.end) }));
  };

  it('names the file and line of a bad entry, on the folder as written in the config', () => {
    const [entry] = problems();
    assert.deepEqual(entry, { message: 'Phrase library: team/a.yaml:7: Entry 2: `id` must be a lowercase-dashed name.', text: '"team/"' });
  });

  it('names the file of a problem without a position, and an unreadable folder', () => {
    const [, file, folder] = problems();
    assert.match(file!.message, /^Phrase library: team\/b\.yml: Unknown phrase category `nonsense`/);
    assert.equal(file!.text, '"team/"');
    assert.match(folder!.message, /^Phrase library: Cannot read phrase folder: /);
    assert.equal(folder!.text, '"missing"');
  });

  it('finds a folder the config spells with an escape, as the JSON parser reads it', () => {
    const text = '{ "phraseFolders": ["te\\u0061m"] }';
    const [problem] = phraseProblemsOnConfig(text, [{ written: 'team', path: join(root, 'team') }], [{ source: join(root, 'team', 'a.yaml'), message: 'Bad.' }]);
    assert.equal(problem!.message, 'Phrase library: team/a.yaml: Bad.');
    assert.equal(text.slice(problem!.range.start, problem!.range.end), '"te\\u0061m"');
  });

  it('falls back to the phraseFolders key when the folder is not in the text', () => {
    const [problem] = phraseProblemsOnConfig('{ "phraseFolders": ["other"] }', [{ written: 'team', path: join(root, 'team') }], [
      { source: join(root, 'team', 'a.yaml'), message: 'Bad.' },
    ]);
    assert.equal(problem!.message, 'Phrase library: team/a.yaml: Bad.');
    assert.deepEqual(problem!.range, { start: 2, end: 17 });
  });
});
