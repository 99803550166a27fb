/**
 * Stands in for the VS Code executable that @vscode/test-electron's `runTests` launches: it takes
 * the same arguments, starts code-server with the smoke-test driver, opens the workbench in
 * headless Chromium with the extension-development payload, and exits with the code the test
 * suite reports through `codeAutomationExit`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import type { ConsoleMessage } from 'playwright-core';
import { createProfile, launchBrowser, remoteUri, startCodeServer, workbenchUrl } from '../support/codeServer';
import { RESULTS } from '../support/tools';

const SUITE_TIMEOUT_MS = 5 * 60_000;

function option(args: string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  return args.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

/**
 * A page console message as text. The workbench logs `('%c INFO', 'color: …', format, ...values)`, and the
 * extension host's output (mocha's report) arrives that way: drop the styled level, keep it only when not INFO,
 * and format the rest as Node would.
 */
async function consoleLine(message: ConsoleMessage): Promise<string> {
  const args = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => arg.toString())));
  if (args.length === 0) return message.text();
  const level = typeof args[0] === 'string' ? /^%c\s*(\w+)$/.exec(args[0])?.[1] : undefined;
  if (!level) return format(...args);
  const text = format(...args.slice(2));
  return level === 'INFO' ? text : `[${level}] ${text}`;
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
  // runTests passes on Ctrl+C as SIGINT: stop code-server and the browser rather than leave them running.
  const interrupted = new Promise<number>((resolveSignal) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(signal, () => {
        console.error(`Stopping the integration run on ${signal}.`);
        resolveSignal(130);
      });
    }
  });
  const server = await startCodeServer(createProfile({ userDataDir, extensionsDir }), { smokeTestDriver: true });
  const browser = await launchBrowser({ handleSignals: false });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Formatted one after another, so lines keep their order; settled before the exit code is returned.
    let printed = Promise.resolve();
    page.on('console', (message) => {
      printed = printed.then(async () => {
        const text = await consoleLine(message);
        if (text.trim()) console.log(text);
      });
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
    const code = await Promise.race([exitCode, timeout, interrupted]);
    await printed;
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
