/**
 * The time-limit fix: fold the length into the ask itself ("Could we have a call next week?" → "Could we have a
 * 15-minute call next week?", "Could we talk?" → "Could we talk for 15 minutes?") instead of asking a second time.
 * When the ask has no meeting noun or verb to hold the length, a statement from the phrase library in the ask's format
 * ("It would take 15 minutes at most.") goes right after it.
 */
import { asksForMeetingIn } from '../language/analysis';
import { askFormats, clauseFix, clauseFormats, formatFits } from './clauseFixes';
import type { Sentence } from '../document/document';
import { tagged, type Token } from '../language/nlp';
import type { RuleContext } from '../rules/rule';
import type { Fix, OffsetEdit } from '../types';

const TITLE = 'Add a time limit';
const MAX_FIXES = 3;

/** Nouns that name a meeting and can take "15-minute" before them. */
const MEETING_NOUNS = new Set(['call', 'chat', 'conversation', 'coffee', 'meeting', 'meetup', 'meet-up', 'catch-up', 'catchup', 'tea', 'interview', 'session', 'talk', 'hangout', 'walk', 'sync']);
/** Words between the article and the noun that say which kind of meeting it is ("a video call", "a Skype/Zoom chat"). */
const FORMAT_MODIFIERS = new Set(['video', 'phone', 'zoom', 'skype', 'teams', 'facetime', 'webex', 'coffee', 'virtual', 'online', 'informational', 'informal', 'in-person', 'remote', 'face-to-face', 'intro', 'introductory', 'networking', 'mentoring', 'mentorship', 'advice', 'career', '/', 'or', 'and', 'google', 'meet']);
/** Adjectives that may stand between the article and the length ("a quick 15-minute call"). */
const SIZE_ADJECTIVES = new Set(['quick', 'short', 'brief', 'little', 'casual', 'small', 'friendly', 'fast']);
/** Verbs (and adjectives after "you be") that hold " for 15 minutes" after them. */
const MEETING_VERBS = new Set(['meet', 'talk', 'chat', 'speak', 'connect', 'catch', 'sit', 'call', 'hop', 'jump', 'free', 'available', 'pick']);
/** What may follow such a verb before the length goes in: a particle, "with you", "your brain". */
const VERB_TAIL = /^(?:\s+(?:up|down|over|in))?(?:\s+(?:with|to)\s+(?:you|me|us|x{3,}))?(?:\s+(?:your|his|her|their)\s+brains?)?/i;

/** Fixes for a meeting ask without a length, the folded one first. */
export function timeLimitFixes(context: RuleContext): Fix[] {
  const ask = context.analysis.meetingAsk ?? context.analysis.askSentence;
  const fixes: Fix[] = [];
  // The flagged ask first; when it has no place for a length ("nice to “meet” you!"), the next meeting ask.
  const candidates = ask ? [ask, ...context.analysis.bodySentences.filter((sentence) => sentence.range.start > ask.range.start && asksForMeetingIn(sentence))] : [];
  let folded: Folded | undefined;
  for (const candidate of candidates) if ((folded = foldDuration(context.document.text, candidate))) break;
  if (folded) fixes.push({ title: `${TITLE}: “${folded.label}”`, edits: [folded.edit], preferred: true });
  for (const entry of statements(context, ask)) {
    if (fixes.length >= MAX_FIXES) break;
    fixes.push(clauseFix(context, 'after-ask', entry.text, `${TITLE}: “${entry.label}”`, fixes.length === 0));
  }
  return fixes;
}

/** Time-limit clauses that state the length without asking again, in the ask's format (neutral ones when it names none). */
function statements(context: RuleContext, ask: Sentence | undefined): ReturnType<RuleContext['phrases']['inCategory']> {
  const entries = context.phrases.inCategory('time-limit', context.document.frontMatter.kind);
  const wanted = askFormats(ask?.text ?? '');
  const fitting = entries.filter((entry) => !/\?\s*$/.test(entry.text) && formatFits(wanted, clauseFormats(entry.text), 'same'));
  // Never drop the fix: with nothing fitting, the library's own order stands.
  return fitting.length ? fitting : entries;
}

interface Folded {
  edit: OffsetEdit;
  /** The changed phrase, for the fix title ("a 15-minute call"). */
  label: string;
}

/** Puts "15 minutes" into the ask sentence itself, or undefined when it has no place for it. */
export function foldDuration(text: string, ask: Sentence): Folded | undefined {
  const { tokens } = tagged(ask);
  const base = ask.range.start;
  return foldIntoNoun(text, base, tokens) ?? foldIntoTimePhrase(text, base, ask) ?? foldAfterVerb(text, base, ask, tokens);
}

