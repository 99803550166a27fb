import type { OutreachDocument, Sentence } from '../document/document';
import { asksForShareOfTheirDay, findDurations, type Duration } from '../lexicon/durations';
import { tagged, type Token } from './nlp';
import { asksForMeeting, asksIn, clausesOf, isParticiple, particleStandsAlone, SUBJECT_QUANTIFIERS } from './speechActs';
import type { OffsetRange } from '../types';

/** Facts about a message that several rules share, computed once per document and on demand. */
export interface MessageAnalysis {
  /** Sentences outside the greeting and sign-off lines. */
  readonly bodySentences: Sentence[];
  /** The sentence that asks for a meeting or call, if any. */
  readonly meetingAsk: Sentence | undefined;
  /** The sentence holding the main ask (meeting or otherwise), if any. */
  readonly askSentence: Sentence | undefined;
  /** The sentence where the sender says who they are, if any. */
  readonly senderIntroduction: Sentence | undefined;
  readonly durations: Duration[];
  /** Words outside the greeting and sign-off lines. */
  readonly bodyWordCount: number;
}

/** Words that name a meeting of any format. */
export const MEETING_WORDS = /\b(?:meet(?:ing|up)?s?|chat(?:ting)?|call|calls|coffee|tea|lunch|dinner|breakfast|drinks?|talk|speak|conversation|catch up|sit down|zoom|teams call|google meet|phone|video|hop on|jump on|get together|hang ?out|informational interview|interview|chat with|connect (?:over|by|via|on a call)|minutes of your time|some of your time|your time)\b/i;

