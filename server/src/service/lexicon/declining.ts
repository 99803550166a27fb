/**
 * Recognizes an easy way out: a sentence that lets the reader say no, not reply or not explain at no cost. It is
 * read from what the sentence does, not from stock phrases:
 *
 * - permission to decline: a permission word (fine, okay, feel free, no problem, plenty…) with a refusal or a
 *   non-response in the same clause ("entirely fine to say no, or not now", "feel free to pass");
 * - an imperative to refuse or ignore ("just ignore this", "skip this one"), which speechActs does not count as a request;
 * - no obligation: a reply, explanation or obligation ruled out ("no reply needed", "there's no need to explain",
 *   "don't feel any obligation");
 * - no consequence: the sender will understand or cover for them ("I'd understand", "I'll tell her you're slammed",
 *   "I won't mention your name to him", "no hard feelings");
 * - a conditional whose condition is a no or a lack of time and whose main clause accepts it, asks to be told, or
 *   offers a lighter replacement ("if the timing is wrong, a one-word answer is plenty", "if it doesn't suit you,
 *   just say so", "if a call is too much, a line by email works").
 *
 * API: `wayOutIn(sentence)` / `wayOutInText(text)` return which of these the sentence does, or undefined.
 */
import type { Sentence } from '../document/document';
import { tagged, tagText, type Token } from '../language/nlp';
import { clausesOf } from '../language/speechActs';

export type WayOut = 'permission' | 'ignore' | 'no-obligation' | 'no-consequence' | 'conditional';

export function wayOutIn(sentence: Sentence): WayOut | undefined {
  return wayOutInTokens(tagged(sentence).tokens);
}

export function wayOutInText(text: string): WayOut | undefined {
  return wayOutInTokens(tagText(text).tokens);
}

