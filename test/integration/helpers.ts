/** Shared by the integration tests: workspace files, waiting for state with a deadline, and small readers of vscode results. */
import * as vscode from 'vscode';

/** The polls' deadline: generous, as the machine may be busy; a state that never comes fails with what was last seen. */
const DEADLINE_MS = 30_000;
const POLL_MS = 100;

/** Resolves with the first truthy value `probe` returns, polling until the deadline; then rejects naming `what`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, lastSeen?: () => string): Promise<T> {
  const deadline = Date.now() + DEADLINE_MS;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${DEADLINE_MS} ms waiting for ${what}${lastSeen ? `; last seen: ${lastSeen()}` : ''}`);
    await new Promise((resolveTick) => setTimeout(resolveTick, POLL_MS));
  }
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The integration suite needs a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a workspace file in the active editor. */
export async function openFile(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The rule id: the language client turns `code` + `codeDescription` into `{ value, target }`. */
export function ruleId(diagnostic: vscode.Diagnostic): string {
  const { code } = diagnostic;
  return String(typeof code === 'object' ? code.value : code);
}

export function ruleIds(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map(ruleId).sort();
}

/** Waits until the document's diagnostics satisfy `settled` and returns them. */
export function diagnosticsWhere(uri: vscode.Uri, what: string, settled: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(
    what,
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return settled(diagnostics) && diagnostics;
    },
    () => ruleIds(uri).join(', ') || 'no diagnostics',
  );
}

export function findDiagnostic(diagnostics: readonly vscode.Diagnostic[], rule: string): vscode.Diagnostic {
  const found = diagnostics.find((diagnostic) => ruleId(diagnostic) === rule);
  if (!found) throw new Error(`No ${rule} diagnostic among ${diagnostics.map(ruleId).join(', ')}`);
  return found;
}

/** The code actions of `kind` for a range, as the editor would ask for them. */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return (actions ?? []).filter((action): action is vscode.CodeAction => !('command' in action && typeof action.command === 'string'));
}

/** Applies an action the way the lightbulb does: its edit, then its command. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) {
    const applied = await vscode.workspace.applyEdit(action.edit);
    if (!applied) throw new Error(`VS Code refused the edit of "${action.title}"`);
  }
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Waits for the document's text to become `expected`; fails showing the text it has. */
export function textBecomes(document: vscode.TextDocument, expected: string, what: string): Promise<true> {
  return waitFor(what, () => document.getText() === expected, () => JSON.stringify(document.getText()));
}

/** The label of a completion item, whether a string or a label with details. */
export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** The markdown of a hover result, sections joined. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n\n');
}