/** Markers of a request addressed to the recipient. */
export const REQUEST_MARKERS = /\b(?:(?:would|could|can|may|might|will) (?:you|we|i)\b|(?:are|would|will) you (?:be )?(?:free|available|open|willing|up for|interested|around|able)|(?:i(?:'|’)?d|(?:i |and )?would) (?:really |very much |so )?(?:love|like|appreciate|be (?:grateful|thrilled|honou?red|delighted|happy))|(?:it|that) would be (?:so |really )?(?:great|wonderful|lovely|amazing|fantastic|helpful|a pleasure|an honou?r) (?:to|if)|i was (?:hoping|wondering)|i(?:'|’)?m hoping|i am hoping|i hope (?:to|we)|hoping (?:to|we|you)|let me know (?:if|when|whether)|any chance|is there (?:any )?(?:time|a chance|a good time)|how (?:does|about|is)|would it be possible|do you have (?:time|a few|any)|(?:does|would) .{0,30}(?:work|suit) (?:for )?you|let(?:'|’)?s\b|please\b|are you free)\b/i;

/**
 * The sender saying who they are: "My name is …", "I'm {{sender.firstName}}, a designer on …", "I'm a second-year
 * associate in …", "I lead …", "I've spent six years …". Not what they did with the recipient's work ("I recently read
 * your post", "I've been following your work"), nor why they write ("I'm writing to ask …").
 */
const SENDER_INTRODUCTION = new RegExp(
  [
    String.raw`\bmy name(?:['’]s| is)\b`,
    String.raw`\bi(?:['’]m| am) (?:(?:also |currently |now |still )?(?:a|an|the|one of|part of|in|on|at|based|studying|working|finishing|graduating|about to|transitioning|moving|pursuing|x{3,}|(?!(?:hoping|wondering|writing|reaching|contacting|emailing|messaging|asking|following|sending|trying|looking forward|curious|sorry|glad|happy|excited|interested|sure)\b)\w+ing)\b)`,
    String.raw`\bi (?:work|lead|run|manage|teach|head|founded|co-?founded|started|joined|oversee|coordinate|study|studied|graduated|build|design|research|coach|organi[sz]e|own|am responsible)\b`,
    String.raw`\bi (?:recently|just) (?:graduated|finished|started|joined|moved|completed|left|switched|became|earned|launched|founded|began|took|wrapped up|defended)\b`,
    String.raw`\bi(?:['’]ve| have) (?:been (?!(?:following|reading|watching|listening|admiring|meaning|wanting|hoping|thinking|looking|a (?:fan|reader|follower|listener|subscriber)|inspired|impressed|curious|interested|enjoying)\b)|spent|worked|led|run|managed|taught|built|studied|recently (?:graduated|finished|started|joined|moved|completed|left|switched|become|launched|founded)|just (?:graduated|finished|started|joined|moved|completed))`,
    String.raw`\bas an? (?!(?:result|thank|way|reminder|follow|favou?r|side|bonus|first|last|quick|small|token|courtesy|gesture)\b)(?:x{3,}|[\w-]+(?: [\w-]+)?) (?:at|in|on|for|with|from)\b`,
  ].join('|'),
  'i',
);

/** "I'm Kim, and …", "I am Priya from …", "This is Sam from …": a name, so case matters. */
const SENDER_NAMED = /\b(?:I(?:['’]m| am)|[Tt]his is) (?:x{3,}|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?=,|\.| and\b| from\b| here\b| with\b| at\b| of\b| -|\s*[—–])/;

export function createAnalysis(document: OutreachDocument): MessageAnalysis {
  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    if (!cache.has(key)) cache.set(key, compute());
    return cache.get(key) as T;
  };
  const inBody = bodyTest(document);
  const outsideFrame = (range: OffsetRange): boolean => inBody(range.start, range.end);
  return {
    get bodySentences() {
      return memo('bodySentences', () => document.sentences.filter((sentence) => outsideFrame(sentence.range)));
    },
    get meetingAsk() {
      return memo('meetingAsk', () =>
        this.bodySentences.find(asksForMeetingIn) ??
        // "We should grab coffee sometime!" or "could be a 15 min call": a meeting put forward as a plan or by its form, with no question or wish.
        this.bodySentences.find((sentence) => clausesOf(tagged(sentence).tokens).some((clause) => proposesMeeting(clause) || offersMeetingForm(clause))),
      );
    },
    get askSentence() {
      return memo('askSentence', () => this.meetingAsk ?? this.bodySentences.find((sentence) => isRequest(sentence.text)));
    },
    get senderIntroduction() {
      return memo('senderIntroduction', () =>
        this.bodySentences.find((sentence) => SENDER_INTRODUCTION.test(sentence.text) || SENDER_NAMED.test(sentence.text)),
      );
    },
    get durations() {
      return memo('durations', () => findDurations(document.prose.slice(document.bodyStart), document.bodyStart));
    },
    get bodyWordCount() {
      return memo('bodyWordCount', () => {
        const { starts, ends } = document.wordSpans;
        let count = 0;
        for (let index = 0; index < starts.length; index++) if (inBody(starts[index]!, ends[index]!)) count++;
        return count;
      });
    },
  };
}

/** A postscript's opening: "P.S.", "PS -", "P.P.S.", "ps:". */
const POSTSCRIPT = /^\s*p\.?\s?(?:p\.?\s?)?s\b\.?/i;

/**
 * Whether the text from `start` to `end` lies between the greeting and the sign-off (outside both lines), or in a
 * postscript after the signature ("P.S. could we do 20 minutes…?"), which is body text again.
 */
export function bodyTest(document: OutreachDocument): (start: number, end: number) => boolean {
  const greeting = document.greetingLine !== undefined ? document.lines[document.greetingLine]?.range : undefined;
  const signOff = document.signOffLine !== undefined ? document.lines[document.signOffLine]?.range : undefined;
  // A postscript after the signature ("P.S. could we do 20 minutes…?") is body text again.
  const postscript = signOff ? document.lines.find((line) => line.range.start > signOff.end && POSTSCRIPT.test(line.text))?.range.start : undefined;
  return (start, end) =>
    !(greeting && start >= greeting.start && end <= greeting.end) && !(signOff && start >= signOff.start && !(postscript !== undefined && start >= postscript));
}

export function isRequest(text: string): boolean {
  return REQUEST_MARKERS.test(text) || /\?\s*$/.test(text);
}

/** Whether the sentence asks them for a meeting or a call, in any words (the speech act, not a word list). */
export function asksForMeetingIn(sentence: Sentence): boolean {
  return asksIn(sentence).some((ask) => asksForMeeting(ask) || asksForShareOfTheirDay(ask.scope) || takesThemOut(ask.scope));
}

/** Verbs by which the sender stands the recipient something to eat or drink: "buy you a pint", "get you a bowl of pho", "treat you to …". */
const STANDING_VERBS = new Set(['buy', 'get', 'treat', 'stand']);
/** Servings of food or drink, so that "a bowl of ramen" or "a plate of oysters" reads as something had together whatever the dish. */
const SERVINGS = new Set(['bowl', 'plate', 'platter', 'cup', 'mug', 'glass', 'pot', 'pint', 'round', 'slice', 'basket', 'portion', 'bite', 'meal', 'cuppa', 'beer', 'brunch', 'supper', 'snack']);

/**
 * Hospitality offered as the ask: the sender takes the recipient out ("may I take you for a bowl of ramen?", "could I
 * take you out sometime?") or stands them something to eat or drink ("let me buy you a plate of dumplings"). Having it
 * together is the meeting, whatever the dish. Not "take you through the figures", "take you up on it", "buy you a copy".
 */
function takesThemOut(scope: readonly Token[]): boolean {
  return scope.some((token, index) => {
    if (token.negated || token.pos !== 'VERB' || scope[index + 1]?.lower !== 'you') return false;
    let at = index + 2;
    if (token.lemma === 'take') {
      if (scope[at]?.lower === 'out') return true;
      return scope[at]?.lower === 'for' && scope[at + 1]?.pos === 'DET';
    }
    if (!STANDING_VERBS.has(token.lemma)) return false;
    if (token.lemma === 'treat' && scope[at]?.lower === 'to') at++;
    // "a bowl of …", "a quick cuppa", "lunch": a serving or a meal within the noun phrase that follows.
    for (let end = Math.min(scope.length, at + 4); at < end; at++) {
      const word = scope[at]!;
      if (SERVINGS.has(word.lemma) || SERVINGS.has(word.lower) || (word.pos === 'NOUN' && MEETING_WORDS.test(word.text))) return true;
      if (!(word.pos === 'DET' || word.pos === 'ADJ' || word.pos === 'NUM')) return false;
    }
    return false;
  });
}

/** Modals that put a plan forward when "we" is their subject: "we should", "we could", "we must", "we ought to" ("we might" only guesses). */
const PROPOSING_MODALS = new Set(['should', 'could', 'must', 'ought']);

/**
 * A statement proposing that sender and recipient meet: "we" (or "you and I") with a proposing modal and a meeting word
 * after it ("we should grab coffee sometime", "we could hop on a call when you're back", "we really ought to get together
 * over tea"). Adverbs may stand on either side of the modal ("we really should", "we should definitely"). Not a negated
 * or past one ("we should have met sooner", "we ought never to have missed it", "we couldn't meet"), and not a plan for
 * others ("we should invite them to lunch").
 */
function proposesMeeting(clause: readonly Token[]): boolean {
  for (let index = 0; index < clause.length - 1; index++) {
    if (!plansTogether(clause, index)) continue;
    let at = index + 1;
    while (clause[at] && !clause[at]!.negated && (clause[at]!.pos === 'ADV' || SUBJECT_QUANTIFIERS.has(clause[at]!.lower))) at++;
    const modal = clause[at];
    if (!modal || !PROPOSING_MODALS.has(modal.lower) || modal.negated) continue;
    // "should really", "ought to", "could maybe": the verb comes after adverbs and the "to" of "ought to".
    let verb = at + 1;
    while (clause[verb] && !clause[verb]!.negated && (clause[verb]!.pos === 'ADV' || clause[verb]!.lower === 'to')) verb++;
    const next = clause[verb];
    // "we should have met", "we ought to have talked": a past that did not happen; "we should have a chat" or "have lunch" still proposes one.
    if (!next || next.negated || (next.lower === 'have' && isParticiple(clause[verb + 1]))) continue;
    const scope = clause.slice(at);
    if (asksForMeeting({ form: 'wish', head: at, scope }) || scope.some((token, offset) => !token.negated && (gathers(scope, offset) || SHARED_TREATS.has(token.lemma)))) return true;
  }
  return false;
}

/** Verbs of two people coming together, with their particle and no object: "catch up", "get together", "hang out". */
const GATHERINGS: Record<string, string> = { catch: 'up', get: 'together', hang: 'out' };
/** What two people have together when they meet and that the meeting words do not name: "a pint", "a cuppa". */
const SHARED_TREATS = new Set(['beer', 'pint', 'cuppa', 'brunch']);

function gathers(scope: readonly Token[], index: number): boolean {
  const particle = GATHERINGS[scope[index]!.lemma];
  if (particle === undefined || scope[index + 1]?.lower !== particle) return false;
  // "get together the figures", "hang out the banners": the particle of a verb with an object is no meeting.
  return particleStandsAlone(scope[index + 2]);
}

/** "we" as a subject, or "you and I" / "you and me" (the two of them named one by one). */
function plansTogether(clause: readonly Token[], index: number): boolean {
  const word = clause[index]!.lower;
  if (word === 'we') return true;
  return (word === 'i' || word === 'me') && clause[index - 1]?.lower === 'and' && clause[index - 2]?.lower === 'you';
}

/** Modals by which a meeting's form is put forward: "(it) could be a quick call", "this can be a 10-minute zoom". */
const FORM_MODALS = new Set(['could', 'can', 'would', 'might', 'may', "'d"]);
/** Words that may stand for what is being arranged, or nothing at all: "it could be", "this can be", "could be". */
const ARRANGEMENT_SUBJECTS = new Set(['it', 'this', 'that']);
/** The formats a meeting takes, as nouns: a call, a chat, a zoom (not "talk", which is often the recipient's lecture). */
const MEETING_FORMS = new Set(['call', 'videocall', 'chat', 'coffee', 'zoom', 'facetime', 'skype', 'meeting', 'catch-up', 'conversation', 'meet']);

/**
 * A meeting put forward by naming its form, with "it" or no subject at all: "could be a 15 min videocall", "It can
 * just be a quick phone chat", "this could be a ten-minute zoom, nothing formal". The noun after "be" is a meeting's
 * format and heads its phrase ("a call centre issue" is none). Not a noun subject ("the delay could be a call
 * centre issue"), a negated one ("it can't be a call") or a past one ("it was a great call").
 */
function offersMeetingForm(clause: readonly Token[]): boolean {
  // A sentence end inside the clause ("…wool prices. could be a call", where lower case kept the sentences together) starts one too.
  return clause.some((token, index) => (index === 0 || SENTENCE_ENDS.has(clause[index - 1]!.text)) && offersMeetingFormAt(clause, index));
}

const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);

function offersMeetingFormAt(clause: readonly Token[], from: number): boolean {
  let at = from;
  while (clause[at] && (clause[at]!.pos === 'PUNCT' || clause[at]!.pos === 'CCONJ' || clause[at]!.pos === 'INTJ' || (clause[at]!.pos === 'ADV' && clause[at]!.lower !== 'not'))) at++;
  if (ARRANGEMENT_SUBJECTS.has(clause[at]?.lower ?? '')) at++;
  const modal = clause[at];
  if (!modal || modal.negated || !FORM_MODALS.has(modal.lower)) return false;
  at++;
  while (clause[at]?.pos === 'ADV' && !clause[at]!.negated) at++;
  if (clause[at]?.lemma !== 'be' || clause[at]!.negated) return false;
  // "a 15 min videocall", "just a quick phone chat": determiners, numbers, adjectives and describing nouns up to the head noun.
  for (let index = at + 1; index < Math.min(clause.length, at + 8); index++) {
    const word = clause[index]!;
    if (word.negated) return false;
    if (MEETING_FORMS.has(word.lemma) && (word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'VERB')) {
      // "a call centre issue", "a call for papers": the format word describes something else.
      const next = clause[index + 1];
      return !(next?.pos === 'NOUN' && !MEETING_FORMS.has(next.lemma)) && !(word.lemma === 'call' && next?.lower === 'for');
    }
    if (!(word.pos === 'DET' || word.pos === 'NUM' || word.pos === 'ADJ' || word.pos === 'ADV' || word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'PUNCT')) return false;
  }
  return false;
}
