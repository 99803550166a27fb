import { declarePlaceholders } from '../fixes/clauseFixes';
import { isRequest } from '../language/analysis';
import type { Sentence } from '../document/document';
import { findDurations } from '../lexicon/durations';
import { PURPOSE } from '../lexicon/logistics';
import { tagged, type Token } from '../language/nlp';
import { clauseSnippet } from '../config/phrases';
import type { Rule, RuleContext } from './rule';
import type { Fix } from '../types';
import { clausesOf, isParticiple, particleStandsAlone, SUBJECT_QUANTIFIERS } from '../language/speechActs';

const MAX_ALTERNATIVES = 3;
const SOMETIME = String.raw`(?:sometime|some time|someday|some day|one day|soon|one of these days|at some point)`;
/** Something two people have together when they "grab" it: a coffee, a soda, a pint, a bite. */
const TREAT = String.raw`(?:(?:a|an|some) )?(?:(?:quick|cold|hot|cheap|little) )?(?:coffees?|teas?|cuppas?|drinks?|beers?|pints?|sodas?|pops?|cokes?|juices?|smoothies?|milkshakes?|shakes|boba|lemonades?|ice creams?|donuts?|doughnuts?|tacos?|burgers?|pizzas?|slices?|snacks?|bites?(?: to eat)?|brews?|breakfast|brunch|lunch|dinner)`;
/** An open-ended invitation put without a plan frame: "grab a coffee sometime", "meet up one of these days". */
const VAGUE_INVITATION = new RegExp(
  [
    String.raw`\b(?:grab|get|do|have|go for) ${TREAT} ${SOMETIME}\b`,
    String.raw`\b(?:meet up|get together|hang out|meet for ${TREAT}) ${SOMETIME}\b`,
  ].join('|'),
  'i',
);

export const vagueCoffee: Rule = {
  meta: {
    id: 'vague-coffee',
    severity: 'warning',
    kinds: ['request'],
    description: 'The whole ask is an open-ended “let’s do coffee” with no topic and no length.',
    docs: {
      why:
        'A “let’s grab coffee sometime” puts all the work on the recipient: they must guess what you want, judge whether it is worth an hour of their day, offer times and pick a place. Busy people get many of these and can only turn them down. Saying what you would talk about and how long it would take turns the invitation into something they can answer.',
      evidence:
        'Evidence is a plan put to them as “let’s” or “we should”, or an invitation such as “fancy a…?” or “up for a…?”, to grab a drink or a bite, get together or meet up (sometime), or to do something and “just hang out”, with no length and no topic anywhere in the ask.',
      worse: 'Let’s grab coffee sometime!',
      better: 'Would you have 15 minutes for a call next week? I would like to hear how you built the mentoring programme at your company.',
    },
    fixable: true,
  },
  check(context) {
    const { analysis } = context;
    const vague = analysis.bodySentences.find((sentence) => VAGUE_INVITATION.test(sentence.text) || clausesOf(tagged(sentence).tokens).some((clause) => plansToGetTogether(clause) || invitesToTreat(clause)));
    if (!vague || analysis.bodySentences.some((sentence) => findDurations(sentence.text).length > 0) || statesPurpose(vague, analysis.bodySentences)) return;
    context.report({
      range: vague.range,
      message: 'An open-ended “let’s do coffee” leaves the recipient to guess what you want: say what you would talk about and for how long (e.g. 15 minutes).',
      fixes: concreteAskFixes(context, vague),
    });
  },
};

/** Modals (and "need to", "have to") that put a plan forward when the two of them are the subject. */
const PLAN_MODALS = new Set(['should', 'could', 'must', 'ought', 'gotta', 'need', 'have']);
/** Verbs of coming together with their particle, and no object after: "get together", "meet up", "hang out". */
const GATHERINGS: Record<string, string> = { get: 'together', meet: 'up', hang: 'out' };
/** Verbs one has a treat with: "grab a coffee", "have a pint", "go for a bite", "split a pizza". */
const TREAT_VERBS = new Set(['do', 'grab', 'get', 'have', 'go', 'split', 'share', 'meet']);
const TREATS = new Set([
  'coffee', 'tea', 'cuppa', 'drink', 'beer', 'pint', 'soda', 'pop', 'coke', 'juice', 'smoothie', 'milkshake', 'shake', 'boba', 'lemonade',
  'donut', 'doughnut', 'taco', 'burger', 'pizza', 'slice', 'snack', 'bite', 'brew', 'breakfast', 'brunch', 'lunch', 'dinner',
]);

/**
 * A plan for the two of them to meet, with nothing more to it: "let's" or "we" / "you and I" with a modal of proposing
 * (adverbs allowed on either side: "we really ought to", "we should definitely"), then a verb of coming together ("get
 * together", "meet up", "hang out") or of having a treat together ("grab a coffee", "go for a pint"). Not a negated or
 * past plan ("we should have met for lunch"), and not "get together the figures".
 */
