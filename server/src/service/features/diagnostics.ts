import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { ConfigProblem } from '../types';
import { RULES } from '../rules';
import { ruleDocsUrl } from './ruleDocs';
import { SEVERITIES, type ActiveSeverity, type Finding, type Fix, type NewFile, type OffsetRange } from '../types';

export const DIAGNOSTIC_SOURCE = 'outreach';

/** A fix edit in LSP coordinates, as carried in `Diagnostic.data`. */
export interface DiagnosticEdit {
  range: Range;
  newText: string;
  snippet?: string;
}

export interface DiagnosticFix {
  title: string;
  edits: DiagnosticEdit[];
  newFiles?: NewFile[];
  safe?: boolean;
  preferred?: boolean;
}

/** The payload of our diagnostics: the fixes, valid for the document version they were computed on. */
export interface DiagnosticData {
  version: number;
  fixes: DiagnosticFix[];
}

const SEVERITY: Record<ActiveSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Rules whose findings are about text that can simply go (rendered faded by editors). */
const UNNECESSARY_RULES = new Set(['unused-variable']);

export function toRange(textDocument: TextDocument, range: OffsetRange): Range {
  return { start: textDocument.positionAt(range.start), end: textDocument.positionAt(range.end) };
}

const BUILT_IN_RULE_IDS = new Set(RULES.map((rule) => rule.meta.id));

/** A link to the rule's documentation, for built-in rules whose page the package holds. */
function codeDescription(rule: string): Pick<Diagnostic, 'codeDescription'> {
  const href = BUILT_IN_RULE_IDS.has(rule) ? ruleDocsUrl(rule) : undefined;
  return href ? { codeDescription: { href } } : {};
}

/**
 * The most diagnostics a document gets: past this many, a Problems panel is no help, and sending them (each with its
 * fixes) kept the server busy for seconds, as with a pasted line of a hundred thousand `{{a}}`.
 */
export const MAX_DIAGNOSTICS = 1_000;

/** The findings as diagnostics; past MAX_DIAGNOSTICS, the most severe ones (in document order) after a note saying so. */
export function toDiagnostics(findings: readonly Finding[], textDocument: TextDocument): Diagnostic[] {
  if (findings.length <= MAX_DIAGNOSTICS) return findings.map((finding) => toDiagnostic(finding, textDocument));
  const shown = [...findings]
    .sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity))
    .slice(0, MAX_DIAGNOSTICS - 1)
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const note: Diagnostic = {
    range: toRange(textDocument, { start: 0, end: 0 }),
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message: `This file has ${findings.length.toLocaleString('en-US')} problems; the ${shown.length.toLocaleString('en-US')} most severe are shown. The CLI (outreach-lint) lists them all.`,
  };
  return [note, ...shown.map((finding) => toDiagnostic(finding, textDocument))];
}

export function toDiagnostic(finding: Finding, textDocument: TextDocument): Diagnostic {
  const data: DiagnosticData = { version: textDocument.version, fixes: finding.fixes.map((fix) => toDiagnosticFix(fix, textDocument)) };
  const diagnostic: Diagnostic = {
    range: toRange(textDocument, finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    // Custom rules from .outreachrc.json have no page in our docs.
    ...codeDescription(finding.rule),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
  if (UNNECESSARY_RULES.has(finding.rule)) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

export function toDiagnosticFix(fix: Fix, textDocument: TextDocument): DiagnosticFix {
  return {
    title: fix.title,
    edits: fix.edits.map((edit) => ({
      range: toRange(textDocument, edit.range),
      newText: edit.newText,
      ...(edit.snippet !== undefined ? { snippet: edit.snippet } : {}),
    })),
    ...(fix.newFiles ? { newFiles: fix.newFiles } : {}),
    ...(fix.safe ? { safe: true } : {}),
    ...(fix.preferred ? { preferred: true } : {}),
  };
}

/** Problems of `.outreachrc.json`, as diagnostics on that file. */
export function configProblemDiagnostics(configDocument: TextDocument, problems: readonly ConfigProblem[]): Diagnostic[] {
  return problems.map((problem) => ({
    range: toRange(configDocument, problem.range),
    severity: problem.severity ? SEVERITY[problem.severity] : DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  }));
}

/** Whether a diagnostic came from this server (clients send back every diagnostic under the cursor). */
export function isOurDiagnostic(diagnostic: Diagnostic): diagnostic is Diagnostic & { code: string } {
  return diagnostic.source === DIAGNOSTIC_SOURCE && typeof diagnostic.code === 'string';
}

/** Reads `Diagnostic.data` back, rejecting anything malformed (it made a round trip through the client). */
export function readDiagnosticData(value: unknown): DiagnosticData | undefined {
  if (!isRecord(value) || typeof value.version !== 'number' || !Array.isArray(value.fixes)) return undefined;
  const fixes: DiagnosticFix[] = [];
  for (const fix of value.fixes as unknown[]) {
    if (!isRecord(fix) || typeof fix.title !== 'string' || !Array.isArray(fix.edits)) return undefined;
    const edits = (fix.edits as unknown[]).filter(isDiagnosticEdit);
    if (edits.length !== fix.edits.length) return undefined;
    const newFiles = readNewFiles(fix.newFiles);
    if (newFiles === null) return undefined;
    fixes.push({ title: fix.title, edits, ...(newFiles ? { newFiles } : {}), safe: fix.safe === true, preferred: fix.preferred === true });
  }
  return { version: value.version, fixes };
}

/** A fix's files to create: undefined when there are none, null when malformed. */
function readNewFiles(value: unknown): NewFile[] | undefined | null {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return null;
  const files = (value as unknown[]).filter((file): file is NewFile => isRecord(file) && typeof file.path === 'string' && typeof file.text === 'string');
  return files.length === value.length ? files : null;
}

function isDiagnosticEdit(value: unknown): value is DiagnosticEdit {
  return (
    isRecord(value) &&
    isRange(value.range) &&
    typeof value.newText === 'string' &&
    (value.snippet === undefined || typeof value.snippet === 'string')
  );
}

function isRange(value: unknown): value is Range {
  return isRecord(value) && isPosition(value.start) && isPosition(value.end);
}

function isPosition(value: unknown): boolean {
  return isRecord(value) && typeof value.line === 'number' && typeof value.character === 'number';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
