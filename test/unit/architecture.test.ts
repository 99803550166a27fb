/** The shape of the source tree: no import circles, the service free of editor APIs, and the client apart from the service. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const SERVICE = join(ROOT, 'server/src/service');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file imports, type-only imports included: package names as written, project files as absolute paths. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map(({ fileName }) => {
    if (!fileName.startsWith('.')) return fileName;
    const base = resolve(dirname(file), fileName);
    const found = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
    assert.ok(found, `${relative(ROOT, file)} imports ${fileName}, which does not exist`);
    return found;
  });
}

/** The first import circle found among `files` (as a path of project-relative names), if any. */
function findCircle(files: readonly string[]): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file].map((path) => relative(ROOT, path));
    state.set(file, 'open');
    stack.push(file);
    for (const imported of importsOf(file)) {
      if (!imported.startsWith('/')) continue;
      const circle = visit(imported);
      if (circle) return circle;
    }
    stack.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of files) {
    const circle = visit(file);
    if (circle) return circle;
  }
  return undefined;
}

describe('architecture', () => {
  it('has no import circle in server/src or client/src', () => {
    const circle = findCircle([...sourceFiles(join(ROOT, 'server/src')), ...sourceFiles(join(ROOT, 'client/src'))]);
    assert.equal(circle, undefined, `import circle: ${circle?.join(' → ')}`);
  });

  it('keeps the language service free of editor and protocol-connection APIs', () => {
    for (const file of sourceFiles(SERVICE)) {
      const editorApis = importsOf(file).filter((name) => name === 'vscode' || name === 'vscode-languageclient' || name.startsWith('vscode-languageserver/'));
      assert.deepEqual(editorApis, [], relative(ROOT, file));
      assert.ok(!importsOf(file).includes('vscode-languageserver'), `${relative(ROOT, file)} imports the LSP connection`);
    }
  });

  it('keeps the service grouped by role, with few files at its top', () => {
    const top = readdirSync(SERVICE).filter((name) => name.endsWith('.ts'));
    assert.ok(top.length <= 8, `service/ has ${top.length} files at its top: ${top.join(', ')}`);
  });

  it('lets lexicon and document modules know nothing of rules, fixes or features', () => {
    const lower = [...sourceFiles(join(SERVICE, 'document')), ...sourceFiles(join(SERVICE, 'language')), ...sourceFiles(join(SERVICE, 'lexicon'))];
    const higher = ['rules', 'fixes', 'features'].map((folder) => join(SERVICE, folder));
    for (const file of lower) {
      const reaching = importsOf(file).filter((imported) => higher.some((folder) => imported.startsWith(`${folder}/`)));
      assert.deepEqual(reaching.map((path) => relative(ROOT, path)), [], `${relative(ROOT, file)} reaches up`);
    }
  });
});