/** "a call" → "a 15-minute call", "an informational interview" → "a 15-minute informational interview", "grab coffee" → "grab a 15-minute coffee". */
function foldIntoNoun(text: string, base: number, tokens: readonly Token[]): Folded | undefined {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!MEETING_NOUNS.has(token.lower)) continue;
    const previous = tokens[index - 1];
    // "to chat", "we talk", "can call": a verb the tagger did not see as one.
    if (previous && /^(?:to|we|i|you|can|could|would|will|might|may|should|let's|us)$/.test(previous.lower)) continue;
    if (previous && /^(?:your|his|her|their|the|this|that|my|our|these|those)$/.test(previous.lower)) continue;
    let first = index;
    while (first > 0 && FORMAT_MODIFIERS.has(tokens[first - 1]!.lower) && tokens[first - 1]!.lower !== 'or' && tokens[first - 1]!.lower !== 'and') first--;
    // "Skype/zoom", "phone or video": run back over the whole list of formats.
    while (first > 1 && /^(?:\/|or|and)$/.test(tokens[first - 1]!.lower) && FORMAT_MODIFIERS.has(tokens[first - 2]!.lower)) first -= 2;
    let adjectives = first;
    while (adjectives > 0 && SIZE_ADJECTIVES.has(tokens[adjectives - 1]!.lower)) adjectives--;
    const article = tokens[adjectives - 1];
    // Tagged as a verb ("a Skype chat" can read as one) only counts with its article.
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !(article && /^(?:a|an)$/.test(article.lower))) continue;
    const at = base + tokens[first]!.start;
    if (!/^[a-z]/i.test(text.slice(at, at + 1)) && !/^x/.test(tokens[first]!.lower)) continue;
    const phraseEnd = base + token.end;
    if (article && /^(?:a|an)$/.test(article.lower)) {
      if (article.lower === 'an' && adjectives === first) {
        // "an informational interview" → "a 15-minute informational interview".
        const start = base + article.start;
        const articleText = article.text === 'An' ? 'A' : 'a';
        return folded(text, { start, end: at }, `${articleText} 15-minute `, start, phraseEnd);
      }
      return folded(text, { start: at, end: at }, '15-minute ', base + article.start, phraseEnd);
    }
    if (article && /^(?:the|your|our|my|this|that|some|any|another|one)$/.test(article.lower)) continue;
    if (adjectives !== first) continue;
    // No article: "grab coffee", "meet for coffee", "over coffee".
    if (index === 0 || !/^(?:coffee|tea)$/.test(token.lower)) continue;
    return folded(text, { start: at, end: at }, 'a 15-minute ', at, phraseEnd);
  }
  return undefined;
}

/** "some of your time" → "15 minutes of your time"; "some time with you" → "15 minutes with you". */
function foldIntoTimePhrase(text: string, base: number, ask: Sentence): Folded | undefined {
  const match = /\b(?:some|a (?:little|bit) of|a moment of|a little bit of|a slice of) (?=(?:of )?your time\b)|\bsome (?:of your )?time(?= with you\b| to (?:talk|chat|meet|speak))/i.exec(ask.text);
  if (!match) return undefined;
  const start = base + match.index;
  const end = start + match[0].length;
  const replaced = /time$/i.test(match[0]) ? (match[0].includes('your') ? '15 minutes of your time' : '15 minutes') : '15 minutes ';
  const replacement = /^[A-Z]/.test(match[0]) ? replaced[0]!.toUpperCase() + replaced.slice(1) : replaced;
  return folded(text, { start, end }, replacement, start, end);
}

/** "Could we talk?" → "Could we talk for 15 minutes?"; "are you free next week" → "are you free for 15 minutes next week". */
function foldAfterVerb(text: string, base: number, ask: Sentence, tokens: readonly Token[]): Folded | undefined {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!MEETING_VERBS.has(token.lower) && !MEETING_VERBS.has(token.lemma)) continue;
    const previous = tokens[index - 1]?.lower ?? '';
    if (token.lower === 'free' || token.lower === 'available') {
      // Only "are you free", "would you be available", "if you're free": the recipient's time.
      const before = tokens[index - 2]?.lower ?? '';
      if (!((previous === 'you' && /^(?:are|were)$/.test(before)) || (previous === 'be' && before === 'you'))) continue;
    } else if (token.lower === 'pick') {
      if (!/^\s+(?:your|his|her|their)\s+brains?\b/i.test(ask.text.slice(token.end))) continue;
    } else if (token.lower === 'catch' || token.lower === 'sit' || token.lower === 'hop' || token.lower === 'jump') {
      if (!/^\s+(?:up|down)\b/i.test(ask.text.slice(token.end))) continue;
    } else if (token.pos !== 'VERB' && !/^(?:to|we|i|you|can|could|would|will|might|may|let's|us|and|or)$/.test(previous)) {
      continue;
    }
    // A capital ("Google Meet"), quotes ("virtually “meet” you") or a pleasantry ("nice to meet you") is not the ask's own verb.
    if (/^[A-Z]/.test(token.text) && index > 0) continue;
    if (/["“”]\s*$/.test(ask.text.slice(0, token.start)) || /^["“”]/.test(ask.text.slice(token.end))) continue;
    if (/\b(?:nice|great|good|lovely|a pleasure|glad|happy) to (?:\w+ )?$/i.test(ask.text.slice(0, token.start)) && /^\s+you\b/i.test(ask.text.slice(token.end))) continue;
    const tail = VERB_TAIL.exec(ask.text.slice(token.end))?.[0] ?? '';
    const at = base + token.end + tail.length;
    // Already followed by a length-like "for …" ("talk for a bit") or a place holder for one: leave it.
    if (/^\s+for (?:a (?:bit|while|moment|few)|some time)\b/i.test(text.slice(at))) continue;
    return folded(text, { start: at, end: at }, ' for 15 minutes', base + token.start, at);
  }
  return undefined;
}

function folded(text: string, range: { start: number; end: number }, newText: string, labelStart: number, labelEnd: number): Folded {
  // As a snippet the number is a tab stop, so "15" can become "20" right away.
  const edit: OffsetEdit = { range, newText, snippet: newText.replace('15', '${1:15}') };
  const label = text.slice(labelStart, range.start) + newText + text.slice(range.end, Math.max(range.end, labelEnd));
  return { edit, label: label.trim() };
}
