/**
 * The requests of server/src/protocol.ts over stdio: the VS Code client's preview and Show summary are the server's
 * answers to `outreach/preview` and `outreach/summary`. Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ErrorCodes, ResponseError } from 'vscode-jsonrpc/node';
import { PREVIEW_REQUEST, SUMMARY_REQUEST, type PreviewResult, type SummaryResult } from '../../server/src/protocol';
import { COFFEE } from '../fixtures/coffeeChat';
import { initialize, startStdioServer, within, type StdioServer } from '../helpers/stdioServer';

const TEMPLATE_URI = 'untitled:coffee.outreach.hbs';
const CSP_SOURCE = 'https://webview.example';
const NONCE = 'bm9uY2Utb2YtdGhlLXRlc3Q=';

describe('outreach/preview and outreach/summary over stdio', () => {
  let server: StdioServer;

  before(async () => {
    server = startStdioServer();
    await initialize(server);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: TEMPLATE_URI, languageId: 'outreach', version: 1, text: COFFEE },
    });
  });

  after(() => server.stop());

  it('renders the open template with its samples, under the webview source and nonce it is given', async () => {
    const { html } = await within(
      server.connection.sendRequest<PreviewResult>(PREVIEW_REQUEST, { uri: TEMPLATE_URI, cspSource: CSP_SOURCE, nonce: NONCE }),
      'the preview',
    );
    assert.match(html, /<h1>Your move from nursing into health-tech product<\/h1>/);
    assert.match(html, /Hi Noor,/);
    assert.ok(html.includes(`style-src ${CSP_SOURCE} &#39;nonce-${NONCE}&#39;`), 'the style sheet is allowed by the nonce only');
    assert.ok(html.includes(`<style nonce="${NONCE}">`));
  });

  it('summarizes the open template in numbers and in sentences', async () => {
    const { summary, description } = await within(server.connection.sendRequest<SummaryResult>(SUMMARY_REQUEST, { uri: TEMPLATE_URI }), 'the summary');
    assert.equal(summary.questions, 1);
    assert.match(description, new RegExp(`^${summary.words} words between the greeting and the sign-off`));
  });

  it('answers a document it does not hold with an error, for the client to show', async () => {
    for (const method of [PREVIEW_REQUEST, SUMMARY_REQUEST]) {
      await assert.rejects(
        within(server.connection.sendRequest(method, { uri: 'untitled:never-opened.outreach.hbs', cspSource: CSP_SOURCE }), method),
        (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InvalidParams && /is not an open outreach template/.test(error.message),
      );
    }
  });
});
