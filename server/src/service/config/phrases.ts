import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { TEMPLATE_KINDS, type ConfigProblem, type TemplateKind } from '../types';
import { jsonPlaces } from './jsonPlaces';

export const PHRASE_CATEGORIES = [
  'opener',
  'reason-to-meet',
  'time-limit',
  'purpose',
  'personalization',
  'flexibility',
  'easy-out',
  'scheduling',
  'event-alternative',
  'intro-reason',
  'intro-expectation',
  'decline-reason',
  'decline-offer',
  'thanks-specific',
  'follow-up-value',
  'open-questions',
  'subject',
] as const;
export type PhraseCategory = (typeof PHRASE_CATEGORIES)[number];

/** One curated clause of the phrase library. */
export interface PhraseEntry {
  id: string;
  category: PhraseCategory;
  kinds: TemplateKind[];
  /** The clause, with Handlebars placeholders such as `{{recipient.talkTopic}}`. */
  text: string;
  label: string;
  note?: string;
  /** The file it came from (for error messages). */
  source: string;
}

export interface PhraseProblem {
  source: string;
  message: string;
  /** Offset into the file, when known. */
  offset?: number;
  /** 1-based line of `offset`, for messages (set when the file was read from a folder). */
  line?: number;
}

export interface PhraseLibrary {
  entries: readonly PhraseEntry[];
  inCategory(category: PhraseCategory, kind?: TemplateKind): PhraseEntry[];
}

export function createPhraseLibrary(entries: readonly PhraseEntry[]): PhraseLibrary {
  const byCategory = new Map<PhraseCategory, PhraseEntry[]>();
  for (const entry of entries) {
    const list = byCategory.get(entry.category) ?? [];
    list.push(entry);
    byCategory.set(entry.category, list);
  }
  return {
    entries,
    inCategory(category, kind) {
      const list = byCategory.get(category) ?? [];
      return kind ? list.filter((entry) => entry.kinds.includes(kind)) : list;
    },
  };
}

/**
 * Parses one phrase file (YAML): `category: <name>` and `entries: [{id, label, kinds, text, note?}]`.
 * Bad entries are skipped and reported; good ones are kept.
 */
export function parsePhraseFile(text: string, source: string): { entries: PhraseEntry[]; problems: PhraseProblem[] } {
  const entries: PhraseEntry[] = [];
  const problems: PhraseProblem[] = [];
  const yaml = parseDocument(text, { prettyErrors: false });
  for (const error of yaml.errors) problems.push({ source, message: error.message.split('\n')[0] ?? error.message, offset: error.pos[0] });
  if (yaml.errors.length) return { entries, problems };
  const root: unknown = yaml.toJS();
  if (!isRecord(root)) return { entries, problems: [{ source, message: 'A phrase file is a map with `category` and `entries`.' }] };
  const category = root.category;
  if (typeof category !== 'string' || !(PHRASE_CATEGORIES as readonly string[]).includes(category)) {
    return { entries, problems: [{ source, message: `Unknown phrase category \`${String(category)}\`; known: ${PHRASE_CATEGORIES.join(', ')}.` }] };
  }
  const list = root.entries;
  if (!Array.isArray(list)) return { entries, problems: [{ source, message: '`entries` must be a list.' }] };
  const entriesNode = yaml.get('entries', true);
  list.forEach((raw: unknown, index) => {
    const node = isSeq(entriesNode) ? entriesNode.items[index] : undefined;
    const offset = isMap(node) ? node.range?.[0] : undefined;
    const problem = (message: string): void => void problems.push({ source, message: `Entry ${index + 1}: ${message}`, offset });
    if (!isRecord(raw)) return problem('must be a map with id, label, kinds and text.');
    const { id, label, kinds, text: clause, note } = raw;
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) return problem('`id` must be a lowercase-dashed name.');
    if (typeof label !== 'string' || !label.trim()) return problem('`label` must be a short text.');
    if (typeof clause !== 'string' || !clause.trim()) return problem('`text` must be the clause text.');
    if (!Array.isArray(kinds) || kinds.length === 0 || !kinds.every((kind) => (TEMPLATE_KINDS as readonly unknown[]).includes(kind))) {
      return problem(`\`kinds\` must list template kinds (${TEMPLATE_KINDS.join(', ')}).`);
    }
    if (note !== undefined && typeof note !== 'string') return problem('`note` must be text.');
    entries.push({ id, category: category as PhraseCategory, kinds: kinds as TemplateKind[], text: clause.trim(), label, note, source });
  });
  return { entries, problems };
}

/** Reads every `*.yaml` / `*.yml` phrase file of a folder. */
export function loadPhraseFolder(folder: string): { entries: PhraseEntry[]; problems: PhraseProblem[] } {
  const entries: PhraseEntry[] = [];
  const problems: PhraseProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch (error) {
    return { entries, problems: [{ source: folder, message: `Cannot read phrase folder: ${(error as Error).message}` }] };
  }
  for (const name of names) {
    const file = join(folder, name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      // Deleted since the folder was listed, or not a readable file.
      problems.push({ source: file, message: `Cannot read phrase file: ${(error as Error).message}` });
      continue;
    }
    const parsed = parsePhraseFile(text, file);
    entries.push(...parsed.entries);
    for (const problem of parsed.problems) {
      problems.push(problem.offset === undefined ? problem : { ...problem, line: text.slice(0, problem.offset).split('\n').length });
    }
  }
  return { entries, problems };
}

/** A `phraseFolders` entry of `.outreachrc.json`: as written there, and the path it was loaded from. */
export interface PhraseFolder {
  written: string;
  path: string;
}

/**
 * Problems of the project's phrase folders as problems of `.outreachrc.json` (the user can open the file from there),
 * each on its folder's entry in `phraseFolders` and naming the phrase file and line.
 */
export function phraseProblemsOnConfig(configText: string, folders: readonly PhraseFolder[], problems: readonly PhraseProblem[]): ConfigProblem[] {
  const places = jsonPlaces(configText);
  const keyRange = places.key(['phraseFolders']) ?? { start: 0, end: 0 };
  return problems.map((problem) => {
    // A problem's source is the folder itself (unreadable) or one of its files.
    const folder = folders.find((candidate) => problem.source === candidate.path || dirname(problem.source) === candidate.path);
    const file = folder && problem.source !== folder.path ? `${folder.written.replace(/[\\/]+$/, '')}/${basename(problem.source)}` : undefined;
    const where = file ? `${file}${problem.line ? `:${problem.line}` : ''}: ` : '';
    return {
      message: `Phrase library: ${where}${problem.message}`,
      range: (folder && places.string(['phraseFolders'], folder.written)) ?? keyRange,
    };
  });
}

/** The placeholder paths a clause uses. */
export function clausePlaceholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.@-]+)\s*\}\}/g)].map((match) => match[1]!);
}

/** The clause as an LSP snippet: each placeholder becomes a tab stop whose default is the placeholder itself. */
export function clauseSnippet(text: string): string {
  let stop = 0;
  const escape = (value: string): string => value.replace(/[\\$}]/g, (char) => `\\${char}`);
  const parts: string[] = [];
  let cursor = 0;
  for (const match of text.matchAll(/\{\{\s*[\w.@-]+\s*\}\}/g)) {
    const index = match.index ?? 0;
    parts.push(escape(text.slice(cursor, index)));
    parts.push(`\${${++stop}:${escape(match[0])}}`);
    cursor = index + match[0].length;
  }
  parts.push(escape(text.slice(cursor)));
  return parts.join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
