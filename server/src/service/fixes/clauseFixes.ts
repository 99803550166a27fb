import { declareVariablesEdit, insertSentenceEdit } from './edits';
import { clausePlaceholders, clauseSnippet, type PhraseCategory, type PhraseEntry } from '../config/phrases';
import { lineBreakOf } from '../document/characters';
import type { Sentence } from '../document/document';
import type { RuleContext } from '../rules/rule';
import type { Fix, OffsetEdit, TemplateKind } from '../types';

/** Where a clause goes in the message. */
export type ClausePlacement =
  /** After the sentence where the sender introduces themselves; else just before the ask. */
  | 'after-introduction'
  /** Right after the ask sentence; else at the end of the message. */
  | 'after-ask'
  /** Just before the ask sentence; else at the end of the message. */
  | 'before-ask'
  /** At the end of the message, before the sign-off. */
  | 'end';

const MAX_ALTERNATIVES = 3;

/** Where a clause goes: the edit that puts it (or its snippet) there. */
export type ClauseEdit = (clause: string, snippet: string) => OffsetEdit;

/**
 * Quick fixes that put each of the first phrase-library `entries` in with `edit` (the first one preferred). Placeholders
 * a clause brings are declared under `variables` when the template keeps such a map.
 */
export function clauseFixes(context: RuleContext, entries: readonly PhraseEntry[], title: string, edit: ClauseEdit): Fix[] {
  return entries
    .slice(0, MAX_ALTERNATIVES)
    .map((entry, index) => declarePlaceholders(context, { title: `${title}: “${entry.label}”`, edits: [edit(entry.text, clauseSnippet(entry.text))], preferred: index === 0 }));
}

/**
 * Quick fixes that insert a clause of the phrase library, placed as `placement` says. Clauses that fit their place come
 * first: a connective that presumes something before it ("In return, …") only after the ask, a format (coffee, call,
 * video) only when the ask has it or the clause offers it as an alternative.
 */
export function insertClauseFixes(context: RuleContext, category: PhraseCategory, placement: ClausePlacement, title: string): Fix[] {
  const entries = rankClauses(context, context.phrases.inCategory(category, context.document.frontMatter.kind), placement);
  return clauseFixes(context, entries, title, (clause) => clauseInsertion(context, placement, clause));
}

/** One fix inserting `clause` at `placement`, with the declarations of any placeholder it adds. */
export function clauseFix(context: RuleContext, placement: ClausePlacement, clause: string, title: string, preferred: boolean): Fix {
  return declarePlaceholders(context, { title, edits: [clauseInsertion(context, placement, clause)], preferred });
}

/** Inserts the clause as a new sentence right after `sentence`. */
export function afterSentence(sentence: Sentence): ClauseEdit {
  return (clause, snippet) => insertSentenceEdit(sentence.range.end, clause, snippet);
}

/** Inserts the clause as a new sentence right before `sentence` (after a greeting run into it). */
export function beforeSentence(text: string, sentence: Sentence): ClauseEdit {
  return (clause, snippet) => insertBeforeSentence(text, sentence, clause, snippet);
}

/** Replaces `sentence` with the clause. */
export function replacingSentence(sentence: Sentence): ClauseEdit {
  return (clause, snippet) => ({ range: sentence.range, newText: clause, snippet });
}

/** The entries that fit their place first (in library order), then the rest: a fix is never dropped, only ranked lower. */
export function rankClauses(context: RuleContext, entries: readonly PhraseEntry[], placement: ClausePlacement): PhraseEntry[] {
  const scored = entries.map((entry, index) => ({ entry, index, misfit: misfit(context, placement, entry.text) }));
  return scored.sort((a, b) => a.misfit - b.misfit || a.index - b.index).map(({ entry }) => entry);
}

