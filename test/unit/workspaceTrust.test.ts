/** Workspace trust: an untrusted workspace's `.outreachrc.json` may change rule severities and options, nothing more. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parseConfig, restrictForUntrustedWorkspace, untrustedWorkspaceNotice } from '../../server/src/service/config/settings';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import { lintDocument } from '../../server/src/service/lint';
import { RULES } from '../../server/src/service/rules';
import { PICK_YOUR_BRAIN_REQUEST, PICK_YOUR_BRAIN_RULE } from '../fixtures/pickYourBrain';
import { phrases } from '../helpers/ruleTester';

const METAS = RULES.map((rule) => rule.meta);

const FULL_CONFIG = JSON.stringify(
  {
    rules: { 'time-limit': 'error', length: { maxWords: 150 } },
    phraseFolders: ['team-phrases'],
    customRules: [PICK_YOUR_BRAIN_RULE],
  },
  null,
  2,
);

const TEMPLATE = PICK_YOUR_BRAIN_REQUEST;

function parsed(text: string) {
  const { config, problems } = parseConfig(text, METAS);
  assert.deepEqual(problems, []);
  return config;
}

describe('restrictForUntrustedWorkspace', () => {
  it('keeps rule severities and options, and drops custom rules and phrase folders, naming both', () => {
    const full = parsed(FULL_CONFIG);
    const { config, ignored } = restrictForUntrustedWorkspace(full);
    assert.deepEqual(config.rules, full.rules);
    assert.deepEqual(config.customRules, []);
    assert.deepEqual(config.phraseFolders, []);
    assert.deepEqual(ignored, ['customRules', 'phraseFolders']);
  });

  it('ignores nothing (and says nothing) when the config only sets rules', () => {
    const text = JSON.stringify({ rules: { 'time-limit': 'off' }, customRules: [], phraseFolders: [] });
    const { config, ignored } = restrictForUntrustedWorkspace(parsed(text));
    assert.deepEqual(config.rules, { 'time-limit': { severity: 'off', options: {} } });
    assert.deepEqual(ignored, []);
    assert.equal(untrustedWorkspaceNotice(text, ignored), undefined);
  });

  it('lints with the severity change but without the custom rule', () => {
    const document = parseOutreachDocument(TEMPLATE);
    const trusted = lintDocument(document, { config: parsed(FULL_CONFIG), phrases });
    const untrusted = lintDocument(document, { config: restrictForUntrustedWorkspace(parsed(FULL_CONFIG)).config, phrases });
    assert.ok(trusted.some((finding) => finding.rule === 'no-pick-your-brain'), 'the custom rule fires when trusted');
    assert.equal(untrusted.some((finding) => finding.rule === 'no-pick-your-brain'), false);
    assert.deepEqual(
      untrusted.filter((finding) => finding.rule === 'time-limit').map((finding) => finding.severity),
      ['error'],
    );
  });
});

describe('untrustedWorkspaceNotice', () => {
  it('is one information note on the first ignored key, naming everything ignored and why', () => {
    const notice = untrustedWorkspaceNotice(FULL_CONFIG, ['customRules', 'phraseFolders']);
    assert.ok(notice);
    assert.equal(notice.severity, 'info');
    assert.equal(FULL_CONFIG.slice(notice.range.start, notice.range.end), '"customRules"');
    assert.match(notice.message, /^`customRules` and `phraseFolders` are ignored because this workspace is not trusted/);
  });

  it('uses the singular for one setting', () => {
    const notice = untrustedWorkspaceNotice(FULL_CONFIG, ['phraseFolders']);
    assert.equal(FULL_CONFIG.slice(notice!.range.start, notice!.range.end), '"phraseFolders"');
    assert.match(notice!.message, /^`phraseFolders` is ignored/);
  });
});

describe('the extension manifest', () => {
  it('declares limited support for untrusted workspaces and says what is limited', () => {
    const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as {
      capabilities?: { untrustedWorkspaces?: { supported?: unknown; description?: unknown } };
    };
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.match(String(manifest.capabilities?.untrustedWorkspaces?.description), /customRules.*phraseFolders/);
  });
});
