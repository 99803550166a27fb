/**
 * The language status items shown with an outreach template: whether the rules are on (with the server's output), and
 * the active template's findings (with the extension's settings). Both read what the client already has: its state
 * and its diagnostics, no request to the server.
 */
import { commands, Disposable, languages, LanguageStatusSeverity, window, workspace, DiagnosticSeverity, type Diagnostic, type ExtensionContext, type LanguageStatusItem } from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { findingsStatus, rulesStatus, type FindingCounts, type ServerState, type StatusReport } from './languageStatusText';
import { isTemplateDocument, TEMPLATE_DOCUMENTS } from './templateDocuments';

/** Run from the rules item only, so not contributed to the Command Palette. */
const SHOW_OUTPUT_COMMAND = 'outreach.showOutput';

export function registerLanguageStatus(context: ExtensionContext, client: LanguageClient): Disposable {
  const rules = languages.createLanguageStatusItem('outreach.rules', TEMPLATE_DOCUMENTS);
  rules.name = 'Outreach Etiquette rules';
  rules.command = { title: 'Show output', command: SHOW_OUTPUT_COMMAND };
  const findings = languages.createLanguageStatusItem('outreach.findings', TEMPLATE_DOCUMENTS);
  findings.name = 'Outreach Etiquette findings';
  findings.command = { title: 'Settings', command: 'workbench.action.openSettings', arguments: [`@ext:${context.extension.id}`] };

  const showRules = (): void => show(rules, rulesStatus(stateName(client.state), workspace.isTrusted));
  const showFindings = (): void => {
    const document = window.activeTextEditor?.document;
    if (!document || !isTemplateDocument(document)) return;
    const state = stateName(client.state);
    // The client's own collection (made on first use, so only asked once running) holds a template, if only with [],
    // once the server has published its findings.
    const published = state === 'running' && client.diagnostics?.has(document.uri) ? client.diagnostics.get(document.uri) : undefined;
    show(findings, findingsStatus(state, published && countFindings(published)));
  };
  const showAll = (): void => {
    showRules();
    showFindings();
  };
  showAll();
  return Disposable.from(
    rules,
    findings,
    commands.registerCommand(SHOW_OUTPUT_COMMAND, () => client.outputChannel.show(true)),
    client.onDidChangeState(showAll),
    workspace.onDidGrantWorkspaceTrust(showRules),
    window.onDidChangeActiveTextEditor(showFindings),
    languages.onDidChangeDiagnostics(({ uris }) => {
      const active = window.activeTextEditor?.document.uri.toString();
      if (uris.some((uri) => uri.toString() === active)) showFindings();
    }),
  );
}

function show(item: LanguageStatusItem, report: StatusReport): void {
  item.text = report.text;
  item.detail = report.detail;
  item.busy = report.busy;
  item.severity = { information: LanguageStatusSeverity.Information, warning: LanguageStatusSeverity.Warning, error: LanguageStatusSeverity.Error }[report.severity];
}

function stateName(state: State): ServerState {
  return state === State.Running ? 'running' : state === State.Starting ? 'starting' : 'stopped';
}

function countFindings(diagnostics: readonly Diagnostic[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  const names = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning', [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint' } as const;
  for (const diagnostic of diagnostics) counts[names[diagnostic.severity]]++;
  return counts;
}