function plansToGetTogether(clause: readonly Token[]): boolean {
  for (let index = 0; index < clause.length - 1; index++) {
    const verb = planVerb(clause, index);
    if (verb === undefined) continue;
    const word = clause[verb];
    if (!word || word.negated) continue;
    const particle = GATHERINGS[word.lemma];
    if (particle !== undefined && clause[verb + 1]?.lower === particle && particleStandsAlone(clause[verb + 2])) return true;
    if (TREAT_VERBS.has(word.lemma) && treatAfter(clause, verb + 1)) return true;
    if (gathersAfterAnd(clause, verb + 1)) return true;
  }
  return false;
}

/**
 * A second verb the plan shares by "and", with its subject and modal left out: "we should grab a double-double some
 * time and just hang out", "let's find a bench and catch up". The gathering verb must have its particle and no object
 * ("and get together the paperwork" is no meeting), and the "and" must join verbs of the same plan (no new subject).
 */
function gathersAfterAnd(clause: readonly Token[], from: number): boolean {
  for (let index = from; index < clause.length - 1; index++) {
    const word = clause[index]!;
    if (word.lower !== 'and' || word.pos !== 'CCONJ') continue;
    let at = index + 1;
    while (clause[at] && !clause[at]!.negated && clause[at]!.pos === 'ADV') at++;
    const verb = clause[at];
    if (!verb || verb.negated || verb.pos !== 'VERB') continue;
    const particle = GATHERINGS[verb.lemma] ?? (verb.lemma === 'catch' ? 'up' : undefined);
    if (particle === undefined || clause[at + 1]?.lower !== particle) continue;
    if (particleStandsAlone(clause[at + 2])) return true;
  }
  return false;
}

/** Index of the verb a plan puts forward when the plan starts at `index` ("let's …", "we really should …"), if it does. */
function planVerb(clause: readonly Token[], index: number): number | undefined {
  const word = clause[index]!;
  let at: number;
  if (word.lemma === 'let' && clause[index + 1]?.lemma === 'us' && !word.negated) {
    at = index + 2;
  } else if (word.lower === 'we' || ((word.lower === 'i' || word.lower === 'me') && clause[index - 1]?.lower === 'and' && clause[index - 2]?.lower === 'you')) {
    let modal = index + 1;
    while (clause[modal] && !clause[modal]!.negated && (clause[modal]!.pos === 'ADV' || SUBJECT_QUANTIFIERS.has(clause[modal]!.lower))) modal++;
    const token = clause[modal];
    if (!token || token.negated || !PLAN_MODALS.has(token.lower) && !PLAN_MODALS.has(token.lemma)) return undefined;
    // "need to", "have to", "ought to": the modal's "to" is required; "we have lunch" states a habit.
    if ((token.lemma === 'need' || token.lemma === 'have' || token.lower === 'ought') && clause[modal + 1]?.lower !== 'to') return undefined;
    // "we needed to", "we had to": a past duty, not a plan.
    if ((token.lemma === 'need' || token.lemma === 'have') && token.lower !== token.lemma) return undefined;
    at = modal + 1;
  } else {
    return undefined;
  }
  while (clause[at] && !clause[at]!.negated && (clause[at]!.pos === 'ADV' || clause[at]!.lower === 'to')) at++;
  // "we should have met for lunch": a past that did not happen.
  const next = clause[at];
  if (next?.lower === 'have' && isParticiple(clause[at + 1])) return undefined;
  return at;
}

/** Openings of an invitation put as a question with its "do you" / "are you" optional: "fancy …", "up for …", "how about …". */
const INVITATION_OPENERS: readonly (readonly string[])[] = [['fancy'], ['up', 'for'], ['how', 'about'], ['what', 'about'], ['free', 'for'], ['game', 'for'], ['keen', 'for'], ['around', 'for']];
/** Words an invitation opener may follow: the start of the clause, a lead-in, or "you" ("do you fancy", "are you up for"). */
const BEFORE_OPENER = new Set(['so', 'and', 'then', 'just', 'well', 'maybe', 'perhaps', 'anyway', 'you']);

/**
 * An invitation to a treat with nothing more to it: "Fancy a cup somewhere one of these weeks?", "Up for a pint
 * sometime?", "How about a coffee when you're back?", "do you fancy grabbing a bite?". Not "a fancy coffee machine"
 * (the opener must start the clause or follow "you"), "fancy a cup of flour" or "how about the budget?".
 */
function invitesToTreat(clause: readonly Token[]): boolean {
  for (let index = 0; index < clause.length; index++) {
    const opener = INVITATION_OPENERS.find((words) => words.every((word, offset) => clause[index + offset]?.lower === word));
    if (!opener || clause[index]!.negated) continue;
    const before = clause[index - 1];
    if (before && before.pos !== 'PUNCT' && !BEFORE_OPENER.has(before.lower)) continue;
    let at = index + opener.length;
    // "fancy grabbing a brew", "up for getting together": the treat or the gathering comes after a verb of having it.
    const verb = clause[at];
    if (verb && verb.pos === 'VERB' && (TREAT_VERBS.has(verb.lemma) || GATHERINGS[verb.lemma] !== undefined)) {
      const particle = GATHERINGS[verb.lemma];
      if (particle !== undefined && clause[at + 1]?.lower === particle) return true;
      at++;
    }
    if (treatAfter(clause, at)) return true;
  }
  return false;
}