/** How badly a clause fits where it would go: 0 fits; connective or format misfits count more than an undeclarable placeholder. */
function misfit(context: RuleContext, placement: ClausePlacement, clause: string): number {
  const at = clauseInsertion(context, placement, clause).range.start;
  let score = 0;
  if (!connectiveFits(context, clause, at)) score += 4;
  if (!formatFits(askFormats(context.analysis.askSentence?.text ?? ''), clauseFormats(clause), 'alternative')) score += 2;
  const missing = undeclaredPlaceholders(context, clause);
  if (missing.length && !declareVariablesEdit(context.document.text, context.document.frontMatter, missing)) score += 1;
  // A clause that would push a message within its length budget over it: shorter ones first.
  const budget = LENGTH_BUDGET[context.document.frontMatter.kind];
  const words = context.analysis.bodyWordCount;
  const added = clause.split(/\s+/).filter(Boolean).length;
  if (budget !== undefined && words <= budget && words + added > budget) score += 1 + added / 1000;
  return score;
}

/** The `length` rule's default word budgets: a fix should not be what tips a message over. */
const LENGTH_BUDGET: Partial<Record<TemplateKind, number>> = { request: 200, 'intro-request': 150 };

/** Connectives that answer something said before them: never first, and "in return" only after something was asked. */
const RETURN_CONNECTIVE = /^(?:in return|in exchange|in turn|to return the favou?r)\b/i;
const CONTINUING_CONNECTIVE = /^(?:also|as well|besides|on top of that|that said|either way|otherwise|if not|then|so|and|but|plus|again|as i mentioned|as mentioned)\b/i;

function connectiveFits(context: RuleContext, clause: string, at: number): boolean {
  const body = context.analysis.bodySentences;
  const first = body[0];
  if ((RETURN_CONNECTIVE.test(clause) || CONTINUING_CONNECTIVE.test(clause)) && (!first || at <= first.range.start)) return false;
  if (RETURN_CONNECTIVE.test(clause)) {
    const ask = context.analysis.askSentence;
    if (!ask || at < ask.range.end) return false;
  }
  return true;
}

/** Meeting formats, as a clause or an ask names them. */
export type MeetingFormat = 'in-person' | 'phone' | 'video' | 'call';

const FORMAT_WORDS: ReadonlyArray<[MeetingFormat, RegExp]> = [
  ['video', /\b(?:video|zoom|skype|google meet|(?:ms |microsoft )?teams call|on camera|cameras?|facetime|webex)\b/i],
  ['phone', /\b(?:phone|by telephone|ring you)\b/i],
  ['call', /\bcalls?\b/i],
  ['in-person', /\b(?:coffee|tea|lunch|breakfast|dinner|drinks?|in person|in-person|face[- ]to[- ]face|your office|come to you|come by|stop by|walk|near you|café|cafe|meet (?:up )?(?:at|near|in) )\b/i],
];

/** The formats a text names ("a video call" is video only; a bare "call" is any call). */
export function formatsIn(text: string): Set<MeetingFormat> {
  const formats = new Set<MeetingFormat>();
  for (const [format, pattern] of FORMAT_WORDS) if (pattern.test(text)) formats.add(format);
  if (formats.has('call') && (formats.has('video') || formats.has('phone')) && !/\b(?<!(?:video|phone|zoom|skype|teams) )calls?\b/i.test(text)) formats.delete('call');
  return formats;
}

export const askFormats = formatsIn;
export const clauseFormats = formatsIn;

function compatible(a: MeetingFormat, b: MeetingFormat): boolean {
  if (a === b) return true;
  const remote = (format: MeetingFormat): boolean => format !== 'in-person';
  return (a === 'call' || b === 'call') && remote(a) && remote(b);
}

/**
 * Whether a clause's formats suit the ask's. `alternative`: the clause may name other formats as long as it also
 * names the asked one (an offer of choices). `same`: every format the clause names must be the asked one, and a
 * clause names none when the ask names none.
 */
