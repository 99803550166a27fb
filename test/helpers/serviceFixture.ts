import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { emptyConfig, type OutreachConfig } from '../../server/src/service/config/settings';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService';
import { phrases } from './ruleTester';

export const TEMPLATE_URI = 'file:///templates/coffee.outreach.hbs';

export function createService(config: OutreachConfig = emptyConfig()): LanguageService {
  return createLanguageService({ settings: () => ({ config, phrases }) });
}

export function textDocument(text: string, version = 1, uri = TEMPLATE_URI): TextDocument {
  return TextDocument.create(uri, 'outreach', version, text);
}

/** The position just after the first occurrence of `marker` (or at its start with `before`). */
export function positionOf(document: TextDocument, marker: string, where: 'after' | 'before' = 'after'): Position {
  const at = document.getText().indexOf(marker);
  if (at < 0) throw new Error(`marker ${JSON.stringify(marker)} not in the document`);
  return document.positionAt(where === 'after' ? at + marker.length : at);
}

export function rangeOf(document: TextDocument, text: string): Range {
  const at = document.getText().indexOf(text);
  if (at < 0) throw new Error(`${JSON.stringify(text)} not in the document`);
  return { start: document.positionAt(at), end: document.positionAt(at + text.length) };
}

/** Turns an LSP snippet into the text it inserts before the user edits its tab stops. */
export function snippetText(snippet: string): string {
  let text = snippet;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:((?:\\.|[^\\}])*)\}/g, '$1');
  }
  return text.replace(/\$\d+/g, '').replace(/\\([\\$}])/g, '$1');
}

/** Applies a workspace edit (plain `changes` or `documentChanges` with text or snippet edits) to one document. */
export function applyWorkspaceEdit(document: TextDocument, edit: WorkspaceEdit): string {
  const edits: TextEdit[] = [...(edit.changes?.[document.uri] ?? [])];
  for (const change of edit.documentChanges ?? []) {
    if (!('edits' in change) || change.textDocument.uri !== document.uri) continue;
    for (const textEdit of change.edits) {
      edits.push('snippet' in textEdit ? { range: textEdit.range, newText: snippetText(textEdit.snippet.value) } : textEdit);
    }
  }
  return TextDocument.applyEdits(document, edits);
}
