/** File-system side of the CLI: finds templates, their config and phrase folders, lints, and applies safe fixes. */
import { chmodSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expandInputs, type ExpandedInputs, type IgnoreOptions } from './inputs';
import type { CustomRule } from './service/config/customRules';
import { createConfigResolver, type ResolvedConfig } from './service/config/resolver';
import { parseOutreachDocument } from './service/document/parse';
import type { OutreachDocument } from './service/document/document';
import { applySafeFixes } from './service/fixes/fixAll';
import { lintDocument, type LintSettings } from './service/lint';
import { RULES } from './service/rules';
import type { ActiveSeverity, ConfigProblem, Finding } from './service/types';

export interface Position {
  line: number;
  character: number;
}

export interface ReportedDiagnostic {
  rule: string;
  severity: ActiveSeverity;
  message: string;
  range: { start: Position; end: Position };
  fixable: boolean;
}

export interface FileReport {
  /** The path as given (or as found under a given folder). */
  file: string;
  diagnostics: ReportedDiagnostic[];
  /** With --fix or --fix-dry-run, the text before and after the safe fixes, when they changed it. */
  fixed?: { before: string; after: string };
}

export interface LintFilesResult {
  reports: FileReport[];
  /** Inputs (globs or folders) that matched no template. */
  unmatched: string[];
  /** Inputs whose every template was skipped by an ignore rule. */
  allSkipped: string[];
  /** Templates skipped by an ignore rule or for being in a dot-folder, with the reason. */
  skipped: ExpandedInputs['skipped'];
  /** Files the safe fixes changed (written with --fix, only shown with --fix-dry-run). */
  fixedFiles: number;
  /** The custom rules (`customRules`) of every config that applied, by id; the first config to define an id wins. */
  customRules: CustomRule[];
}

export interface LintFilesOptions {
  /** Apply the safe fixes and write them (`write`), or only report what they would change (`dry-run`). */
  fix?: 'write' | 'dry-run';
  configFile?: string;
  /** Ignore rules (on unless said otherwise: `.outreachignore`, no --ignore-pattern). */
  ignore?: Omit<IgnoreOptions, 'cwd'>;
  /** Called before each template and once at the end, with how many are done out of how many were found. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each template's report, its parsed document (as fixed) and the settings it was linted with. */
  onLinted?: (linted: { report: FileReport; document: OutreachDocument; settings: LintSettings }) => void;
}

const MAX_FILE_BYTES = 50 * 1024 * 1024;
const IGNORE_BY_DEFAULT = { enabled: true, patterns: [] };

export function lintFiles(inputs: readonly string[], options: LintFilesOptions = {}): LintFilesResult {
  const { files, unmatched, allSkipped, missing, skipped } = expandInputs(inputs, options.ignore ?? IGNORE_BY_DEFAULT);
  const run = lintRun(options);
  for (const file of missing) run.reports.push(ioReport(file, 'File or folder not found.'));
  for (const [index, file] of files.entries()) {
    options.onProgress?.(index, files.length);
    const text = readTemplate(file);
    if (typeof text === 'string') run.lint(file, text);
    else run.reports.push(ioReport(file, text.error));
  }
  options.onProgress?.(files.length, files.length);
  return { ...run.result(), unmatched, allSkipped, skipped };
}

/**
 * Lints text read from stdin as if it were `filename` (its folder's config applies and the report names it), or as
 * `<stdin>` with the working folder's config. Fixes are never written (there is no file to write them to), only previewed.
 */
export function lintStdin(text: string, filename: string | undefined, options: Omit<LintFilesOptions, 'fix' | 'onProgress'> & { fix?: 'dry-run' } = {}): LintFilesResult {
  const run = lintRun(options);
  const { skipped } = filename ? expandInputs([filename], options.ignore ?? IGNORE_BY_DEFAULT) : { skipped: [] };
  if (skipped.length === 0) run.lint(filename ?? '<stdin>', text, filename ?? join(process.cwd(), '<stdin>'));
  return { ...run.result(), unmatched: [], allSkipped: [], skipped };
}

