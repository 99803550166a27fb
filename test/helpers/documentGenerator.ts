/**
 * Seeded random templates for property tests and the protocol fuzzer: realistic pieces (the starters, the phrase
 * library, our own test corpus) mixed with hostile ones (emoji and surrogate pairs, accents, CRLF and CR, a BOM,
 * NUL and control bytes, broken YAML, unclosed `{{`, 50-deep `{{#if}}` nesting, very long lines, random slices).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '../..');

/** A small, fast, seedable PRNG (mulberry32): the same seed always gives the same documents. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, below). */
  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)]!;
  }
}

/** The generator for document `run` of a seeded series: each document can be rebuilt from (seed, run) alone. */
export function randomFor(seed: number, run: number): Random {
  return new Random(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(run + 1, 0xc2b2ae35));
}

/** The seed of a run: `OUTREACH_SEED` when set (a number to replay a failure, `random` to explore), else DEFAULT_SEED. */
export function runSeed(): number {
  const fromEnv = process.env.OUTREACH_SEED;
  if (fromEnv === 'random') return Math.floor(Math.random() * 2 ** 31);
  if (fromEnv !== undefined && fromEnv !== '') {
    const seed = Number(fromEnv);
    if (!Number.isInteger(seed)) throw new Error(`OUTREACH_SEED must be an integer, not ${JSON.stringify(fromEnv)}`);
    return seed;
  }
  // A fixed seed keeps `npm test` reproducible; OUTREACH_SEED=random explores new documents.
  return DEFAULT_SEED;
}

/** The seed `npm test` runs with. */
export const DEFAULT_SEED = 20261125;

interface Pieces {
  frontMatterLines: string[];
  bodyLines: string[];
  sentences: string[];
  documents: string[];
}

let cached: Pieces | undefined;

/** Lines and sentences of the shipped starters, phrase library and the project's own labelled test templates. */
export function realisticPieces(): Pieces {
  if (cached) return cached;
  const documents = [
    ...templateFiles(join(ROOT, 'templates', 'starters')),
    ...templateFiles(join(ROOT, 'test', 'corpus')),
  ];
  const frontMatterLines: string[] = [];
  const bodyLines: string[] = [];
  for (const document of documents) {
    const end = document.indexOf('\n---', 4);
    const [frontMatter, body] = end > 0 ? [document.slice(4, end), document.slice(end + 5)] : ['', document];
    frontMatterLines.push(...frontMatter.split('\n').filter(Boolean));
    bodyLines.push(...body.split('\n'));
  }
  const sentences: string[] = [];
  const phraseFolder = join(ROOT, 'templates', 'phrases');
  for (const file of readdirSync(phraseFolder).filter((name) => name.endsWith('.yaml'))) {
    const library = parse(readFileSync(join(phraseFolder, file), 'utf8')) as { entries?: { text?: unknown }[] };
    for (const entry of library.entries ?? []) if (typeof entry.text === 'string') sentences.push(entry.text);
  }
  cached = { frontMatterLines, bodyLines, sentences, documents };
  return cached;
}

function templateFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.outreach.hbs'))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8'));
}

/** Short hostile fragments, each meant to trip a different assumption about text. */
export const HOSTILE_PIECES: readonly string[] = [
  '😀',
  '👩🏽‍💻',
  '🇳🇴',
  '𝒳',
  'café',
  'cafe\u0301',
  'Zoë Ñúñez',
  '\r\n',
  '\r',
  '\n\n',
  '\uFEFF',
  '\0',
  '\u0001\u0002\u001b[0m',
  '\u0007\u0008\u000b\u000c',
  '\u2028',
  '\u200b',
  '\t',
  '\uD800',
  '\uDC00',
  '{{',
  '}}',
  '{{{',
  '{{#if recipient.firstName}}',
  '{{else}}',
  '{{/if}}',
  '{{/each}}',
  '{{#each items}}{{this}}',
  '{{!-- outreach-disable-next-line time-limit --}}',
  '{{!-- outreach-disable-file subjct --}}',
  '{{! outreach-enable }}',
  '{{!--',
  '--}}',
  '{{recipient.firstName}}',
  '{{sender.}}',
  '{{ }}',
  '{{> partial}}',
  '[Name]',
  '<COMPANY>',
  '{FirstName}',
  'TODO',
  '____',
  '---',
  '...',
  'kind: [request',
  'subject: "unterminated',
  'variables: {a: 1, a: 2}',
  ': :',
  '  - - -',
  '&anchor *alias',
  '? complex key',
  '\\',
  '$1 ${2:x} $$',
  'Could we talk for an hour at 3 pm?',
  'Just following up!',
  'Hi ,',
];

/** `{{#if}}` nested 50 deep, closed or not. */
function deepNesting(random: Random): string {
  const depth = 50;
  const open = '{{#if recipient.firstName}}'.repeat(depth);
  return random.chance(0.5) ? `${open}Hello{{/if}}`.concat('{{/if}}'.repeat(depth - 1)) : `${open}Hello`;
}

function longLine(random: Random): string {
  const unit = random.pick(['word ', 'ab', '😀', 'é', 'x. Y', '{{a}} ', '_']);
  return unit.repeat(1 + random.int(3000));
}

function hostile(random: Random): string {
  const roll = random.int(20);
  if (roll === 0) return deepNesting(random);
  if (roll === 1) return longLine(random);
  return random.pick(HOSTILE_PIECES);
}

/** A random slice of a realistic document (possibly cutting a tag, a pair or a line in half). */
function slice(random: Random, text: string): string {
  const start = random.int(text.length + 1);
  return text.slice(start, start + random.int(text.length - start + 1));
}

export interface GeneratorOptions {
  /** How hostile the documents are, from 0 (realistic pieces only) to 1. */
  hostility?: number;
}

/** One random template. */
export function randomDocument(random: Random, options: GeneratorOptions = {}): string {
  const hostility = options.hostility ?? 0.3;
  const pieces = realisticPieces();
  if (random.chance(0.05)) return slice(random, random.pick(pieces.documents));
  if (random.chance(0.15)) return mutate(random, random.pick(pieces.documents), hostility);
  const parts: string[] = [];
  if (random.chance(0.85)) {
    parts.push('---\n');
    const count = random.int(8);
    for (let i = 0; i < count; i++) parts.push(`${random.chance(hostility / 3) ? hostile(random) : random.pick(pieces.frontMatterLines)}\n`);
    if (random.chance(0.95)) parts.push('---\n');
  }
  const count = 1 + random.int(14);
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    if (roll < hostility / 2) parts.push(hostile(random));
    else if (roll < 0.6) parts.push(random.pick(pieces.bodyLines));
    else parts.push(random.pick(pieces.sentences));
    parts.push(random.pick(['\n', '\n', '\n\n', ' ', '']));
  }
  return mutate(random, parts.join(''), hostility / 2);
}

/** A few random edits: hostile insertions, deletions, and whole-document line-ending or BOM changes. */
export function mutate(random: Random, text: string, hostility: number): string {
  let result = text;
  const edits = random.chance(hostility) ? 1 + random.int(4) : 0;
  for (let i = 0; i < edits; i++) {
    const at = random.int(result.length + 1);
    if (random.chance(0.3)) result = result.slice(0, at) + result.slice(at + random.int(20));
    else result = result.slice(0, at) + hostile(random) + result.slice(at);
  }
  if (random.chance(hostility / 3)) result = result.replace(/\r?\n/g, '\r\n');
  if (random.chance(hostility / 6)) result = result.replace(/\r?\n/g, '\r');
  if (random.chance(hostility / 6)) result = `\uFEFF${result}`;
  return result;
}
