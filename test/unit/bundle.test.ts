/**
 * The VS Code client's release bundle holds the client and the protocol module, not the language service: previews and
 * summaries are the server's answers. Built here in memory with esbuild.mjs's own release options.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
/** What the client may add to the language client library it is built on: its own code and the protocol module. */
const OWN_CODE_BUDGET = 20_000;

interface Built {
  bytes: number;
  inputs: string[];
}

async function build(options: esbuild.BuildOptions): Promise<Built> {
  const result = await esbuild.build({ ...options, absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'silent' });
  const output = result.outputFiles.find((file) => file.path.endsWith('.js'));
  assert.ok(output, 'a JavaScript output');
  return { bytes: output.contents.length, inputs: Object.keys(result.metafile.inputs) };
}

describe('the client bundle (release build)', () => {
  let client: Built;
  let library: Built;

  before(async () => {
    const { bundles } = (await import(pathToFileURL(join(ROOT, 'esbuild.mjs')).href)) as { bundles: (production: boolean) => esbuild.BuildOptions[] };
    const options = bundles(true).find((bundle) => bundle.outfile === 'dist/extension.js');
    assert.ok(options, 'esbuild.mjs builds dist/extension.js');
    client = await build(options);
    // The same options over the library alone: what any bundle holding vscode-languageclient weighs.
    library = await build({ ...options, entryPoints: undefined, stdin: { contents: "require('vscode-languageclient/node');", resolveDir: ROOT } });
  });

  it('holds nothing of the language service', () => {
    assert.deepEqual(client.inputs.filter((input) => input.startsWith('server/src/service/')), []);
  });

  it('holds of the project only the client and the protocol it shares with the server', () => {
    const project = client.inputs.filter((input) => !input.includes('node_modules/'));
    assert.deepEqual(project.filter((input) => !input.startsWith('client/src/') && input !== 'server/src/protocol.ts'), []);
    assert.ok(project.includes('server/src/protocol.ts'));
  });

  it('shares a protocol module that imports nothing, so the service and the CLI, which take its definitions, grow by none of it', () => {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, 'server/src/protocol.ts'), 'utf8'), true, true);
    assert.deepEqual(importedFiles.map((file) => file.fileName), []);
  });

  it(`adds under ${OWN_CODE_BUDGET / 1000} KB to the language client library`, () => {
    const own = client.bytes - library.bytes;
    assert.ok(own < OWN_CODE_BUDGET, `dist/extension.js is ${client.bytes} bytes, ${own} more than vscode-languageclient alone (${library.bytes})`);
  });
});