/** Servings that stand for the drink when nothing follows: "a cup", "a quick mug" (not "a cup of flour", "a cup holder"). */
const SERVINGS_ALONE = new Set(['cup', 'mug']);

/** A treat within the verb's object: "a coffee", "a quick pint", "for a bite", "a pot of tea", "a cup". */
function treatAfter(clause: readonly Token[], from: number): boolean {
  for (let index = from; index < Math.min(clause.length, from + 6); index++) {
    const word = clause[index]!;
    if (word.negated) return false;
    // "a coffee", "lunch"; not "tea towels" or "coffee beans", where the treat only describes another thing.
    if (TREATS.has(word.lemma) || TREATS.has(word.lower)) return (word.pos === 'NOUN' || word.pos === 'VERB' || word.pos === 'PROPN') && clause[index + 1]?.pos !== 'NOUN';
    if (SERVINGS_ALONE.has(word.lower) && word.pos === 'NOUN') {
      const next = clause[index + 1];
      if (!next || !(next.lower === 'of' || next.pos === 'NOUN' || next.pos === 'PROPN')) return true;
    }
    if (!(word.pos === 'DET' || word.pos === 'ADJ' || word.pos === 'ADP' || word.pos === 'NUM' || word.lower === 'pot' || word.lower === 'cup' || word.lower === 'round')) return false;
  }
  return false;
}

/** Whether the invitation, or any other ask in the message, says what the conversation would be about. */
function statesPurpose(vague: Sentence, sentences: readonly Sentence[]): boolean {
  return sentences.some((sentence) => (sentence === vague || isRequest(sentence.text)) && PURPOSE.test(withoutTheirWorksTopic(sentence)));
}

/** Words that make a noun phrase the recipient's: "your", and its hurried spellings. */
const THEIR = new Set(['your', 'ur', 'yr']);
/** Words a description of their work may hold between "your" and "about": "your recent LinkedIn post about". */
const DESCRIBING = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV', 'X']);

/**
 * The sentence with the topic of the recipient's own work blanked out: "saw your post about realtime captioning",
 * "your recent thread on how you price commissions", "the piece you wrote about soil" say what they made, not what the
 * meeting would be about. "Let's grab a coffee and talk about your post" keeps its topic.
 */
function withoutTheirWorksTopic(sentence: Sentence): string {
  const tokens = tagged(sentence).tokens;
  let text = sentence.text;
  tokens.forEach((token, index) => {
    const topic = token.lower === 'about' || token.lower === 'regarding' || (token.lower === 'on' && tokens[index + 1]?.lower === 'how');
    if (!topic || !(describesTheirWork(tokens, index - 1) || theyMadeIt(tokens, index - 1))) return;
    const end = token.lower === 'on' ? tokens[index + 1]!.end : token.end;
    text = text.slice(0, token.start) + ' '.repeat(end - token.start) + text.slice(end);
  });
  return text;
}

/** "your post", "your recent LinkedIn thread": a noun ending at `at` whose phrase starts with "your". */
function describesTheirWork(tokens: readonly Token[], at: number): boolean {
  if (!(tokens[at]?.pos === 'NOUN' || tokens[at]?.pos === 'PROPN')) return false;
  for (let index = at; index >= Math.max(0, at - 4); index--) {
    const word = tokens[index]!;
    if (THEIR.has(word.lower)) return true;
    if (!DESCRIBING.has(word.pos)) return false;
  }
  return false;
}

/** "you wrote", "you recently posted", "you talked": something the recipient made or said, just before the topic. */
function theyMadeIt(tokens: readonly Token[], at: number): boolean {
  let index = at;
  while (tokens[index]?.pos === 'ADV') index--;
  const verb = tokens[index];
  // Past only ("you wrote", "you posted"): "hear you talk about" names the meeting's topic.
  if (!verb || verb.pos !== 'VERB' || verb.lower === verb.lemma) return false;
  let subject = index - 1;
  while (tokens[subject]?.pos === 'ADV') subject--;
  return tokens[subject]?.lower === 'you';
}

/** Replaces the invitation with a time-limited ask followed by a purpose clause from the phrase library. */
function concreteAskFixes(context: RuleContext, vague: Sentence): Fix[] {
  const kind = context.document.frontMatter.kind;
  const timeLimit = context.phrases.inCategory('time-limit', kind)[0];
  if (!timeLimit) return [];
  return context.phrases
    .inCategory('purpose', kind)
    .slice(0, MAX_ALTERNATIVES)
    .map((purpose, index) => {
      const ask = `${timeLimit.text} ${purpose.text}`;
      return declarePlaceholders(context, {
        title: `Ask for ${timeLimit.label.toLowerCase()} with a purpose: “${purpose.label}”`,
        edits: [{ range: vague.range, newText: ask, snippet: clauseSnippet(ask) }],
        preferred: index === 0,
      });
    });
}
