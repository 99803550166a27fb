/** Timings over the Language Server Protocol: a real client talking to `dist/server.js --stdio`. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/node';

const SERVER = join(__dirname, '..', 'dist', 'server.js');

interface PublishParams {
  uri: string;
  version?: number;
}

export interface Server {
  connection: MessageConnection;
  process: ChildProcess;
  /** Milliseconds from spawn to the initialize result. */
  readyMs: number;
  /** Resolves with the next publishDiagnostics for `uri` at `version` (or any version when omitted). */
  diagnosticsFor(uri: string, version?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startServer(rootPath: string): Promise<Server> {
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting: { uri: string; version?: number; resolve: () => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishParams) => {
    for (let index = waiting.length - 1; index >= 0; index--) {
      const waiter = waiting[index]!;
      if (waiter.uri === params.uri && (waiter.version === undefined || waiter.version === params.version)) {
        waiting.splice(index, 1);
        waiter.resolve();
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: `file://${rootPath}`,
    workspaceFolders: [{ uri: `file://${rootPath}`, name: 'bench' }],
    capabilities: {
      workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
      textDocument: { completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: { versionSupport: true } },
    },
  });
  const readyMs = performance.now() - started;
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    readyMs,
    diagnosticsFor: (uri, version) => new Promise((resolve) => waiting.push({ uri, version, resolve })),
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise((resolve) => child.once('exit', resolve));
      connection.dispose();
    },
  };
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
export function processMemoryMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) / 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}
