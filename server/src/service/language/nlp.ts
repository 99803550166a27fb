/**
 * Language structure of a sentence from wink-nlp and its English model (shipped inside the npm package, nothing
 * downloaded): tokens with parts of speech, lemmas and negation scope, and entities such as durations, dates and
 * clock times. The model loads on first use (about 0.1 s), so hygiene-only work never pays for it.
 */
import type { Sentence } from '../document/document';
import { oncePer } from './oncePer';

/** Universal POS tags as wink-nlp names them. */
export type PartOfSpeech =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** As written (placeholders are runs of `x`). */
  text: string;
  /** Lower-case, with curly apostrophes made straight. */
  lower: string;
  lemma: string;
  pos: PartOfSpeech;
  /** Inside the scope of a negation ("not asking for a job" → asking, for, a, job). */
  negated: boolean;
  /** Offsets inside the sentence text. */
  start: number;
  end: number;
}

export interface Entity {
  type: 'DURATION' | 'DATE' | 'TIME' | 'CARDINAL' | 'ORDINAL' | 'MONEY' | 'PERCENT' | 'EMAIL' | 'URL' | string;
  text: string;
  /** Offsets inside the sentence text. */
  start: number;
  end: number;
}

export interface TaggedSentence {
  tokens: Token[];
  entities: Entity[];
}

/** The part of wink-nlp's API used here (its own typings disagree with themselves on `its` helpers). */
interface Wink {
  readDoc(text: string): {
    tokens(): { out(what: unknown): unknown[] };
    entities(): { out(what: unknown): unknown[] };
  };
  its: Record<'value' | 'lemma' | 'pos' | 'negationFlag' | 'detail', unknown>;
}

let wink: Wink | undefined;

function loadWink(): Wink {
  // Required on first use, not imported: the model is a fifth of a second to load and a bundle of its own.
  if (!wink) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { winkNLP, model } = require('./winkModel') as typeof import('./winkModel');
    wink = winkNLP(model, ['sbd', 'negation', 'pos', 'ner']) as unknown as Wink;
  }
  return wink;
}

/** Loads the model now (the server calls this once it has answered initialize, so the first lint does not wait). */
export function warmUpLanguageModel(): void {
  loadWink();
}

/** Tags plain text (a sentence, a subject line, a question). */
export function tagText(text: string): TaggedSentence {
  const nlp = loadWink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const lemmas = tokens.out(its.lemma) as string[];
  const tags = tokens.out(its.pos) as PartOfSpeech[];
  const negations = tokens.out(its.negationFlag) as boolean[];
  const result: Token[] = [];
  let cursor = 0;
  let negationClosed = false;
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    const found = text.indexOf(value, cursor);
    const start = found >= 0 ? found : cursor;
    const end = found >= 0 ? start + value.length : cursor;
    cursor = end;
    const lower = value.toLowerCase().replace(/’/g, "'");
    // The model's negation runs on past a colon or a dash ("I have to say no: our dragon is breeding"); a clause break
    // ends it, as a comma already does.
    if (CLAUSE_BREAKS.has(value)) negationClosed = true;
    else if (negations[index] !== true) negationClosed = false;
    const negated = negations[index] === true && !negationClosed;
    // The model reads "I'm" as one proper noun: split it into the pronoun and the verb it is.
    if (lower === "i'm") {
      result.push({ text: value.slice(0, 1), lower: 'i', lemma: 'i', pos: 'PRON', negated, start, end: start + 1 });
      result.push({ text: value.slice(1), lower: "'m", lemma: 'be', pos: 'AUX', negated, start: start + 1, end });
      continue;
    }
    const previous = result[result.length - 1];
    // The model tags a rare past tense after a subject as an adjective ("I transcribed your lecture"): it is the verb.
    if (tags[index] === 'ADJ' && lower.endsWith('ed') && previous?.pos === 'PRON' && SUBJECTS.has(previous.lower)) {
      result.push({ text: value, lower, lemma: pastTenseLemma(lower), pos: 'VERB', negated, start, end });
      continue;
    }
    result.push({ text: value, lower, lemma: (lemmas[index] ?? lower).replace(/’/g, "'"), pos: tags[index] ?? 'X', negated, start, end });
  }
  const entities: Entity[] = [];
  let entityCursor = 0;
  for (const entity of doc.entities().out(its.detail) as Array<{ value: string; type: string }>) {
    const found = text.indexOf(entity.value, entityCursor);
    if (found < 0) continue;
    entities.push({ type: entity.type, text: entity.value, start: found, end: found + entity.value.length });
    entityCursor = found + entity.value.length;
  }
  return { tokens: result, entities };
}

const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
const CLAUSE_BREAKS = new Set([':', ';', '—', '–']);

/** "transcribed" → "transcribe", "corrected" → "correct", "copied" → "copy": a guess good enough to match a verb list. */
function pastTenseLemma(word: string): string {
  if (word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  const stem = word.slice(0, -2);
  return /(?:[bcgvz]|at|ar|ir|ur|ut|iz|is|us)$/.test(stem) ? `${stem}e` : stem;
}

/** How many sentences' tags are kept by text: a few documents' worth, so typing re-tags only the edited sentence. */
const TAGGED_TEXTS_KEPT = 4096;
const taggedTexts = new Map<string, TaggedSentence>();

/** Tags by sentence text, the most recently used kept (tags hold offsets into the sentence, so any copy can share them). */
function taggedText(text: string): TaggedSentence {
  const kept = taggedTexts.get(text);
  if (kept) {
    taggedTexts.delete(text);
    taggedTexts.set(text, kept);
    return kept;
  }
  const tags = tagText(text);
  taggedTexts.set(text, tags);
  if (taggedTexts.size > TAGGED_TEXTS_KEPT) taggedTexts.delete(taggedTexts.keys().next().value!);
  return tags;
}

/** The sentence's tags: computed once per sentence object, and shared by equal sentences while they are recent. */
export const tagged = oncePer((sentence: Sentence): TaggedSentence => taggedText(sentence.text));
