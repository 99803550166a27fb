/**
 * Which settings apply to a template: the nearest `.outreachrc.json` above it (or one file named for all), its phrase
 * folders, and the problems found in both, reported on the config file. The CLI and the language server ask this one
 * resolver, so a template gets the same findings in CI as in the editor, in every folder of a multi-root workspace.
 * Each config is read once and kept until `forget()`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LintSettings } from '../lint';
import type { RuleMeta } from '../rules/rule';
import type { ConfigProblem } from '../types';
import { loadPhraseLibrary } from './bundledPhrases';
import { phraseProblemsOnConfig, type PhraseFolder, type PhraseLibrary, type PhraseProblem } from './phrases';
import { CONFIG_FILE_NAME, emptyConfig, parseConfig, restrictForUntrustedWorkspace, untrustedWorkspaceNotice, type OutreachConfig } from './settings';

export interface ResolvedConfig {
  /** The config file that applies (absolute), if any. */
  file?: string;
  /** Its text, for turning problem offsets into positions. */
  text?: string;
  settings: LintSettings;
  /** Its phrase folders, resolved against its own folder (the server watches them). */
  phraseFolders: PhraseFolder[];
  /** Problems in the config itself, with ranges in `text`. */
  problems: ConfigProblem[];
  /** Problems in its phrase folders' files, placed on the folder's entry in `text`. */
  phraseProblems: ConfigProblem[];
}

/** How the resolver reaches files: Node's file system unless a test or host says otherwise. */
export interface ConfigHost {
  /** The file's text; `undefined` when it does not exist; throws when it exists but cannot be read. */
  readFile(path: string): string | undefined;
  loadPhrases(folders: readonly string[]): { library: PhraseLibrary; problems: PhraseProblem[] };
}

export interface ConfigResolverOptions {
  rules: readonly RuleMeta[];
  /** One config file for every template (`--config`), instead of the nearest one. */
  configFile?: string;
  /** An untrusted workspace's configs may set rule severities and options only. */
  trusted?: boolean;
  /** Settings layered over each config (the editor's `outreach.*` settings). */
  adjust?: (config: OutreachConfig) => OutreachConfig;
  host?: ConfigHost;
}

export interface ConfigResolver {
  /** The settings for the template at `path` (an absolute or working-folder-relative file path). */
  forFile(path: string): ResolvedConfig;
  /** Every config read so far, by file: what the server publishes problems for. */
  known(): ResolvedConfig[];
  /** Drops everything read, so the next question reads the files again. */
  forget(): void;
}

export const nodeConfigHost: ConfigHost = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
      throw error;
    }
  },
  loadPhrases: (folders) => loadPhraseLibrary(folders),
};

export function createConfigResolver(options: ConfigResolverOptions): ConfigResolver {
  const host = options.host ?? nodeConfigHost;
  const configOfFolder = new Map<string, string | undefined>();
  /** What reading each candidate config gave: its text, nothing (no such file) or the error. */
  const reads = new Map<string, { text?: string; error?: Error }>();
  const readOnce = (file: string): { text?: string; error?: Error } => {
    let result = reads.get(file);
    if (!result) {
      try {
        result = { text: host.readFile(file) };
      } catch (error) {
        result = { error: error as Error };
      }
      reads.set(file, result);
    }
    return result;
  };
  const byFile = new Map<string, ResolvedConfig>();
  let defaults: ResolvedConfig | undefined;

  const nearest = (folder: string): string | undefined => {
    if (configOfFolder.has(folder)) return configOfFolder.get(folder);
    const candidate = join(folder, CONFIG_FILE_NAME);
    const parent = dirname(folder);
    const { text, error } = readOnce(candidate);
    // A config that is there but unreadable still applies: its problem is reported when it is read.
    let found = text !== undefined || error ? candidate : undefined;
    if (found === undefined && parent !== folder) found = nearest(parent);
    configOfFolder.set(folder, found);
    return found;
  };

  const read = (file: string | undefined): ResolvedConfig => {
    if (file === undefined) return (defaults ??= settle(emptyConfig(), [], undefined, undefined));
    const cached = byFile.get(file);
    if (cached) return cached;
    const { text, error } = readOnce(file);
    const problem: ConfigProblem | undefined =
      text !== undefined ? undefined : { message: `Cannot read config: ${error?.message ?? `${file} does not exist.`}`, range: { start: 0, end: 0 }, severity: 'error' };
    let resolved: ResolvedConfig;
    if (text === undefined) {
      resolved = settle(emptyConfig(), problem ? [problem] : [], file, '');
    } else {
      const parsed = parseConfig(text, options.rules);
      const { config, ignored } = options.trusted === false ? restrictForUntrustedWorkspace(parsed.config) : { config: parsed.config, ignored: [] };
      const notice = untrustedWorkspaceNotice(text, ignored);
      resolved = settle(config, [...parsed.problems, ...(notice ? [notice] : [])], file, text);
    }
    byFile.set(file, resolved);
    return resolved;
  };

  /** Loads the phrase folders of `config` (relative to its file) and puts the settings together. */
  const settle = (config: OutreachConfig, problems: ConfigProblem[], file: string | undefined, text: string | undefined): ResolvedConfig => {
    const base = file ? dirname(file) : process.cwd();
    const phraseFolders = config.phraseFolders.map((written) => ({ written, path: resolve(base, written) }));
    const phrases = host.loadPhrases(phraseFolders.map((folder) => folder.path));
    const phraseProblems = text === undefined ? [] : phraseProblemsOnConfig(text, phraseFolders, phrases.problems);
    const adjusted = options.adjust ? options.adjust(config) : config;
    return { file, text, settings: { config: adjusted, phrases: phrases.library }, phraseFolders, problems, phraseProblems };
  };

  return {
    forFile: (path) => read(options.configFile ? resolve(options.configFile) : nearest(dirname(resolve(path)))),
    known: () => [...byFile.values()],
    forget() {
      configOfFolder.clear();
      reads.clear();
      byFile.clear();
      defaults = undefined;
    },
  };
}
