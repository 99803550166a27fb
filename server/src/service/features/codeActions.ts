import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionContext,
  type CreateFile,
  type Diagnostic,
  type Range,
  type SnippetTextEdit,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { isOurDiagnostic, readDiagnosticData, toDiagnosticFix, toRange, type DiagnosticEdit, type DiagnosticFix } from './diagnostics';
import { lineBreakOf } from '../document/characters';
import type { OutreachDocument } from '../document/document';
import { fixAllOffsetEdits } from '../fixes/fixAll';
import { parseSuppressions, type Suppression } from '../config/suppressions';
import { FIX_ALL_KIND, type Finding, type NewFile, type OffsetEdit } from '../types';

/** A fix can enable another (or two can touch); fix-all re-lints until nothing is left, within this bound. */

export interface CodeActionRequest {
  document: OutreachDocument;
  textDocument: TextDocument;
  context: CodeActionContext;
  snippetSupport: boolean;
  /** The client can create files in a workspace edit (`workspace.workspaceEdit.resourceOperations` has `create`). */
  createFileSupport: boolean;
  /** Findings of the current text (fixes for diagnostics computed on an older version come from here). */
  findings: readonly Finding[];
  /** Lints another version of the same document (for fix-all passes). */
  lint: (text: string) => Finding[];
}

export function codeActions(request: CodeActionRequest): CodeAction[] {
  const { context } = request;
  const actions: CodeAction[] = [];
  const ours = context.diagnostics.filter(isOurDiagnostic);
  if (wants(context.only, CodeActionKind.QuickFix) && ours.length > 0) {
    const suppressions = parseSuppressions(request.document);
    for (const diagnostic of ours) {
      actions.push(...quickFixActions(request, diagnostic), ...disableActions(request, suppressions, diagnostic));
    }
  }
  // Unrequested, fix-all is offered only next to our diagnostics; requested (e.g. on save), always.
  if (wants(context.only, FIX_ALL_KIND) && (context.only !== undefined || ours.length > 0)) {
    const edit = fixAllEdit(request.textDocument, request.findings, request.lint);
    if (edit) actions.push({ title: 'Fix all safe Outreach Etiquette problems', kind: FIX_ALL_KIND, edit });
  }
  return actions;
}

/** Whether a kind is asked for: no filter, or a filter entry that equals the kind or is its parent. */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

function quickFixActions(request: CodeActionRequest, diagnostic: Diagnostic & { code: string }): CodeAction[] {
  // A fix that creates files is all or nothing: its edits alone would claim work (e.g. an opt-in asked) that was not done.
  const fixes = fixesFor(request, diagnostic).filter((fix) => !fix.newFiles || (request.createFileSupport && siblingUris(request.textDocument.uri, fix.newFiles)));
  const preferred = Math.max(0, fixes.findIndex((fix) => fix.preferred));
  return fixes.map((fix, index) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: index === preferred,
    edit: fix.newFiles
      ? createFilesEdit(request.textDocument, fix.edits, fix.newFiles)
      : toWorkspaceEdit(request.textDocument, fix.edits, request.snippetSupport),
  }));
}

/**
 * The files created next to the document, then the document's own edits, as one workspace edit. With
 * `overwrite: false` the client refuses to create a file that already exists, so the author's own file is never replaced.
 */
function createFilesEdit(textDocument: TextDocument, edits: readonly DiagnosticEdit[], newFiles: readonly NewFile[]): WorkspaceEdit {
  const uris = siblingUris(textDocument.uri, newFiles) ?? [];
  const start = { line: 0, character: 0 };
  const creations = newFiles.flatMap((file, index): (CreateFile | TextDocumentEdit)[] => [
    { kind: 'create', uri: uris[index]!, options: { ignoreIfExists: false, overwrite: false } },
    { textDocument: { uri: uris[index]!, version: null }, edits: [{ range: { start, end: start }, newText: file.text }] },
  ]);
  const ownEdits: TextDocumentEdit = {
    textDocument: { uri: textDocument.uri, version: textDocument.version },
    edits: edits.map((edit) => ({ range: edit.range, newText: edit.newText })),
  };
  return { documentChanges: [...creations, ownEdits] };
}