/** Words that grant leave: "fine to…", "feel free to…", "plenty", "no problem". */
const PERMISSION = new Set(['fine', 'understood', 'ok', 'okay', 'alright', 'acceptable', 'understandable', 'free', 'welcome', 'plenty', 'enough', 'cool', 'good']);
/** Interjection-like acceptances that need a "no"/"not" of the writer's own: "no problem", "no worries". */
const ACCEPTING_NOUNS = new Set(['problem', 'problems', 'worry', 'worries', 'pressure', 'bother', 'stress', 'rush']);
/** Refusing: the verbs, and the things one may leave undone. */
const REFUSAL_VERBS = new Set(['decline', 'refuse', 'ignore', 'skip', 'disregard', 'bin', 'delete', 'pass', 'archive']);
const NON_RESPONSES = new Set(['reply', 'respond', 'response', 'answer', 'explain', 'explanation', 'justify', 'justification', 'reason', 'write']);
/** Ruled-out duty: "no obligation", "don't feel obliged", "no need to…". */
const OBLIGATIONS = new Set(['obligation', 'oblige', 'obliged', 'obligate', 'obligated', 'pressure', 'pressured', 'expectation', 'expectations', 'string', 'strings', 'guilty', 'bad', 'awkward', 'need', 'needed', 'necessary', 'required', 'require', 'must', 'have']);
const NEGATORS = new Set(['not', "n't", 'no', 'never', 'without', 'zero', 'nobody', 'needn\'t', 'neither', 'nor', 'cannot']);
/** Verbs of fretting that, ruled out, lift a duty: "don't worry about replying", "please don't bother to answer". */
const FRETTING = new Set(['worry', 'bother', 'fret', 'stress', 'agonize', 'agonise', 'sweat']);
/** A condition that is a no or a lack of time: "if you're slammed", "if the timing is wrong", "if a call is too much". */
const UNAVAILABLE = new Set([
  'busy', 'full', 'slammed', 'slam', 'swamped', 'swamp', 'booked', 'book', 'packed', 'stretched', 'hectic', 'overloaded', 'overload', 'bad',
  'wrong', 'inconvenient', 'too', 'prefer', 'rather', 'pass', 'decline', 'tight', 'crazy', 'difficult', 'hard', 'awkward', 'uncomfortable',
  'hesitant', 'overwhelmed', 'buried', 'underwater', 'drown', 'drowning', 'unable', 'unavailable', 'away', 'off',
  'impossible', 'overflowing', 'overstretched', 'overbooked', 'jammed', 'maxed', 'chaotic', 'unworkable',
]);
/** Something lighter the sender will take instead: a line by email, a written note, a one-word answer. */
const LIGHTER = new Set(['email', 'e-mail', 'note', 'line', 'lines', 'message', 'reply', 'answer', 'written', 'text', 'pointer', 'link', 'word', 'voice', 'no']);
const ALTERNATIVE_ACCEPTANCE = new Set(['work', 'works', 'welcome', 'plenty', 'enough', 'fine', 'great', 'perfect', 'helpful', 'good', 'ok', 'okay']);
/** Telling the sender no: "just say so", "tell me", "let me know". */
const TELL_VERBS = new Set(['say', 'tell', 'let', 'reply', 'write', 'answer', 'shout', 'ping']);
const THIRD_PERSON = new Set(['him', 'her', 'them', 'he', 'she', 'they', 'nobody', 'anyone', 'anybody']);
const SENDER = new Set(['i', 'we']);
const WILL = new Set(['will', "'ll", 'would', "'d", 'wo', 'can', 'shall']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
/** Fixed expressions of goodwill that carry the whole act on their own. */
const IDIOMS: readonly (readonly string[])[] = [
  ['hard', 'feelings'], ['take', 'it', 'personally'], ['take', 'this', 'personally'], ['no', 'offence'], ['no', 'offense'], ['better', 'placed'],
  ['better', 'suited'], ['the', 'answer', 'is', 'no'], ['go', 'unanswered'], ['goes', 'unanswered'], ['left', 'unanswered'], ['say', 'the', 'word'],
];

function wayOutInTokens(all: readonly Token[]): WayOut | undefined {
  const tokens = unquoted(all.map(normalise));
  if (IDIOMS.some((idiom) => indexOfPhrase(tokens, idiom) >= 0)) return 'no-consequence';
  for (const clause of clausesOf(tokens)) {
    const found = clauseWayOut(clause);
    if (found) return found;
  }
  return undefined;
}

/**
 * Quoted words are mentioned, not used: in 'a simple "not now" is fine' the quote is an answer the reader may give, so
 * its "not" negates nothing outside it. A short quoted refusal ("not now", "no thanks", "I'll pass") becomes one
 * token, the answer "no" (a noun); any other short quote becomes one opaque noun; an unmatched mark is dropped.
 */
function unquoted(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!QUOTES.has(token.text)) {
      out.push(token);
      continue;
    }
    const close = tokens.findIndex((word, at) => at > index && at <= index + 7 && QUOTES.has(word.text));
    const inner = close > index ? tokens.slice(index + 1, close) : [];
    if (inner.length === 0) continue;
    // Any other short quote is a saying or a title: one opaque noun, so its words neither refuse nor negate.
    const answer = quotedRefusal(inner) ? 'no' : 'quote';
    out.push({ ...inner[0]!, text: answer, lower: answer, lemma: answer, pos: 'NOUN', negated: false });
    index = close;
  }
  return out;
}

function quotedRefusal(inner: readonly Token[]): boolean {
  const words = inner.filter((word) => word.pos !== 'PUNCT');
  if (words.length === 0) return false;
  // The quote opens with the no ("no thanks", "not now", "pass", "sorry, no") or is the sender's refusal ("I'll pass");
  // "not boring at all" or "never skip leg day" are other sayings.
  if (['no', 'nope', 'nah'].includes(words[0]!.lower) || refusalAt(words, 0)) return true;
  const opening = words.slice(0, 3);
  return words.length <= 5 && opening.some((word) => SENDER.has(word.lower) || ['sorry', 'thanks'].includes(word.lower)) && opening.some((_, at) => refusalAt(words, at));
}

/** "no." at a sentence end is one token for the tagger; the refusal is the word. */
function normalise(token: Token): Token {
  return token.lower.length > 1 && token.lower.endsWith('.') ? { ...token, lower: token.lower.slice(0, -1), lemma: token.lemma.replace(/\.$/, '') } : token;
}

