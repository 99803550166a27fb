/** Fix-all: the `source.fixAll.outreach` action (also run on save) and the Outreach: Fix all command. */
import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { FIX_ALL_FIXED } from './fixtures';
import { applyAction, codeActions, diagnosticsWhere, openFile, ruleIds, textBecomes } from './helpers';

const FIX_ALL_KIND = 'source.fixAll.outreach';
const SAFE_RULES = ['long-meeting', 'unknown-variable', 'unused-variable'];

async function openLinted(name: string): Promise<vscode.TextDocument> {
  const { document } = await openFile(name);
  await diagnosticsWhere(document.uri, SAFE_RULES.join(', '), () => SAFE_RULES.every((rule) => ruleIds(document.uri).includes(rule)));
  return document;
}

async function fixAllActions(document: vscode.TextDocument): Promise<vscode.CodeAction[]> {
  const whole = new vscode.Range(new vscode.Position(0, 0), document.positionAt(document.getText().length));
  const actions = await codeActions(document.uri, whole, FIX_ALL_KIND);
  return actions.filter((action) => action.kind?.value === FIX_ALL_KIND);
}

suite('fix all', () => {
  test('the source.fixAll.outreach action applies every safe fix, and a second time changes nothing', async () => {
    const document = await openLinted('fix-all.outreach.hbs');
    const [fixAll] = await fixAllActions(document);
    assert.ok(fixAll, 'a fix-all action');
    assert.equal(fixAll.title, 'Fix all safe Outreach Etiquette problems');
    await applyAction(fixAll);
    await textBecomes(document, FIX_ALL_FIXED, 'the safe fixes in the text');
    await diagnosticsWhere(document.uri, 'the fixed findings to go', () => !ruleIds(document.uri).some((rule) => SAFE_RULES.includes(rule)));
    for (const again of await fixAllActions(document)) await applyAction(again);
    assert.equal(document.getText(), FIX_ALL_FIXED, 'nothing left to fix');
  });

  test('the Outreach: Fix all command fixes the active editor the same way', async () => {
    const document = await openLinted('fix-all-command.outreach.hbs');
    await vscode.commands.executeCommand('outreach.fixAll');
    await textBecomes(document, FIX_ALL_FIXED, 'the safe fixes in the text');
  });
});
