import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeActionContext, CodeLens, CompletionList, Diagnostic, Hover, Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { codeActions, fixAllEdit } from './features/codeActions';
import { completions } from './features/completions';
import { toDiagnostics } from './features/diagnostics';
import { parseOutreachDocument } from './document/parse';
import type { OutreachDocument } from './document/document';
import { hover } from './features/hover';
import { lintDocument, type LintSettings } from './lint';
import type { PhraseCategory } from './config/phrases';
import { RULES } from './rules';
import { summaryCodeLens } from './features/summary';
import type { Finding } from './types';

export interface LanguageServiceOptions {
  /** The config and phrase library that apply to a document: the server resolves the nearest `.outreachrc.json`. */
  settings: (uri: string) => LintSettings;
}

/** Every editor feature over plain LSP types: takes text documents, returns diagnostics, actions, completions and hovers. */
export interface LanguageService {
  parse(textDocument: TextDocument): OutreachDocument;
  findings(textDocument: TextDocument): Finding[];
  diagnostics(textDocument: TextDocument): Diagnostic[];
  /**
   * `_range` is accepted for symmetry with the LSP request: actions follow the diagnostics in `context`.
   * Fixes that create files are offered only with `createFileSupport`.
   */
  codeActions(textDocument: TextDocument, _range: Range, context: CodeActionContext, snippetSupport: boolean, createFileSupport?: boolean): CodeAction[];
  fixAll(textDocument: TextDocument): WorkspaceEdit | undefined;
  completions(textDocument: TextDocument, position: Position, snippetSupport: boolean, triggerCharacter?: string): CompletionList;
  hover(textDocument: TextDocument, position: Position): Hover | null;
  /** The summary lens (words, reading time, questions, you/I, open findings) on the first body line. */
  codeLenses(textDocument: TextDocument): CodeLens[];
  /** Forgets every finding, to lint again under settings that changed. */
  settingsChanged(): void;
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
}

interface CacheEntry {
  version: number;
  text: string;
  document: OutreachDocument;
  findings?: Finding[];
}

const RULE_METAS = RULES.map((rule) => rule.meta);
const CATEGORY_OF_RULE = new Map(RULE_METAS.map((meta) => [meta.id, meta.phraseCategory]));

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const { settings } = options;
  const cache = new Map<string, CacheEntry>();

  const entry = (textDocument: TextDocument): CacheEntry => {
    const text = textDocument.getText();
    const cached = cache.get(textDocument.uri);
    if (cached && cached.version === textDocument.version && cached.text === text) return cached;
    const fresh: CacheEntry = { version: textDocument.version, text, document: parseOutreachDocument(text, textDocument.uri, cached?.document) };
    cache.set(textDocument.uri, fresh);
    return fresh;
  };
  const lintText = (uri: string) => (text: string): Finding[] => lintDocument(parseOutreachDocument(text, uri), settings(uri));
  const findings = (textDocument: TextDocument): Finding[] => {
    const cached = entry(textDocument);
    cached.findings ??= lintDocument(cached.document, settings(textDocument.uri));
    return cached.findings;
  };
  const missingCategories = (textDocument: TextDocument): Set<PhraseCategory> => {
    const categories = new Set<PhraseCategory>();
    for (const finding of findings(textDocument)) {
      const category = CATEGORY_OF_RULE.get(finding.rule);
      if (category) categories.add(category);
    }
    return categories;
  };
  const dropFindings = (): void => {
    for (const cached of cache.values()) delete cached.findings;
  };

  return {
    parse: (textDocument) => entry(textDocument).document,
    findings,
    diagnostics: (textDocument) => toDiagnostics(findings(textDocument), textDocument),
    codeActions: (textDocument, _range, context, snippetSupport, createFileSupport = false) =>
      codeActions({
        document: entry(textDocument).document,
        textDocument,
        context,
        snippetSupport,
        createFileSupport,
        findings: findings(textDocument),
        lint: lintText(textDocument.uri),
      }),
    fixAll: (textDocument) => fixAllEdit(textDocument, findings(textDocument), lintText(textDocument.uri)),
    completions: (textDocument, position, snippetSupport, triggerCharacter) =>
      completions({
        document: entry(textDocument).document,
        textDocument,
        position,
        phrases: settings(textDocument.uri).phrases,
        snippetSupport,
        rules: RULE_METAS,
        customRules: settings(textDocument.uri).config.customRules,
        missingCategories: missingCategories(textDocument),
        triggerCharacter,
      }),
    hover: (textDocument, position) =>
      hover({ document: entry(textDocument).document, textDocument, position, findings: findings(textDocument), rules: RULE_METAS, customRules: settings(textDocument.uri).config.customRules }),
    codeLenses: (textDocument) => [summaryCodeLens(entry(textDocument).document, textDocument, findings(textDocument))],
    settingsChanged: dropFindings,
    forget: (uri) => void cache.delete(uri),
  };
}