function clauseWayOut(clause: readonly Token[]): WayOut | undefined {
  if (conditionalWayOut(clause)) return 'conditional';
  if (ignoreImperative(clause)) return 'ignore';
  if (noObligation(clause)) return 'no-obligation';
  if (noConsequence(clause)) return 'no-consequence';
  if (permitsRefusal(clause)) return 'permission';
  return undefined;
}

/** Whether a negator ("no", "not", "never", "without") governs the token: just before it, past at most three modifiers. */
function negatedAt(clause: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - 5); back--) {
    const word = clause[back]!;
    // "No is a fine answer", 'a quoted "no"': that "no" is the answer, not a negation.
    if (word.lower === 'no' && (word.pos === 'NOUN' || clause[back + 1]?.lemma === 'be' || clause[back + 1]?.lower === 'would')) continue;
    if (NEGATORS.has(word.lower)) return true;
    if (word.pos === 'PUNCT' || word.pos === 'CCONJ' || word.pos === 'SCONJ') return false;
  }
  return false;
}

/** "say no", "a simple no", "no is fine", "not now", "not a fit", "decline", "pass", "skip it". */
function refusalAt(clause: readonly Token[], index: number): boolean {
  const token = clause[index]!;
  const next = clause[index + 1];
  if (REFUSAL_VERBS.has(token.lemma) && token.pos !== 'NOUN') {
    // "pass my CV along" hands something on; a refusing "pass" stands alone or passes "on" this.
    if (token.lemma === 'pass') return !next || next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.lower === 'on' || next.lower === 'for' || next.lower === 'this' || next.lower === 'entirely';
    return true;
  }
  if (token.lower === 'no' && token.pos !== 'INTJ') {
    const before = clause[index - 1];
    const answerNoun = !next || next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.lemma === 'be' || next.lower === 'would' || next.lower === "'d";
    return answerNoun || (before !== undefined && (before.lemma === 'say' || before.lower === 'a' || before.pos === 'ADJ'));
  }
  if (token.lower === 'not' && (next?.lower === 'now' || next?.lower === 'a' || next?.lower === 'this' || next?.lower === 'for' || next?.lower === 'the' || next?.lower === 'interested')) return true;
  // Leaving the reply undone: "not reply", "no reply", "without an answer".
  return NON_RESPONSES.has(token.lemma) && negatedAt(clause, index);
}

function hasRefusal(clause: readonly Token[]): boolean {
  return clause.some((_, index) => refusalAt(clause, index));
}

/** A permission word granting a refusal in the same clause: "it's entirely fine to say no", "feel free to pass". */
function permitsRefusal(clause: readonly Token[]): boolean {
  const permission = clause.some((token, index) => {
    if (PERMISSION.has(token.lower) || (token.lower === 'right' && clause[index - 1]?.lower === 'all')) return !negatedAt(clause, index);
    if (ACCEPTING_NOUNS.has(token.lower)) return clause[index - 1]?.lower === 'no';
    // "don't hesitate to say no", "you can always decline", "I'll take a no".
    if (token.lemma === 'hesitate') return negatedAt(clause, index);
    if (token.lower === 'can' || token.lower === 'may') return clause[index - 1]?.lower === 'you';
    return token.lemma === 'take' && clause.slice(Math.max(0, index - 3), index).some((word) => SENDER.has(word.lower));
  });
  return permission && hasRefusal(clause);
}

/** "Just ignore this", "please skip this one", "feel free to bin it": the clause opens with a refusing verb. */
function ignoreImperative(clause: readonly Token[]): boolean {
  let index = 0;
  while (index < clause.length && (clause[index]!.pos === 'PUNCT' || clause[index]!.pos === 'ADV' || clause[index]!.pos === 'INTJ' || clause[index]!.pos === 'CCONJ' || ['please', 'and', 'so', 'or'].includes(clause[index]!.lower))) index++;
  const head = clause[index];
  if (!head || head.lemma === 'pass' || !REFUSAL_VERBS.has(head.lemma) || negatedAt(clause, index)) return false;
  // "Ignore the typo in my last email" is about something else; an easy out ignores this message, me or the ask.
  const object = clause[index + 1];
  return !object || object.pos === 'PUNCT' || object.pos === 'CCONJ' || (['this', 'me', 'it', 'my', 'the', 'that'].includes(object.lower) && !['typo', 'typos', 'attachment'].includes(clause[index + 2]?.lower ?? ''));
}

