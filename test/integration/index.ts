/**
 * The integration suite's entry point, loaded by VS Code's extension host (`--extensionTestsPath`): runs every
 * compiled `*.test.js` beside it with mocha and settles when they have run. test/e2e/vscode.test.ts builds it
 * into out/integration/ and runs it in a real VS Code through @vscode/test-electron.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // The extension host's output is no terminal: colours would only garble the forwarded lines.
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 120_000 });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  return new Promise((resolveRun, rejectRun) => {
    mocha.run((failures) => (failures > 0 ? rejectRun(new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed.`)) : resolveRun()));
  });
}
