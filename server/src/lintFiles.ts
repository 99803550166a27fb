/** File-system side of the CLI: finds templates, their config and phrase folders, lints, and applies safe fixes. */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { loadPhraseLibrary } from './service/config/bundledPhrases';
import { CONFIG_FILE_NAME, emptyConfig, parseConfig, type OutreachConfig } from './service/config/settings';
import type { CustomRule } from './service/config/customRules';
import { parseOutreachDocument } from './service/document/parse';
import type { OutreachDocument } from './service/document/document';
import { applySafeFixes } from './service/fixes/fixAll';
import { lintDocument, type LintSettings } from './service/lint';
import { RULES } from './service/rules';
import type { ActiveSeverity, Finding } from './service/types';

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
}

export interface LintFilesResult {
  reports: FileReport[];
  /** Inputs (globs or folders) that matched no template. */
  unmatched: string[];
  fixedFiles: number;
  /** The custom rules (`customRules`) of every config that applied, by id; the first config to define an id wins. */
  customRules: CustomRule[];
}

export interface LintFilesOptions {
  fix?: boolean;
  configFile?: string;
  /** Called before each template and once at the end, with how many are done out of how many were found. */
  onProgress?: (done: number, total: number) => void;
}

const TEMPLATE_GLOBS = ['**/*.outreach.hbs', '**/*.outreach'];
const IGNORED = ['**/node_modules/**', '**/.git/**'];
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function lintFiles(inputs: readonly string[], options: LintFilesOptions = {}): LintFilesResult {
  const { files, unmatched, missing } = expandInputs(inputs);
  const settingsFor = settingsResolver(options.configFile);
  const reports: FileReport[] = missing.map((file) => ioReport(file, 'File or folder not found.'));
  const configReports = new Map<string, FileReport>();
  const customRules = new Map<string, CustomRule>();
  let fixedFiles = 0;
  for (const [index, file] of files.entries()) {
    options.onProgress?.(index, files.length);
    const text = readTemplate(file);
    if (typeof text !== 'string') {
      reports.push(ioReport(file, text.error));
      continue;
    }
    const resolved = settingsFor(file);
    if (resolved.report && !configReports.has(resolved.report.file)) configReports.set(resolved.report.file, resolved.report);
    for (const rule of resolved.settings.config.customRules) if (!customRules.has(rule.id)) customRules.set(rule.id, rule);
    const lint = (source: string): Finding[] => lintDocument(parseOutreachDocument(source, file), resolved.settings);
    let document = parseOutreachDocument(text, file);
    let findings = lintDocument(document, resolved.settings);
    if (options.fix) {
      const fixed = applySafeFixes(text, findings, lint);
      if (fixed !== text) {
        writeFileSync(file, fixed);
        fixedFiles++;
        document = parseOutreachDocument(fixed, file);
        findings = lintDocument(document, resolved.settings);
      }
    }
    reports.push({ file, diagnostics: findings.map((finding) => toReported(document, finding)) });
  }
  options.onProgress?.(files.length, files.length);
  return { reports: [...configReports.values(), ...reports], unmatched, fixedFiles, customRules: [...customRules.values()] };
}

function expandInputs(inputs: readonly string[]): { files: string[]; unmatched: string[]; missing: string[] } {
  const files = new Set<string>();
  const unmatched: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    let found: string[];
    if (existsSync(input)) {
      if (!statSync(input).isDirectory()) {
        files.add(input);
        continue;
      }
      found = globSync(TEMPLATE_GLOBS, { cwd: input, ignore: IGNORED, dot: false }).map((file) => join(input, file));
    } else if (/[*?[\]{}]/.test(input)) {
      found = globSync(input, { ignore: IGNORED });
    } else {
      missing.push(input);
      continue;
    }
    if (found.length === 0) unmatched.push(input);
    for (const file of found.sort()) files.add(file);
  }
  return { files: [...files], unmatched, missing };
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

interface ResolvedSettings {
  settings: LintSettings;
  /** Problems found in the config or its phrase folders, as a report on the config file. */
  report?: FileReport;
}

/** Nearest `.outreachrc.json` above each file (or the one given), parsed once per config file. */
function settingsResolver(configFile: string | undefined): (file: string) => ResolvedSettings {
  const byConfig = new Map<string, ResolvedSettings>();
  const configForDir = new Map<string, string | undefined>();
  const nearestConfig = (folder: string): string | undefined => {
    if (configForDir.has(folder)) return configForDir.get(folder);
    const candidate = join(folder, CONFIG_FILE_NAME);
    const parent = dirname(folder);
    const found = existsSync(candidate) ? candidate : parent === folder ? undefined : nearestConfig(parent);
    configForDir.set(folder, found);
    return found;
  };
  return (file) => {
    const config = configFile ?? nearestConfig(dirname(resolve(file)));
    const key = config ?? '';
    let resolved = byConfig.get(key);
    if (!resolved) byConfig.set(key, (resolved = loadSettings(config)));
    return resolved;
  };
}

function loadSettings(configFile: string | undefined): ResolvedSettings {
  let config: OutreachConfig = emptyConfig();
  const diagnostics: ReportedDiagnostic[] = [];
  const displayName = configFile ? relative(process.cwd(), configFile) || configFile : '';
  if (configFile) {
    let text = '';
    try {
      text = readFileSync(configFile, 'utf8');
    } catch (error) {
      return { settings: { config, phrases: loadPhraseLibrary().library }, report: ioReport(displayName, `Cannot read config: ${(error as Error).message}`) };
    }
    const parsed = parseConfig(text, RULES.map((rule) => rule.meta));
    config = parsed.config;
    const lines = parseOutreachDocument(text, configFile).textDocument;
    for (const problem of parsed.problems) {
      diagnostics.push({ rule: 'config', severity: 'error', message: problem.message, range: { start: lines.positionAt(problem.range.start), end: lines.positionAt(problem.range.end) }, fixable: false });
    }
  }
  const folders = config.phraseFolders.map((folder) => resolve(dirname(configFile ?? '.'), folder));
  const { library, problems } = loadPhraseLibrary(folders);
  for (const problem of problems) {
    diagnostics.push({ rule: 'phrases', severity: 'error', message: `${problem.source}: ${problem.message}`, range: zeroRange(), fixable: false });
  }
  return { settings: { config, phrases: library }, report: diagnostics.length ? { file: displayName || 'phrase library', diagnostics } : undefined };
}

function toReported(document: OutreachDocument, finding: Finding): ReportedDiagnostic {
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
