/** Patterns and helpers shared by the request rules that judge what a message asks for and what it offers. */
import { isRequest } from '../language/analysis';
import type { OutreachDocument, Sentence } from '../document/document';
import type { OffsetRange } from '../types';
import { oncePer } from '../language/oncePer';

/** A match of a pattern inside one sentence, in document offsets. */
export interface PhraseMatch {
  sentence: Sentence;
  range: OffsetRange;
  /** The matched prose (placeholders are runs of `x`). */
  text: string;
  /** Where the match starts inside `sentence.text`. */
  index: number;
  /** Named capture groups of the pattern. */
  groups: Readonly<Record<string, string | undefined>>;
}

/** Every match of `pattern` (which must have the `g` flag) inside the given sentences, in order. */
export function findPhrases(sentences: readonly Sentence[], pattern: RegExp): PhraseMatch[] {
  if (!pattern.global) throw new TypeError('findPhrases needs a pattern with the g flag');
  const found: PhraseMatch[] = [];
  // `exec` on the pattern itself, as `matchAll` would find them: `matchAll` copies the pattern for every sentence.
  for (const sentence of sentences) {
    const text = sentence.text;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const index = match.index;
      if (match[0] === '') pattern.lastIndex = index + (pattern.unicode && text.codePointAt(index)! > 0xffff ? 2 : 1);
      const start = sentence.range.start + index;
      found.push({ sentence, range: { start, end: start + match[0].length }, text: match[0], index, groups: match.groups ?? {} });
    }
  }
  return found;
}

/** The sender wanting something, beyond the request markers: "I'm interested in learning…", "I was curious…". */
const WANTING = /\b(?:(?:would|['’]d) (?:really |very much |so |also )?(?:love|like|appreciate|welcome|value|be grateful)|(?:want(?:ed)?|hop(?:e|ing)|keen|eager|excited|chance|opportunity) to|interested in|curious|wondering|so (?:that )?i (?:can|could|might))\b/i;

/** A sentence that asks or wishes for something (as opposed to a statement about the past). */
export function isAskLike(text: string): boolean {
  return isRequest(text) || WANTING.test(text);
}

const NEGATION = /\b(?:not|no|never|without|rather than|instead of)\b|n['’]t\b/i;
const CLAUSE_BREAK = /[,;:—–]|\b(?:but|just|only)\b/i;

/** True when the same clause negates what starts at `index` ("I'm not asking for a referral"). */
export function isNegated(text: string, index: number): boolean {
  const clause = text.slice(Math.max(0, index - 50), index).split(CLAUSE_BREAK).pop() ?? '';
  return NEGATION.test(clause);
}

/** The sender offers to pay for the recipient's time: an advice request framed this way is fair. */
export const OFFERS_PAYMENT =
  /\b(?:paid (?:session|consult(?:ation)?|call|hour|meeting|engagement)|(?:happy|glad|willing|able|want) to pay|pay (?:you )?for (?:your|the|a|an) (?:time|session|hour|call|consult(?:ation)?)|(?:at )?your (?:usual|standard|normal|regular|hourly) (?:rate|fee)|book (?:a|an|one of your) (?:session|consult(?:ation)?|coaching)|as a (?:paying )?client|hire you\b)/i;

/** A shared interest or background ("we're both…", "a fellow nurse", "you also…"; not "a former fellow" of a programme): a reason of their own to talk, and a specific reference to them. */
export const SHARED_GROUND =
  /\b(?:we(?:['’]re| are)? both|we (?:share|have (?:a lot |something )?in common)|you and i (?:both|share|have)|shared (?:interest|background|passion|history)|(?:a|our) common (?:interest|background|passion)|fellow(?= (?!(?:would|will|could|can|is|was|and|or|of|from|who|that|at|in|to|with|for|has|had|said|wrote)\b)[a-z])|you(?:['’]ve| have| are|['’]re)? also|(?:i['’]m|i am) also an? (?:[\w-]+ ){0,3}(?:alum(?:na|nus|ni)?|grad(?:uate)?)\b)/i;

/** The original document text of a range (placeholders as written, unlike the prose). */
export function sourceText(document: OutreachDocument, range: OffsetRange): string {
  return document.text.slice(range.start, range.end);
}

/** The prose of the body, greeting and sign-off excluded, as one string for message-wide checks (joined once per list). */
export const bodyProse = oncePer((sentences: readonly Sentence[]): string => sentences.map((sentence) => sentence.text).join(' '));
