/** The reason-to-meet and time-limit quick fixes, asked for and applied as the lightbulb does. */
import assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { ASK, COFFEE, REASON_CLAUSE, REASON_DECLARATIONS } from './fixtures';
import { applyAction, codeActions, diagnosticsWhere, findDiagnostic, openFile, ruleId, ruleIds, textBecomes } from './helpers';

suite('quick fixes', () => {
  let document: vscode.TextDocument;

  /**
   * The preferred quick fix among those offered on the rule's current diagnostic. `vscode.executeCodeActionProvider`
   * does not return an action's diagnostics, so the fix is known by its title.
   */
  async function preferredFix(rule: string, title: string): Promise<vscode.CodeAction> {
    const diagnostic = findDiagnostic(vscode.languages.getDiagnostics(document.uri), rule);
    const actions = await codeActions(document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.title === title);
    assert.ok(fix, `"${title}" among ${actions.map((action) => action.title).join(' | ')}`);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.equal(fix.isPreferred, true, 'the preferred fix');
    return fix;
  }

  suiteSetup(async () => {
    document = (await openFile('quick-fix.outreach.hbs')).document;
    await diagnosticsWhere(document.uri, 'reason-to-meet and time-limit', () => ['reason-to-meet', 'time-limit'].every((rule) => ruleIds(document.uri).includes(rule)));
  });

  test('reason to meet: inserts the offer clause after the sender’s introduction, and the finding goes away', async () => {
    const fix = await preferredFix('reason-to-meet', 'Add a reason to meet: “Something useful to share”');
    await applyAction(fix);
    const expected = COFFEE.replace('  sender.firstName: Kai', `  sender.firstName: Kai${REASON_DECLARATIONS}`).replace(`ward. ${ASK}`, `ward. ${REASON_CLAUSE} ${ASK}`);
    await textBecomes(document, expected, 'the reason clause in the text');
    await diagnosticsWhere(document.uri, 'reason-to-meet to go, time-limit to stay', (diagnostics) => {
      const rules = diagnostics.map(ruleId);
      return !rules.includes('reason-to-meet') && rules.includes('time-limit');
    });
  });

  test('time limit: folds 15 minutes into the ask, in the format asked for, and the finding goes away', async () => {
    const before = document.getText();
    const fix = await preferredFix('time-limit', 'Add a time limit: “a 15-minute coffee”');
    await applyAction(fix);
    await textBecomes(document, before.replace(ASK, ASK.replace('grab coffee', 'grab a 15-minute coffee')), 'the length inside the ask');
    await diagnosticsWhere(document.uri, 'time-limit to go', (diagnostics) => !diagnostics.map(ruleId).includes('time-limit'));
  });
});