/** "No reply needed", "there's no need to explain", "please don't feel any obligation", "no pressure", "no expectations". */
function noObligation(clause: readonly Token[]): boolean {
  return clause.some((token, index) => {
    // "Please don't worry about replying", "don't bother answering": the fretting ruled out is over a reply or a no.
    if (FRETTING.has(token.lemma) && token.pos === 'VERB') return negatedAt(clause, index) && clause.slice(index + 1).some((word) => NON_RESPONSES.has(word.lemma) || (REFUSAL_VERBS.has(word.lemma) && word.pos === 'VERB'));
    if (!OBLIGATIONS.has(token.lower) && !OBLIGATIONS.has(token.lemma)) return false;
    if (token.lemma === 'need' || token.lemma === 'have' || token.lower === 'must' || token.lemma === 'require' || token.lower === 'necessary') {
      // "no need to explain", "you don't have to reply", "no reply needed", "an answer isn't necessary".
      // "He has no need for a reply" is about someone else.
      if (clause.slice(0, index).some((word) => THIRD_PERSON.has(word.lower))) return false;
      const window = clause.slice(Math.max(0, index - 3), index + 4);
      const ruledOut = negatedAt(clause, index) || window.some((word, at) => NON_RESPONSES.has(word.lemma) && negatedAt(window, at));
      return ruledOut && window.some((word) => NON_RESPONSES.has(word.lemma) || word.lemma === 'say' || word.lemma === 'decide');
    }
    if (token.lemma === 'bad' || token.lower === 'guilty' || token.lower === 'awkward') return negatedAt(clause, index) && clause.slice(Math.max(0, index - 3), index).some((word) => word.lemma === 'feel');
    return negatedAt(clause, index) || (token.lower === 'pressure' && clause[index - 1]?.lower === 'no');
  });
}

/** The sender will understand or cover for them: "I'd understand", "I'll tell her you're slammed", "he'll never know". */
function noConsequence(clause: readonly Token[]): boolean {
  return clause.some((token, index) => {
    // "I'd completely understand", "I will understand if…", "I understand either way".
    if (token.lemma === 'understand' && !negatedAt(clause, index)) {
      // The sender is its subject, past modals and adverbs only: not "I'd like to understand", "I hope you can understand".
      let back = index - 1;
      while (back >= 0 && clause[back]!.pos === 'ADV') back--;
      const modal = WILL.has(clause[back]?.lower ?? '');
      if (modal) back--;
      const after = clause[index + 1]?.lower;
      return SENDER.has(clause[back]?.lower ?? '') && (modal || after === 'if' || after === 'either' || after === 'completely');
    }
    // "I'll let him know it's not the moment", "I'll simply tell her you're fully booked".
    if ((token.lemma === 'tell' || token.lemma === 'let' || token.lemma === 'explain' || token.lemma === 'say') && willOfSender(clause, index)) {
      const rest = clause.slice(index + 1, index + 10);
      return rest.some((word) => THIRD_PERSON.has(word.lower) || /^x+$/.test(word.lower)) && rest.some((word, at) => UNAVAILABLE.has(word.lower) || UNAVAILABLE.has(word.lemma) || word.lower === "n't" || word.lower === 'not' || (word.lower === 'moment' && at > 0));
    }
    // "I won't mention your name to him", "she'll never know I asked", "no one will mind".
    if (['mention', 'know', 'hear', 'mind', 'offend', 'press', 'chase', 'follow'].includes(token.lemma) && negatedAt(clause, index)) {
      const before = clause.slice(Math.max(0, index - 4), index);
      return before.some((word) => WILL.has(word.lower)) && clause.some((word) => THIRD_PERSON.has(word.lower) || SENDER.has(word.lower) || word.lower === 'one');
    }
    return false;
  });
}

function willOfSender(clause: readonly Token[], index: number): boolean {
  const before = clause.slice(Math.max(0, index - 4), index);
  return before.some((word) => SENDER.has(word.lower)) && before.some((word) => WILL.has(word.lower)) && !negatedAt(clause, index);
}

