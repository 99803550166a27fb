/** The side preview: one webview beside the editor showing the active outreach template rendered with its samples. */
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { ViewColumn, window, workspace, type Disposable, type TextDocument, type Uri, type WebviewPanel } from 'vscode';
import { renderPreviewHtml } from '../../server/src/service/features/preview';

/** Typing re-renders at most this often. */
const RENDER_DELAY_MS = 150;

export class TemplatePreview implements Disposable {
  private panel: WebviewPanel | undefined;
  private document: TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: Disposable[];

  constructor() {
    this.subscriptions = [
      workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.scheduleRender();
      }),
      window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && isTemplate(editor.document) && editor.document !== this.document) this.follow(editor.document);
      }),
    ];
  }

  /** The command: `uri` comes from the editor title button; otherwise the active (or a visible) template is previewed. */
  async open(uri?: Uri): Promise<void> {
    const document = uri ? await workspace.openTextDocument(uri) : shownTemplate();
    if (!document || !isTemplate(document)) {
      void window.showInformationMessage('Open an outreach template (*.outreach.hbs) to preview it.');
      return;
    }
    if (!this.panel) {
      this.panel = window.createWebviewPanel('outreach.preview', 'Preview', { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        localResourceRoots: [],
      });
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

  private follow(document: TextDocument): void {
    this.document = document;
    if (this.panel) this.panel.title = `Preview ${basename(document.fileName)}`;
    this.render();
  }

  private scheduleRender(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.render(), RENDER_DELAY_MS);
  }

  private render(): void {
    if (!this.panel || !this.document) return;
    const nonce = randomBytes(16).toString('base64');
    this.panel.webview.html = renderPreviewHtml(this.document.getText(), { cspSource: this.panel.webview.cspSource, nonce });
  }
}

/** The active editor's template, or (from the walkthrough, where no editor is active) one that is visible. */
function shownTemplate(): TextDocument | undefined {
  const active = window.activeTextEditor?.document;
  if (active && isTemplate(active)) return active;
  return window.visibleTextEditors.find((editor) => isTemplate(editor.document))?.document;
}

function isTemplate(document: TextDocument): boolean {
  return document.languageId === 'outreach';
}
