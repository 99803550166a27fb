/** Rule ids complete inside a suppression comment over stdio, the project's custom rules included. Needs `npm run build`. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CompletionList, Hover, MarkupContent } from 'vscode-languageserver-types';
import { PICK_YOUR_BRAIN_RULE } from '../fixtures/pickYourBrain';
import { askUntil, initialize, startStdioServer, within, type StdioServer } from '../helpers/stdioServer';

const CUSTOM_RULE = PICK_YOUR_BRAIN_RULE.id;
const CONFIG = JSON.stringify({
  customRules: [PICK_YOUR_BRAIN_RULE],
});

const TEMPLATE = `---
kind: request
subject: Your switch from teaching into data work
---
{{!-- outreach-disable-next-line  --}}
Hi Ines,

Could we get coffee next week so I can pick your brain about moving into analytics?

Thanks,
Theo
`;
const COMMENT_LINE = 4;
const ID_COLUMN = '{{!-- outreach-disable-next-line '.length;

describe('suppression comments over stdio', () => {
  let server: StdioServer;
  let workspace: string;
  let templateUri: string;

  const completionLabels = async (): Promise<string[]> => {
    const list = await within(
      server.connection.sendRequest<CompletionList | null>('textDocument/completion', {
        textDocument: { uri: templateUri },
        position: { line: COMMENT_LINE, character: ID_COLUMN },
      }),
      'a completion answer',
    );
    return list?.items.map((item) => item.label) ?? [];
  };

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'outreach-suppressions-'));
    writeFileSync(join(workspace, '.outreachrc.json'), CONFIG);
    templateUri = pathToFileURL(join(workspace, 'coffee.outreach.hbs')).toString();
    server = startStdioServer(workspace);
    await initialize(server, { workspace });
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: templateUri, languageId: 'outreach', version: 1, text: TEMPLATE } });
  });

  after(() => {
    server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('lists the built-in rule ids and, once the config is read, the custom ones', async () => {
    const labels = await completionLabels();
    assert.ok(labels.includes('time-limit'), `no time-limit in ${labels.join(', ')}`);
    await askUntil(completionLabels, (found) => found.includes(CUSTOM_RULE), `${CUSTOM_RULE} among the completions`);
  });

  it('shows a custom rule’s message on hover over its id', async () => {
    const text = TEMPLATE.replace('next-line  --}}', `next-line ${CUSTOM_RULE} --}}`);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: templateUri, version: 2 },
      contentChanges: [{ text }],
    });
    const hover = await within(
      server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: templateUri }, position: { line: COMMENT_LINE, character: ID_COLUMN + 3 } }),
      'a hover answer',
    );
    assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /\*\*no-pick-your-brain\*\* \(custom rule in `\.outreachrc\.json`\) — Name the one question/);
  });
});