/** One CLI run's state: the settings per config, the reports, the custom rules seen and how many files were fixed. */
function lintRun(options: LintFilesOptions): {
  reports: FileReport[];
  lint: (file: string, text: string, configFrom?: string) => void;
  result: () => Pick<LintFilesResult, 'reports' | 'fixedFiles' | 'customRules'>;
} {
  const configs = createConfigResolver({ rules: RULES.map((rule) => rule.meta), configFile: options.configFile });
  const reports: FileReport[] = [];
  const configReports = new Map<string, FileReport>();
  const customRules = new Map<string, CustomRule>();
  let fixedFiles = 0;
  const lint = (file: string, text: string, configFrom = file): void => {
    const resolved = configs.forFile(configFrom);
    if (resolved.file && !configReports.has(resolved.file)) {
      const report = configReport(resolved);
      if (report) configReports.set(resolved.file, report);
    }
    for (const rule of resolved.settings.config.customRules) if (!customRules.has(rule.id)) customRules.set(rule.id, rule);
    const lintSource = (source: string): Finding[] => lintDocument(parseOutreachDocument(source, file), resolved.settings);
    let document = parseOutreachDocument(text, file);
    let findings = lintDocument(document, resolved.settings);
    let fixed: FileReport['fixed'];
    if (options.fix) {
      const after = applySafeFixes(text, findings, lintSource);
      if (after !== text) {
        const written = options.fix === 'write' ? writeAtomically(file, after) : true;
        if (written !== true) {
          reports.push(ioReport(file, written.error));
          return;
        }
        fixedFiles++;
        fixed = { before: text, after };
        document = parseOutreachDocument(after, file);
        findings = lintDocument(document, resolved.settings);
      }
    }
    const report = { file, diagnostics: findings.map((finding) => toReported(document, finding)), ...(fixed ? { fixed } : {}) };
    reports.push(report);
    options.onLinted?.({ report, document, settings: resolved.settings });
  };
  return { reports, lint, result: () => ({ reports: [...configReports.values(), ...reports], fixedFiles, customRules: [...customRules.values()] }) };
}

/**
 * Writes `text` to a temporary file beside `file` and renames it over `file`, keeping its mode: an interrupted run
 * leaves the old text or the new, never half of one. (The byte-order mark and line endings are the text's own: fixes keep them.)
 */
function writeAtomically(file: string, text: string): true | { error: string } {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.outreach-fix`);
  try {
    writeFileSync(temporary, text);
    chmodSync(temporary, statSync(file).mode & 0o7777);
    renameSync(temporary, file);
    return true;
  } catch (error) {
    rmSync(temporary, { force: true });
    return { error: `Cannot write the fixes: ${(error as Error).message}` };
  }
}

function readTemplate(file: string): string | { error: string } {
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) return { error: `File is ${(size / 1024 / 1024).toFixed(0)} MB; templates over ${MAX_FILE_BYTES / 1024 / 1024} MB are not linted.` };
    const bytes = readFileSync(file);
    if (bytes.includes(0)) return { error: 'File contains NUL bytes: it looks binary, not like a text template.' };
    return bytes.toString('utf8');
  } catch (error) {
    return { error: `Cannot read file: ${(error as Error).message}` };
  }
}

/** A config's problems as the report on its file: the same severities the editor shows. */
function configReport(resolved: ResolvedConfig): FileReport | undefined {
  if (!resolved.file || resolved.problems.length + resolved.phraseProblems.length === 0) return undefined;
  const lines = TextDocument.create(resolved.file, 'json', 0, resolved.text ?? '');
  const reportedAs = (rule: string) => (problem: ConfigProblem): ReportedDiagnostic => ({
    rule,
    severity: problem.severity ?? 'warning',
    message: problem.message,
    range: { start: lines.positionAt(problem.range.start), end: lines.positionAt(problem.range.end) },
    fixable: false,
  });
  return {
    file: relative(process.cwd(), resolved.file) || resolved.file,
    diagnostics: [...resolved.problems.map(reportedAs('config')), ...resolved.phraseProblems.map(reportedAs('phrases'))],
  };
}

export function toReported(document: OutreachDocument, finding: Finding): ReportedDiagnostic {
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    range: { start: document.textDocument.positionAt(finding.range.start), end: document.textDocument.positionAt(finding.range.end) },
    fixable: finding.fixes.length > 0,
  };
}

function ioReport(file: string, message: string): FileReport {
  return { file, diagnostics: [{ rule: 'io', severity: 'error', message, range: zeroRange(), fixable: false }] };
}

function zeroRange(): ReportedDiagnostic['range'] {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
