/**
 * Stands in for the VS Code executable that @vscode/test-electron's `runTests` launches: it takes
 * the same arguments, starts code-server with the smoke-test driver, opens the workbench in
 * headless Chromium with the extension-development payload, and exits with the code the test
 * suite reports through `codeAutomationExit`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createProfile, launchBrowser, remoteUri, startCodeServer, workbenchUrl } from '../support/codeServer';
import { RESULTS } from '../support/tools';

const SUITE_TIMEOUT_MS = 5 * 60_000;

function option(args: string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  return args.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

async function main(args: string[]): Promise<number> {
  const testsPath = option(args, 'extensionTestsPath');
  const developmentPath = option(args, 'extensionDevelopmentPath');
  const userDataDir = option(args, 'user-data-dir');
  const extensionsDir = option(args, 'extensions-dir');
  const folder = args.find((arg) => !arg.startsWith('--'));
  if (!testsPath || !developmentPath || !userDataDir || !extensionsDir || !folder) {
    console.error('usage: launcher <folder> --extensionTestsPath=… --extensionDevelopmentPath=… --user-data-dir=… --extensions-dir=…');
    return 2;
  }
  const server = await startCodeServer(createProfile({ userDataDir, extensionsDir }), { smokeTestDriver: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (message) => {
      const text = message.text();
      if (text.trim()) console.log(text);
    });
    const exitCode = new Promise<number>((resolveExit) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
    });
    await page.goto(
      workbenchUrl(server, folder, [
        ['extensionDevelopmentPath', remoteUri(server, developmentPath)],
        ['extensionTestsPath', remoteUri(server, testsPath)],
      ]),
    );
    const timeout = new Promise<number>((resolveTimeout) =>
      setTimeout(() => {
        console.error(`The integration suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s.`);
        resolveTimeout(1);
      }, SUITE_TIMEOUT_MS).unref(),
    );
    const code = await Promise.race([exitCode, timeout]);
    if (code !== 0) {
      mkdirSync(RESULTS, { recursive: true });
      await page.screenshot({ path: join(RESULTS, 'integration-failure.png') });
      console.error(`code-server output:\n${server.output()}`);
    }
    return code;
  } finally {
    await browser.close();
    await server.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
