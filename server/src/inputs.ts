/**
 * Which templates the CLI's inputs name: files as given, folders searched, globs expanded, then the ignore rules
 * applied: `.outreachignore` in the working folder (gitignore syntax), `--ignore-pattern`s, and dot-folders found while
 * searching. What is skipped is returned with the reason, so the CLI can name it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync } from 'tinyglobby';

export const IGNORE_FILE_NAME = '.outreachignore';

const TEMPLATE_GLOBS = ['**/*.outreach.hbs', '**/*.outreach'];
/** Never searched, even with --no-ignore: dependencies and git's own folder. */
const NEVER_SEARCHED = ['**/node_modules/**', '**/.git/**'];

export type SkipReason = typeof IGNORE_FILE_NAME | '--ignore-pattern' | 'dot-folder';

export interface ExpandedInputs {
  files: string[];
  /** Inputs (globs or folders) that matched no template at all. */
  unmatched: string[];
  /** Inputs that matched templates, every one of them skipped. */
  allSkipped: string[];
  /** Inputs that do not exist. */
  missing: string[];
  skipped: { file: string; reason: SkipReason }[];
}

export interface IgnoreOptions {
  /** False with --no-ignore: nothing is skipped but node_modules and .git. */
  enabled: boolean;
  /** --ignore-pattern values, gitignore syntax, relative to the working folder. */
  patterns: readonly string[];
  cwd?: string;
}

export function expandInputs(inputs: readonly string[], options: IgnoreOptions): ExpandedInputs {
  const cwd = options.cwd ?? process.cwd();
  const why = skipReasons(options, cwd);
  const files = new Set<string>();
  const skipped = new Map<string, SkipReason>();
  const result: ExpandedInputs = { files: [], unmatched: [], allSkipped: [], missing: [], skipped: [] };
  for (const input of inputs) {
    let found: { file: string; dotFolders: string[] }[];
    const where = resolve(cwd, input);
    if (existsSync(where)) {
      found = statSync(where).isDirectory()
        ? globSync(TEMPLATE_GLOBS, { cwd: where, ignore: NEVER_SEARCHED, dot: true }).map((file) => ({ file: join(input, file), dotFolders: dotFolders(file) }))
        : [{ file: input, dotFolders: [] }];
    } else if (/[*?[\]{}]/.test(input)) {
      // A dot-folder the glob spells out is asked for; one its wildcards ran into is not.
      found = globSync(input, { cwd, ignore: NEVER_SEARCHED, dot: true }).map((file) => ({ file, dotFolders: dotFolders(file).filter((folder) => !input.includes(folder)) }));
    } else {
      result.missing.push(input);
      continue;
    }
    if (found.length === 0) result.unmatched.push(input);
    let kept = 0;
    for (const { file, dotFolders: hidden } of found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
      const reason = why(file, hidden.length > 0);
      if (reason) {
        skipped.set(file, reason);
      } else {
        files.add(file);
        kept++;
      }
    }
    if (found.length > 0 && kept === 0) result.allSkipped.push(input);
  }
  result.files = [...files];
  result.skipped = [...skipped].filter(([file]) => !files.has(file)).map(([file, reason]) => ({ file, reason }));
  return result;
}

/** Why `file` is skipped, if it is: by an ignore rule, or because a search ran into a dot-folder to find it. */
function skipReasons(options: IgnoreOptions, cwd: string): (file: string, inDotFolder: boolean) => SkipReason | undefined {
  if (!options.enabled) return () => undefined;
  const ignoreFile = readIgnoreFile(cwd);
  const patterns = options.patterns.length > 0 ? ignore().add([...options.patterns]) : undefined;
  return (file, inDotFolder) => {
    const path = relative(cwd, resolve(cwd, file));
    const inside = path !== '' && !path.startsWith('..') && !isAbsolute(path);
    if (inside && ignoreFile?.ignores(path)) return IGNORE_FILE_NAME;
    if (inside && patterns?.ignores(path)) return '--ignore-pattern';
    if (inDotFolder) return 'dot-folder';
    return undefined;
  };
}

function readIgnoreFile(cwd: string): Ignore | undefined {
  let text: string;
  try {
    text = readFileSync(join(cwd, IGNORE_FILE_NAME), 'utf8');
  } catch {
    return undefined;
  }
  return ignore().add(text);
}

/** The folders of a found path whose names start with a dot. */
function dotFolders(path: string): string[] {
  return path.split(/[\\/]/).slice(0, -1).filter((folder) => folder.startsWith('.') && folder !== '..' && folder !== '.');
}
