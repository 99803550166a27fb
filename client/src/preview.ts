/**
 * The side preview: one webview beside the editor showing the active outreach template rendered with its samples, or,
 * for a template that names a contact list, as one contact reads it, with a picker to step through the list.
 */
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { ViewColumn, window, workspace, type Disposable, type TextDocument, type Uri, type WebviewPanel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PREVIEW_REQUEST, type PreviewParams, type PreviewResult } from '../../server/src/protocol';
import { isTemplateDocument } from './templateDocuments';

/** Typing re-renders at most this often. */
const RENDER_DELAY_MS = 150;

export class TemplatePreview implements Disposable {
  private panel: WebviewPanel | undefined;
  private document: TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Counts the renders asked for, so an answer that arrives after a newer request is dropped. */
  private renders = 0;
  /** The contact shown, by its 0-based position in the template's list; the server ignores it for a template without one. */
  private row = 0;
  private readonly subscriptions: Disposable[];

  /** The page is rendered by the language server (`outreach/preview`), which holds the same text as the editor. */
  constructor(private readonly client: LanguageClient) {
    this.subscriptions = [
      workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.scheduleRender();
      }),
      window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && isTemplateDocument(editor.document) && editor.document !== this.document) this.follow(editor.document);
      }),
    ];
  }

  /** The command: `uri` comes from the editor title button; otherwise the active (or a visible) template is previewed. */
  async open(uri?: Uri): Promise<void> {
    const document = uri ? await workspace.openTextDocument(uri) : shownTemplate();
    if (!document || !isTemplateDocument(document)) {
      void window.showInformationMessage('Open an outreach template (*.outreach.hbs) to preview it.');
      return;
    }
    if (!this.panel) {
      // Scripts run only under the nonce of each page the server renders, which only the contact picker's carries.
      this.panel = window.createWebviewPanel('outreach.preview', 'Preview', { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [],
      });
      this.panel.webview.onDidReceiveMessage((message: unknown) => this.showContact(message));
      this.panel.onDidDispose(() => {
        clearTimeout(this.timer);
        this.panel = undefined;
        this.document = undefined;
      });
    } else {
      this.panel.reveal(ViewColumn.Beside, true);
    }
    this.follow(document);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  /** The picker's `{ row }` message: a contact's position, which the next render asks the server for. */
  private showContact(message: unknown): void {
    const row = typeof message === 'object' && message !== null ? (message as { row?: unknown }).row : undefined;
    if (typeof row !== 'number' || !Number.isSafeInteger(row) || row < 0) return;
    this.row = row;
    void this.render();
  }

  private follow(document: TextDocument): void {
    if (document !== this.document) this.row = 0;
    this.document = document;
    if (this.panel) this.panel.title = `Preview ${basename(document.fileName)}`;
    void this.render();
  }

  private scheduleRender(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), RENDER_DELAY_MS);
  }

  private async render(): Promise<void> {
    const { panel, document } = this;
    if (!panel || !document) return;
    const render = ++this.renders;
    const nonce = randomBytes(16).toString('base64');
    try {
      const params: PreviewParams = { uri: this.client.code2ProtocolConverter.asUri(document.uri), cspSource: panel.webview.cspSource, nonce, row: this.row };
      const { html } = await this.client.sendRequest<PreviewResult>(PREVIEW_REQUEST, params);
      if (render === this.renders && panel === this.panel) panel.webview.html = html;
    } catch (error) {
      if (render === this.renders && panel === this.panel) {
        void window.showErrorMessage(`Outreach: the preview failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

/** The active editor's template, or (from the walkthrough, where no editor is active) one that is visible. */
function shownTemplate(): TextDocument | undefined {
  const active = window.activeTextEditor?.document;
  if (active && isTemplateDocument(active)) return active;
  return window.visibleTextEditors.find((editor) => isTemplateDocument(editor.document))?.document;
}
