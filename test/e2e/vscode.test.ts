/**
 * The packaged extension in a real VS Code: installs outreach-etiquette.vsix into a fresh code-server profile and
 * runs the mocha suite of test/integration inside its extension host, the standard way: @vscode/test-electron's
 * `runTests`, with test/e2e/vscode/launcher.sh standing in for the VS Code executable (desktop VS Code cannot be
 * downloaded here). The suite's spec report is printed as it runs. Needs `npm run package` and the e2e tools.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runTests } from '@vscode/test-electron';
import { FIXTURES, STARTER } from '../integration/fixtures';
import { createProfile, installExtension, profileIn } from './support/codeServer';
import { requireTools, ROOT, VSIX } from './support/tools';
import { buildIntegrationSuite } from './vscode/buildSuite';

const LAUNCHER = join(ROOT, 'test', 'e2e', 'vscode', 'launcher.sh');

describe('the packaged extension in VS Code', () => {
  let scratch: string;

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'outreach-vscode-'));
  });

  after(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  // The launcher gives the suite 5 minutes and then stops code-server itself; this bound is only a backstop.
  it('passes the integration suite in the extension host, from the installed .vsix', { timeout: 8 * 60_000 }, async () => {
    requireTools();
    const profile = createProfile(profileIn(join(scratch, 'profile')));
    installExtension(profile, VSIX);
    const { publisher, name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, string>;
    const installed = readdirSync(profile.extensionsDir).filter((entry) => entry.startsWith(`${publisher}.${name}-`));
    assert.deepEqual(installed, [`${publisher}.${name}-${version}`], 'the .vsix installed once, as this version');

    const workspace = join(scratch, 'workspace');
    mkdirSync(workspace);
    for (const [file, text] of Object.entries(FIXTURES)) writeFileSync(join(workspace, file), text);
    copyFileSync(join(ROOT, 'templates', 'starters', STARTER), join(workspace, STARTER));

    const code = await runTests({
      vscodeExecutablePath: LAUNCHER,
      extensionDevelopmentPath: join(profile.extensionsDir, installed[0]!),
      extensionTestsPath: await buildIntegrationSuite(),
      launchArgs: [workspace, `--user-data-dir=${profile.userDataDir}`, `--extensions-dir=${profile.extensionsDir}`],
    });
    assert.equal(code, 0);
  });
});
