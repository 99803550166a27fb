/** `node dist/server.js --stdio` with a JSON-RPC client attached: the plumbing every LSP-level test shares. */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';

export const SERVER = resolve(__dirname, '../../dist/server.js');
export const WAIT_MS = 10_000;

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

/** `promise`, or a rejection naming what never came. */
export function within<T>(promise: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Asks again until the answer is `settled` (state the server reaches in its own time), failing with the last answer. */
export async function askUntil<T>(ask: () => Promise<T>, settled: (answer: T) => boolean, what: string, ms = WAIT_MS): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const answer = await ask();
    if (settled(answer)) return answer;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}; last answer: ${JSON.stringify(answer)}`);
  }
}

export interface StdioServer {
  process: ChildProcessWithoutNullStreams;
  connection: MessageConnection;
  /** Every publishDiagnostics so far, in order. */
  published: PublishedDiagnostics[];
  /** The latest publish for `uri` if it matches, else the next one that does. */
  diagnostics(uri: string, matches: (params: PublishedDiagnostics) => boolean, what: string, ms?: number): Promise<PublishedDiagnostics>;
  stop(): void;
}

/** Spawns the built server (or the one at `server`); register request handlers right after, before sending `initialize`. */
export function startStdioServer(cwd?: string, server = SERVER): StdioServer {
  assert.ok(existsSync(server), `${server} is missing: run \`npm run build\` first`);
  const child = spawn(process.execPath, [server, '--stdio'], { cwd });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishedDiagnostics[] = [];
  const waiters: { matches: (params: PublishedDiagnostics) => boolean; resolve: (params: PublishedDiagnostics) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
    published.push(params);
    for (const waiter of [...waiters]) {
      if (!waiter.matches(params)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(params);
    }
  });
  connection.listen();
  return {
    process: child,
    connection,
    published,
    diagnostics(uri, matches, what, ms) {
      const already = [...published].reverse().find((params) => params.uri === uri);
      if (already && matches(already)) return Promise.resolve(already);
      return within(new Promise((resolve) => waiters.push({ matches: (params) => params.uri === uri && matches(params), resolve })), what, ms);
    },
    stop() {
      connection.dispose();
      if (child.exitCode === null) child.kill();
      if (stderr.trim()) console.error(`server stderr:\n${stderr}`);
    },
  };
}

export interface InitializeOptions {
  /** The folder the client opens, as `rootUri` and the one workspace folder; without it, `rootUri: null`. */
  workspace?: string;
  capabilities?: Record<string, unknown>;
  initializationOptions?: unknown;
}

export interface InitializeResult {
  capabilities: Record<string, unknown>;
  serverInfo?: { name: string; version?: string };
}

/** The handshake a client starts with: `initialize`, then `initialized`. Returns the server's initialize result. */
export async function initialize(server: StdioServer, options: InitializeOptions = {}): Promise<InitializeResult> {
  const root = options.workspace === undefined ? null : pathToFileURL(options.workspace).toString();
  const result = await within(
    server.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: root,
      ...(root === null ? {} : { workspaceFolders: [{ uri: root, name: 'templates' }] }),
      capabilities: options.capabilities ?? {},
      ...(options.initializationOptions === undefined ? {} : { initializationOptions: options.initializationOptions }),
    }),
    'the initialize result',
  );
  await server.connection.sendNotification('initialized', {});
  return result;
}
