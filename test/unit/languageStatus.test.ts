/** What the language status items say, and which documents the client lints. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingsStatus, rulesStatus } from '../../client/src/languageStatusText';
import { isTemplateDocument, TEMPLATE_DOCUMENTS } from '../../client/src/templateDocuments';

const none = { error: 0, warning: 0, info: 0, hint: 0 };

describe('language status', () => {
  describe('the findings item', () => {
    it('says "No problems" at information severity for a clean template', () => {
      assert.deepEqual(findingsStatus('running', none), { text: 'No problems', detail: 'in this template', severity: 'information', busy: false });
    });

    it('counts each severity in the CLI summary words, worst first, and takes the worst severity', () => {
      assert.deepEqual(findingsStatus('running', { error: 1, warning: 2, info: 3, hint: 1 }), {
        text: '1 error, 2 warnings, 3 info, 1 hint',
        detail: 'in this template',
        severity: 'error',
        busy: false,
      });
      assert.equal(findingsStatus('running', { ...none, error: 2 }).text, '2 errors');
      assert.equal(findingsStatus('running', { ...none, hint: 2 }).text, '2 hints');
    });

    it('is busy until the server runs and has published the template\'s findings, and counts nothing once it has stopped', () => {
      const checking = { text: 'Checking', detail: 'in this template', severity: 'information', busy: true };
      assert.deepEqual(findingsStatus('running', undefined), checking);
      assert.deepEqual(findingsStatus('starting', none), checking);
      assert.deepEqual(findingsStatus('stopped', { ...none, warning: 1 }), { text: 'Not checked', detail: 'the language server stopped', severity: 'information', busy: false });
    });

    it('is a warning for warnings, and information for info and hints only', () => {
      assert.equal(findingsStatus('running', { ...none, warning: 3, info: 1 }).severity, 'warning');
      assert.equal(findingsStatus('running', { ...none, info: 1, hint: 4 }).severity, 'information');
    });
  });

  describe('the rules item', () => {
    it('says the rules are on while the server runs, and what waits for workspace trust', () => {
      assert.deepEqual(rulesStatus('running', true), { text: 'Outreach rules on', detail: 'checking this template', severity: 'information', busy: false });
      assert.match(rulesStatus('running', false).detail, /custom rules and phrase folders wait for workspace trust/);
    });

    it('is busy while the server starts, and an error once it has stopped', () => {
      assert.equal(rulesStatus('starting', true).busy, true);
      assert.deepEqual(rulesStatus('stopped', true), {
        text: 'Outreach rules off',
        detail: 'the language server stopped: see its output',
        severity: 'error',
        busy: false,
      });
    });
  });

  describe('the template documents', () => {
    it('are outreach documents on disk or untitled, nothing from git:, vscode-vfs: or output views', () => {
      const outreach = (scheme: string) => ({ languageId: 'outreach', uri: { scheme } });
      assert.equal(isTemplateDocument(outreach('file')), true);
      assert.equal(isTemplateDocument(outreach('untitled')), true);
      for (const scheme of ['git', 'vscode-vfs', 'output', 'vscode-notebook-cell']) assert.equal(isTemplateDocument(outreach(scheme)), false, scheme);
      assert.equal(isTemplateDocument({ languageId: 'markdown', uri: { scheme: 'file' } }), false);
      assert.deepEqual(TEMPLATE_DOCUMENTS, [
        { language: 'outreach', scheme: 'file' },
        { language: 'outreach', scheme: 'untitled' },
      ]);
    });
  });
});
