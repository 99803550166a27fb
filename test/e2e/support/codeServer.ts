/**
 * A real VS Code for the end-to-end tests: code-server (Code's own workbench served over HTTP)
 * in its own process group, with a private profile and extensions folder, driven by Chromium.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CODE_SERVER, TOOLS_NODE_BIN } from './tools';

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Settings that keep the workbench quiet and its menus ours alone. */
const PROFILE_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'editor.minimap.enabled': false,
};

export interface Profile {
  userDataDir: string;
  extensionsDir: string;
}

/** A profile's folders under `dir`. */
export function profileIn(dir: string): Profile {
  return { userDataDir: join(dir, 'user-data'), extensionsDir: join(dir, 'extensions') };
}

/** Creates the profile's folders and its quiet settings. */
export function createProfile(profile: Profile, settings: Record<string, unknown> = {}): Profile {
  mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
  mkdirSync(profile.extensionsDir, { recursive: true });
  writeFileSync(
    join(profile.userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...PROFILE_SETTINGS, ...settings }, null, 2),
  );
  return profile;
}

function codeServerEnv(): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${TOOLS_NODE_BIN}:${process.env.PATH ?? ''}` };
}

function codeServerArgs(profile: Profile): string[] {
  return [
    CODE_SERVER,
    `--user-data-dir=${profile.userDataDir}`,
    `--extensions-dir=${profile.extensionsDir}`,
  ];
}

/** Installs a .vsix into the profile, offline, the way a user would with `code --install-extension`. */
export function installExtension(profile: Profile, vsix: string): void {
  const result = spawnSync(join(TOOLS_NODE_BIN, 'node'), [...codeServerArgs(profile), '--install-extension', vsix], {
    env: codeServerEnv(),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0 || !/successfully installed/i.test(result.stdout)) {
    throw new Error(`code-server --install-extension failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolveHealth) => {
    const req = request({ host: '127.0.0.1', port, path: '/healthz', timeout: 1_000 }, (res) => {
      res.resume();
      resolveHealth(res.statusCode === 200);
    });
    req.once('error', () => resolveHealth(false));
    req.once('timeout', () => {
      req.destroy();
      resolveHealth(false);
    });
    req.end();
  });
}

/** Resolves when `check` holds, polling every `interval` ms; rejects with `what` after `timeout` ms. */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeout: number, interval = 100): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolveTick) => setTimeout(resolveTick, interval));
  }
}

export interface CodeServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** What code-server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Lets the page pass an extension-development payload (extensionTestsPath) to the workbench. */
  smokeTestDriver?: boolean;
}

export async function startCodeServer(profile: Profile, options: StartOptions = {}): Promise<CodeServer> {
  const port = await freePort();
  const args = [
    ...codeServerArgs(profile),
    `--bind-addr=127.0.0.1:${port}`,
    '--auth=none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--ignore-last-opened',
    ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  const child: ChildProcess = spawn(join(TOOLS_NODE_BIN, 'node'), args, {
    env: codeServerEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  let running = true;
  // However this process ends (Playwright's own SIGINT handler calls process.exit), code-server's group goes with it.
  const killOnExit = (): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killOnExit);
  void exited.then(() => {
    running = false;
    process.removeListener('exit', killOnExit);
  });

  const stop = async (): Promise<void> => {
    if (!running || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const killed = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))]);
    if (!killed) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };

  try {
    await waitFor('code-server to answer /healthz', async () => {
      if (!running) throw new Error(`code-server exited early:\n${output}`);
      return healthy(port);
    }, 60_000, 200);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin: `http://127.0.0.1:${port}`, port, output: () => output, stop };
}

export interface BrowserOptions {
  /** Playwright closes the browser and exits the process on SIGINT/SIGTERM/SIGHUP (default); false: the caller handles them. */
  handleSignals?: boolean;
}

export async function launchBrowser({ handleSignals = true }: BrowserOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
  });
}

/** The workbench URL that opens `folder`, optionally with a smoke-test-driver payload. */
export function workbenchUrl(server: CodeServer, folder: string, payload?: Array<[string, string]>): string {
  const query = new URLSearchParams({ folder });
  if (payload) query.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${query.toString()}`;
}

/** A `vscode-remote://` URI for a path on the code-server machine, as the payload expects. */
export function remoteUri(server: CodeServer, path: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${path}`;
}

/** The editor renders spaces as U+00A0; compare text after this. */
export function normalizeEditorText(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

export type { Browser, Page };
