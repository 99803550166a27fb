/** The packaged extension as installed: it activates on a template, registers its commands and opens the preview. */
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { STARTER } from './fixtures';
import { openFile, waitFor, workspaceFile } from './helpers';

const EXTENSION_ID = 'outreach-etiquette.outreach-etiquette';

suite('the installed extension', () => {
  test('is the installed .vsix, and activates when a template opens', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    const { publisher, name, version } = extension.packageJSON as { publisher: string; name: string; version: string };
    assert.equal(basename(extension.extensionPath), `${publisher}.${name}-${version}`, 'runs from the folder the .vsix was installed into');
    await openFile(STARTER);
    await waitFor(`${EXTENSION_ID} to activate`, () => extension.isActive);
  });

  test('registers its commands', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const command of ['outreach.preview', 'outreach.newTemplate', 'outreach.fixAll', 'outreach.showSummary']) {
      assert.ok(commands.has(command), `${command} is registered`);
    }
  });

  test('shows the clean starter with no findings in its summary lens', async () => {
    const uri = workspaceFile(STARTER);
    await openFile(STARTER);
    const lens = await waitFor('the summary code lens', async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      return lenses?.find((candidate) => candidate.command?.command === 'outreach.showSummary');
    });
    assert.match(lens.command?.title ?? '', / · 0 open findings$/);
    assert.deepEqual(vscode.languages.getDiagnostics(uri), []);
  });

  test('opens the preview of the active template in a webview beside it', async () => {
    await openFile(STARTER);
    await vscode.commands.executeCommand('outreach.preview');
    const webviews = (): vscode.Tab[] =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview);
    const preview = await waitFor(
      'a preview tab',
      () => webviews().find((tab) => (tab.input as vscode.TabInputWebview).viewType.endsWith('outreach.preview')),
      () => webviews().map((tab) => `${tab.label} (${(tab.input as vscode.TabInputWebview).viewType})`).join(', ') || 'no webview tabs',
    );
    assert.equal(preview.label, `Preview ${STARTER}`);
    assert.notEqual(preview.group.viewColumn, vscode.ViewColumn.One, 'beside the template');
  });
});