/**
 * "If this isn't a fit, just tell me", "No worries if not", "If the timing is wrong, a one-word answer is plenty",
 * "If a call is too much, a line by email works". The condition must be a no or a lack of time: "if you are busy, I can
 * send my questions by email" keeps the ask and is no way out; "if you're free, Tuesday is fine" accepts a yes.
 */
function conditionalWayOut(clause: readonly Token[]): boolean {
  const at = clause.findIndex((token, index) => token.lower === 'if' || token.lower === 'unless' || token.lower === 'otherwise' || (token.lower === 'either' && clause[index + 1]?.lower === 'way'));
  if (at < 0) return false;
  const opener = clause[at]!.lower;
  let end = clause.findIndex((token, index) => index > at && token.text === ',');
  if (end < 0) end = clause.length;
  // "If you'd prefer not to, or the weekend is too full, …": a second condition joined by "or" belongs to the first.
  while (end < clause.length && clause[end + 1]?.lower === 'or') {
    const next = clause.findIndex((token, index) => index > end + 1 && token.text === ',');
    if (next < 0) break;
    end = next;
  }
  const condition = clause.slice(at + 1, end);
  // "Either way is fine", "otherwise no worries": the opener is the whole condition.
  const main = opener === 'if' || opener === 'unless' ? [...clause.slice(0, at), ...clause.slice(end + 1)] : clause.filter((_, index) => index !== at && !(opener === 'either' && index === at + 1));
  const negative = (opener !== 'if' && opener !== 'unless') || condition.some((token) => NEGATORS.has(token.lower) || UNAVAILABLE.has(token.lower) || UNAVAILABLE.has(token.lemma));
  if (!negative) return false;
  return accepts(main) || asksToBeTold(main) || lighterAlternative(main) || noConsequence(main) || noObligation(main) || ignoreImperative(main);
}

/** "no worries", "that's fine", "totally understandable", "I understand", "all good". */
function accepts(main: readonly Token[]): boolean {
  return main.some((token, index) => {
    // "If you can't, don't worry".
    if (FRETTING.has(token.lemma) && token.pos === 'VERB') return negatedAt(main, index);
    if (ACCEPTING_NOUNS.has(token.lower)) return main[index - 1]?.lower === 'no';
    if (['fine', 'ok', 'okay', 'alright', 'understandable', 'understand', 'understood', 'good', 'cool'].includes(token.lower) || (token.lower === 'right' && main[index - 1]?.lower === 'all')) return !negatedAt(main, index);
    // "I get it", "we get it".
    if (token.lemma === 'get' && main[index + 1]?.lower === 'it') return SENDER.has(main[index - 1]?.lower ?? '');
    return false;
  });
}

/** "just say so", "tell me", "let me know", "reply no": the whole answer asked for is the no itself. */
function asksToBeTold(main: readonly Token[]): boolean {
  return main.some((token, index) => {
    if (!TELL_VERBS.has(token.lemma) || negatedAt(main, index)) return false;
    const next = main[index + 1];
    const after = main[index + 2];
    if (token.lemma === 'let') return next?.lower === 'me' && after?.lower === 'know' && endsHere(main, index + 3);
    if (token.lemma === 'say') return next?.lower === 'so' || next?.lower === 'no';
    return (next?.lower === 'me' && endsHere(main, index + 2)) || next?.lower === 'no' || endsHere(main, index + 1);
  });
}

/** Nothing more is asked after the words: the clause ends, or goes on with "and I'll…". */
function endsHere(main: readonly Token[], index: number): boolean {
  const next = main[index];
  return !next || next.pos === 'PUNCT' || next.lower === 'and' || next.lower === 'so';
}

/** "A line by email works", "a one-word answer is plenty", "a written note would be just as welcome". */
function lighterAlternative(main: readonly Token[]): boolean {
  return main.some((token) => LIGHTER.has(token.lower) || LIGHTER.has(token.lemma)) && main.some((token) => ALTERNATIVE_ACCEPTANCE.has(token.lower) || ALTERNATIVE_ACCEPTANCE.has(token.lemma));
}

function indexOfPhrase(tokens: readonly Token[], words: readonly string[]): number {
  for (let index = 0; index + words.length <= tokens.length; index++) if (words.every((word, offset) => tokens[index + offset]?.lower === word)) return index;
  return -1;
}