export function formatFits(ask: ReadonlySet<MeetingFormat>, clause: ReadonlySet<MeetingFormat>, mode: 'alternative' | 'same'): boolean {
  if (clause.size === 0) return true;
  if (ask.size === 0) return mode === 'alternative';
  const asked = (format: MeetingFormat): boolean => [...ask].some((wanted) => compatible(wanted, format));
  return mode === 'alternative' ? [...clause].some(asked) : [...clause].every(asked);
}

function undeclaredPlaceholders(context: RuleContext, clause: string): string[] {
  const declared = context.document.frontMatter.variables;
  if (!declared) return [];
  const paths = [...declared.keys()];
  const isDeclared = (path: string): boolean => paths.some((known) => known === path || known.startsWith(`${path}.`));
  return [...new Set(clausePlaceholders(clause))].filter((path) => !isDeclared(path));
}

export function clauseInsertion(context: RuleContext, placement: ClausePlacement, clause: string): OffsetEdit {
  const { analysis, document } = context;
  const snippet = clauseSnippet(clause);
  const after = (offset: number): OffsetEdit => insertSentenceEdit(offset, clause, snippet);
  const ask = analysis.askSentence;
  switch (placement) {
    case 'after-introduction':
      if (analysis.senderIntroduction) return after(analysis.senderIntroduction.range.end);
      if (ask) return insertBeforeSentence(document.text, ask, clause, snippet);
      break;
    case 'after-ask':
      if (ask) return after(ask.range.end);
      break;
    case 'before-ask':
      if (ask) return insertBeforeSentence(document.text, ask, clause, snippet);
      break;
    case 'end':
      break;
  }
  return endOfMessage(document, clause, snippet);
}

/** A greeting the writer ran into the first sentence ("Hey, could we …"): the clause goes after it. */
const RUN_IN_GREETING = /^(?:hi|hey|hello|dear|greetings|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,40}[,!]\s+/i;

/** The clause as a sentence of its own just before `sentence` (after a greeting run into it, recapitalized). */
function insertBeforeSentence(text: string, sentence: Sentence, clause: string, snippet: string): OffsetEdit {
  const greeting = RUN_IN_GREETING.exec(sentence.text);
  const start = sentence.range.start + (greeting?.[0].length ?? 0);
  const next = text[start] ?? '';
  if (greeting && /[a-z]/.test(next)) {
    const upper = next.toUpperCase();
    return { range: { start, end: start + 1 }, newText: `${clause} ${upper}`, snippet: `${snippet} ${upper}` };
  }
  return { range: { start, end: start }, newText: `${clause} `, snippet: `${snippet} ` };
}

/** A new paragraph after the last body line before the sign-off (or at the very end). */
function endOfMessage(document: RuleContext['document'], clause: string, snippet: string): OffsetEdit {
  const eol = lineBreakOf(document.text);
  const signOff = document.signOffLine;
  const lastContent = signOff !== undefined ? document.lines[signOff - 1] : document.lines[document.lines.length - 1];
  if (!lastContent || (signOff !== undefined && signOff === document.greetingLine)) {
    const offset = document.text.length;
    return { range: { start: offset, end: offset }, newText: `${eol}${clause}${eol}`, snippet: `${eol}${snippet}${eol}` };
  }
  const offset = lastContent.range.end;
  return { range: { start: offset, end: offset }, newText: `${eol}${eol}${clause}`, snippet: `${eol}${eol}${snippet}` };
}

/** `fix` with the placeholders its edits bring declared under `variables` (for fixes built outside this module). */
export function declarePlaceholders(context: RuleContext, fix: Fix): Fix {
  const paths = [...new Set(fix.edits.flatMap((edit) => undeclaredPlaceholders(context, edit.newText)))];
  const declaration = declareVariablesEdit(context.document.text, context.document.frontMatter, paths);
  return declaration ? { ...fix, edits: [...fix.edits, declaration] } : fix;
}