/** The URIs of files beside the document; undefined when a name leaves its folder or the document has none (untitled). */
function siblingUris(documentUri: string, newFiles: readonly NewFile[]): string[] | undefined {
  if (!/^[a-z][\w+.-]*:\/\//i.test(documentUri)) return undefined;
  if (newFiles.some((file) => !file.path || /[\\/]|^\.\.?$/.test(file.path))) return undefined;
  return newFiles.map((file) => new URL(encodeURIComponent(file.path), documentUri).toString());
}

/** The diagnostic's own fixes when it is current; else the fixes of the matching finding in a fresh lint. */
function fixesFor(request: CodeActionRequest, diagnostic: Diagnostic & { code: string }): DiagnosticFix[] {
  const data = readDiagnosticData(diagnostic.data);
  if (data && data.version === request.textDocument.version) return data.fixes;
  const finding = request.findings.find(
    (candidate) => candidate.rule === diagnostic.code && sameRange(toRange(request.textDocument, candidate.range), diagnostic.range),
  );
  return finding ? finding.fixes.map((fix) => toDiagnosticFix(fix, request.textDocument)) : [];
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function toWorkspaceEdit(textDocument: TextDocument, edits: readonly DiagnosticEdit[], snippetSupport: boolean): WorkspaceEdit {
  if (snippetSupport && edits.some((edit) => edit.snippet !== undefined)) {
    const snippetEdits: (TextEdit | SnippetTextEdit)[] = edits.map((edit) =>
      edit.snippet !== undefined ? { range: edit.range, snippet: { kind: 'snippet', value: edit.snippet } } : { range: edit.range, newText: edit.newText },
    );
    return { documentChanges: [{ textDocument: { uri: textDocument.uri, version: textDocument.version }, edits: snippetEdits }] };
  }
  return { changes: { [textDocument.uri]: edits.map((edit) => ({ range: edit.range, newText: edit.newText })) } };
}

function disableActions(request: CodeActionRequest, suppressions: readonly Suppression[], diagnostic: Diagnostic & { code: string }): CodeAction[] {
  const { document, textDocument } = request;
  const actions: CodeAction[] = [];
  const lineEdit = disableLineEdit(document, textDocument, suppressions, diagnostic.code, diagnostic.range.start.line);
  if (lineEdit) {
    actions.push({
      title: `Disable ${diagnostic.code} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [textDocument.uri]: [toTextEdit(textDocument, lineEdit)] } },
    });
  }
  actions.push({
    title: `Disable ${diagnostic.code} for this file`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [textDocument.uri]: [toTextEdit(textDocument, disableFileEdit(document, suppressions, diagnostic.code))] } },
  });
  return actions;
}

/**
 * `{{!-- outreach-disable-next-line <id> --}}` on its own line above `line`, indented like it; or the id added
 * to such a comment already there. None for front-matter lines: YAML cannot hold a Handlebars comment.
 */
export function disableLineEdit(
  document: OutreachDocument,
  textDocument: TextDocument,
  suppressions: readonly Suppression[],
  ruleId: string,
  line: number,
): OffsetEdit | undefined {
  const lineStart = textDocument.offsetAt({ line, character: 0 });
  if (lineStart < document.bodyStart) return undefined;
  const above = suppressions.find(
    (suppression) =>
      suppression.directive === 'disable-next-line' && suppression.rules.length > 0 && textDocument.positionAt(suppression.range.end).line === line - 1,
  );
  if (above) return appendRuleId(above, ruleId);
  const lineText = document.text.slice(lineStart, textDocument.offsetAt({ line: line + 1, character: 0 }));
  const indentation = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  return { range: { start: lineStart, end: lineStart }, newText: `${indentation}{{!-- outreach-disable-next-line ${ruleId} --}}${lineBreakOf(document.text)}` };
}

/** `{{!-- outreach-disable-file <id> --}}` as the first body line, or the id added to such a comment already there. */
export function disableFileEdit(document: OutreachDocument, suppressions: readonly Suppression[], ruleId: string): OffsetEdit {
  const existing = suppressions.find((suppression) => suppression.directive === 'disable-file' && suppression.rules.length > 0);
  if (existing) return appendRuleId(existing, ruleId);
  const eol = lineBreakOf(document.text);
  const at = document.bodyStart;
  const needsBreak = at > 0 && !/[\r\n]$/.test(document.text.slice(0, at));
  return { range: { start: at, end: at }, newText: `${needsBreak ? eol : ''}{{!-- outreach-disable-file ${ruleId} --}}${eol}` };
}

function appendRuleId(suppression: Suppression, ruleId: string): OffsetEdit {
  const end = suppression.rules[suppression.rules.length - 1]?.range.end ?? suppression.range.start;
  return { range: { start: end, end }, newText: ` ${ruleId}` };
}

function toTextEdit(textDocument: TextDocument, edit: OffsetEdit): TextEdit {
  return { range: toRange(textDocument, edit.range), newText: edit.newText };
}

/** One edit applying every safe fix, re-linting until none is left; undefined when there is nothing to fix. */
export function fixAllEdit(textDocument: TextDocument, findings: readonly Finding[], lint: (text: string) => Finding[]): WorkspaceEdit | undefined {
  const edits = fixAllOffsetEdits(textDocument.getText(), findings, lint);
  if (edits.length === 0) return undefined;
  return { changes: { [textDocument.uri]: edits.map((edit) => toTextEdit(textDocument, edit)) } };
}

