/**
 * Extra phrase folders over stdio: the server asks the client to watch the folders `.outreachrc.json` lists, reloads the
 * library when a phrase file there changes (completions show the new clause), and reports a malformed entry on
 * `.outreachrc.json` instead of failing. Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CompletionList, Diagnostic } from 'vscode-languageserver-types';
import { askUntil, initialize, startStdioServer, within, type StdioServer } from '../helpers/stdioServer';

interface Registration {
  id: string;
  method: string;
  registerOptions?: { watchers?: { globPattern: string | { baseUri: string; pattern: string } }[] };
}

const TEMPLATE = `---
kind: request
subject: Your switch from teaching into data work
---
Hi Ines,

I teach secondary maths and have started building small dashboards for our school.

Thanks,
Theo
`;

const TEAM_PHRASES = `category: opener
entries:
  - id: team-shared-school
    label: Team opener about a shared school
    kinds: [request]
    text: We both studied at {{recipient.school}}, which is how I came across your work.
`;

const MALFORMED_PHRASES = `category: opener
entries:
  - id: team-good-one
    label: Team opener that is fine
    kinds: [request]
    text: Your note on {{recipient.talkTopic}} is why I am writing.
  - id: team-no-text
    label: Team opener without text
    kinds: [request]
`;

describe('extra phrase folders over stdio', () => {
  let server: StdioServer;
  let workspace: string;
  let templateUri: string;
  let configUri: string;
  const registrations: Registration[] = [];
  const unregistered: string[] = [];
  const registrationWaiters: (() => void)[] = [];

  const folderUri = (name: string): string => pathToFileURL(join(workspace, name)).toString();

  /** The latest registration watching `folder`, once the server has made it. */
  const watcherFor = async (folder: string): Promise<Registration> => {
    const find = (): Registration | undefined =>
      [...registrations]
        .reverse()
        .find((registration) =>
          registration.registerOptions?.watchers?.some((watcher) => typeof watcher.globPattern === 'object' && watcher.globPattern.baseUri === folderUri(folder)),
        );
    return within(
      (async () => {
        for (let found = find(); ; found = find()) {
          if (found) return found;
          await new Promise<void>((resolve) => registrationWaiters.push(resolve));
        }
      })(),
      `a watcher registration for ${folder}`,
    );
  };

  const labels = async (): Promise<string[]> => {
    const list = await within(
      server.connection.sendRequest<CompletionList | null>('textDocument/completion', { textDocument: { uri: templateUri }, position: { line: 6, character: 0 } }),
      'a completion answer',
    );
    return list?.items.map((item) => item.label) ?? [];
  };

  /** Asks for completions until `expected` says they are right, or the time is up. */
  const completionsUntil = (expected: (found: string[]) => boolean, what: string): Promise<string[]> => askUntil(labels, expected, what);

  const configDiagnostics = async (matches: (diagnostics: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> =>
    (await server.diagnostics(configUri, (params) => matches(params.diagnostics), what)).diagnostics;

  const fileChanged = (path: string, type: 1 | 2 | 3): Promise<void> =>
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).toString(), type }] });

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'outreach-phrase-folders-'));
    mkdirSync(join(workspace, 'team-phrases'));
    mkdirSync(join(workspace, 'more-phrases'));
    writeFileSync(join(workspace, '.outreachrc.json'), JSON.stringify({ phraseFolders: ['team-phrases'] }, null, 2));
    templateUri = pathToFileURL(join(workspace, 'switch.outreach.hbs')).toString();
    configUri = pathToFileURL(join(workspace, '.outreachrc.json')).toString();
    server = startStdioServer(workspace);
    const { connection } = server;
    connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      registrations.push(...params.registrations);
      for (const resolve of registrationWaiters.splice(0)) resolve();
      return null;
    });
    connection.onRequest('client/unregisterCapability', (params: { unregisterations: { id: string }[] }) => {
      unregistered.push(...params.unregisterations.map((registration) => registration.id));
      return null;
    });
    await initialize(server, {
      workspace,
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } },
        textDocument: { completion: { completionItem: { snippetSupport: true } } },
      },
    });
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: templateUri, languageId: 'outreach', version: 1, text: TEMPLATE } });
  });

  after(() => {
    server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('asks the client to watch the YAML files of the configured folder', async () => {
    const registration = await watcherFor('team-phrases');
    assert.equal(registration.method, 'workspace/didChangeWatchedFiles');
    assert.deepEqual(registration.registerOptions?.watchers, [{ globPattern: { baseUri: folderUri('team-phrases'), pattern: '*.{yaml,yml}' } }]);
  });

  it('offers a clause from a phrase file created in the folder, without a restart', async () => {
    const before = await completionsUntil((found) => found.length > 0, 'the shipped clauses');
    assert.ok(!before.includes('Team opener about a shared school'));
    const file = join(workspace, 'team-phrases', 'openers.yaml');
    writeFileSync(file, TEAM_PHRASES);
    await fileChanged(file, 1);
    const after = await completionsUntil((found) => found.includes('Team opener about a shared school'), 'the new team clause');
    assert.ok(after.length > before.length, 'the shipped clauses are still offered');
  });

  it('reports a malformed entry on .outreachrc.json, at the folder, and keeps the good entries', async () => {
    const file = join(workspace, 'team-phrases', 'openers.yaml');
    writeFileSync(file, MALFORMED_PHRASES);
    await fileChanged(file, 2);
    const diagnostics = await configDiagnostics((found) => found.length > 0, 'the phrase problem on .outreachrc.json');
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.message, 'Phrase library: team-phrases/openers.yaml:7: Entry 2: `text` must be the clause text.');
    assert.deepEqual(diagnostics[0]!.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 18 } });
    const found = await completionsUntil((labels) => labels.includes('Team opener that is fine'), 'the good entry of the malformed file');
    assert.ok(!found.includes('Team opener without text'));
    assert.ok(!found.includes('Team opener about a shared school'), 'the old version of the file is gone');
  });

  it('clears the problem once the file is fixed', async () => {
    const file = join(workspace, 'team-phrases', 'openers.yaml');
    writeFileSync(file, TEAM_PHRASES);
    await fileChanged(file, 2);
    assert.deepEqual(await configDiagnostics((found) => found.length === 0, 'the cleared phrase problem'), []);
  });

  it('moves the watcher when the config names another folder', async () => {
    const previous = await watcherFor('team-phrases');
    writeFileSync(join(workspace, 'more-phrases', 'openers.yml'), TEAM_PHRASES.replace('Team opener about a shared school', 'Opener from the second folder'));
    writeFileSync(join(workspace, '.outreachrc.json'), JSON.stringify({ phraseFolders: ['more-phrases'] }, null, 2));
    await fileChanged(join(workspace, '.outreachrc.json'), 2);
    await watcherFor('more-phrases');
    const found = await completionsUntil((labels) => labels.includes('Opener from the second folder'), 'the clause of the second folder');
    assert.ok(!found.includes('Team opener about a shared school'));
    await within(
      (async () => {
        while (!unregistered.includes(previous.id)) await labels();
      })(),
      'the old watcher to be unregistered',
    );
  });
});
