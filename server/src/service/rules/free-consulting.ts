import { insertSentenceEdit } from '../fixes/edits';
import { OFFERS_PAYMENT, bodyProse, findPhrases, isAskLike, isNegated, type PhraseMatch } from '../lexicon/value';
import type { Rule } from './rule';
import type { Fix } from '../types';
import { asksIn, type Token } from '../language/speechActs';
import { tagged } from '../language/nlp';
import type { Sentence } from '../document/document';

const PICK_YOUR_BRAIN = /\bpick(?:ing|ed)?\s+(?:your|ur)\s+brains?\b/gi;

/** What a consultant is paid to work on: the sender's own business, product, plan or money. */
const OWN_VENTURE = String.raw`(?:my|our)\s+(?:(?!(?:application|job|interview|learning|career|study|portfolio|resume|personal)\b)[\w-]+\s+)?(?:business(?:\s+(?:plan|model|strategy))?|startup|start-up|company|product|app|website|site|store|shop|brand|pitch|strategy|marketing|sales|funnel|pricing|finances|budget|taxes|investments|process|hiring|recruiting|operations|codebase|architecture|prototype|mvp|launch|campaign|seo|fundrais(?:e|ing)|go-to-market|venture|agency|practice|firm)\b`;

/** Expert work on it: a review, a diagnosis, a strategy, a fix. */
const EXPERT_WORK = new RegExp(
  String.raw`\b(?:review|audit|critique|diagnose|troubleshoot|advice\s+(?:on|about|for)|advise\s+(?:me|us)\s+on|strategy\s+for|help\s+(?:me\s+|us\s+)?(?:with|improve|fix|grow|scale|figure\s+out|set\s+up|structure|price|market|launch)|(?:improve|fix|grow|scale|optimi[sz]e|price|market|restructure)|how\s+(?:i|we)\s+(?:could|can|should|might)\s+(?:improve|fix|grow|scale|optimi[sz]e|price|market|launch|structure|run|handle|approach))\s+(?:[\w'’-]+\s+){0,2}?${OWN_VENTURE}`,
  'gi',
);

/** Any ask for advice, which is the product itself when the recipient sells advice. */
const ADVICE_ASK = /\b(?:advice|advise|tips|guidance|recommendations?|suggestions?|input|feedback|expertise|insights?|your (?:take|thoughts|view|opinion)s?|(?:help|guide) (?:me|us))\b/gi;

/** Their own story, which an informational chat is for even with an adviser ("how you built your practice"). */
const THEIR_PATH = /\b(?:your (?:path|journey|career|story)|how you (?:got|started|became|built|grew|moved|made|ended up|decided))\b/i;

const PAID_SESSION = 'If it is easier, I would be glad to book this as a paid session at your usual rate.';
/** For a favor done by email (a review, a marked-up plan): paying for it without turning it into a meeting. */
const PAID_WORK = 'If it is easier, I would be glad to pay your usual rate for this.';
const SPECIFIC_QUESTIONS = 'ask you a couple of specific questions';

export const freeConsulting: Rule = {
  meta: {
    id: 'free-consulting',
    severity: 'warning',
    kinds: ['request'],
    description: 'The request asks for free expert work ("pick your brain", a review of your business or plan) or for advice the recipient sells.',
    docs: {
      why:
        'A networking chat is not a free consultation. People who earn a living from advice (consultants, coaches, advisers) make time for networking, but handing out their paid service for nothing is not part of it, and "pick your brain" signals exactly that kind of open-ended taking. Career questions about their own path are the point of an informational chat; help with your business, product or finances is work, so ask for it as work and offer to pay.',
      evidence:
        'Evidence is an ask for a review, a fix or their plan for something the sender owns as an organisation or venture ("look over our budget", "how would you price our honey"), or any advice ask when they sell advice; the sender\'s career, CV or job search is not such work.',
      worse: 'I would love to pick your brain about our pricing strategy over coffee.',
      better: 'I would love to hear how you decided to go independent after ten years in agencies. Would you have 15 minutes next week?',
    },
    fixable: true,
  },
  check(context) {
    const sentences = context.analysis.bodySentences;
    const paidSessionFix = (sentence: Sentence, preferred: boolean): Fix => paidFix(sentence, preferred, context.analysis.meetingAsk !== undefined);
    if (OFFERS_PAYMENT.test(bodyProse(sentences))) return;
    const { sellsAdvice } = context.document.frontMatter;
    const reported = new Set<number>();
    const report = (match: PhraseMatch, message: string, fixes: Fix[]): void => {
      if (reported.has(match.sentence.range.start) || isNegated(match.sentence.text, match.index)) return;
      reported.add(match.sentence.range.start);
      context.report({ range: match.range, message, fixes });
    };
    // When the message also asks for expert work, questions instead of "pick your brain" would leave that ask: the
    // paid session answers both.
    const ventures = sendersVentures(sentences);
    const asksExpertWork = findPhrases(sentences, EXPERT_WORK).length > 0 || sentences.some((sentence) => expertWorkAsked(sentence, sellsAdvice === true, ventures));
    for (const match of findPhrases(sentences, PICK_YOUR_BRAIN)) {
      report(
        match,
        sellsAdvice
          ? '“Pick your brain” asks for free advice from someone who sells it: ask to book a paid session, or ask about their own path instead.'
          : '“Pick your brain” reads as a request for free advice: name the one or two specific questions you want to ask instead.',
        [replaceWithQuestions(match, !sellsAdvice && !asksExpertWork), paidSessionFix(match.sentence, sellsAdvice === true || asksExpertWork)],
      );
    }
    for (const match of findPhrases(sentences, EXPERT_WORK).filter((candidate) => isAskLike(candidate.sentence.text))) {
      report(match, 'This asks for expert work on your own business for free: ask about their experience instead, or offer to pay for a session.', [
        paidSessionFix(match.sentence, true),
      ]);
    }
    for (const sentence of sentences) {
      const work = expertWorkAsked(sentence, sellsAdvice === true, ventures);
      if (!work) continue;
      report(
        { sentence, range: { start: sentence.range.start + work.start, end: sentence.range.start + work.end }, text: sentence.text.slice(work.start, work.end), index: work.start, groups: {} },
        sellsAdvice
          ? 'They earn a living from this kind of work: ask to book a paid session rather than a free chat.'
          : 'This asks for expert work on your own business for free: ask about their experience instead, or offer to pay for a session.',
        [paidSessionFix(sentence, true)],
      );
    }
    if (!sellsAdvice) return;
    const adviceAsks = findPhrases(sentences, ADVICE_ASK).filter(
      (match) => isAskLike(match.sentence.text) && !THEIR_PATH.test(match.sentence.text),
    );
    for (const match of adviceAsks) {
      report(match, 'They earn a living from this kind of advice: ask to book a paid session rather than a free chat.', [
        paidSessionFix(match.sentence, true),
      ]);
    }
  },
};

function replaceWithQuestions(match: PhraseMatch, preferred: boolean): Fix {
  const newText = /^picking/i.test(match.text) ? 'asking you a couple of specific questions' : SPECIFIC_QUESTIONS;
  return { title: 'Ask a couple of specific questions instead', edits: [{ range: match.range, newText }], preferred };
}

/** Adds an offer to pay right after the sentence that asks for the advice: a paid session when they would meet. */
function paidFix(sentence: Sentence, preferred: boolean, meeting: boolean): Fix {
  return {
    title: meeting ? 'Offer a paid session' : 'Offer to pay for the work',
    edits: [insertSentenceEdit(sentence.range.end, meeting ? PAID_SESSION : PAID_WORK)],
    preferred,
  };
}

/** Verbs and nouns of an expert looking at something: "review", "look over", "go through", "your take on", "feedback on". */
const WORK_LEMMAS = new Set(['review', 'audit', 'critique', 'assess', 'evaluate', 'check', 'vet', 'diagnose', 'troubleshoot', 'fix', 'restructure', 'redesign', 'rework', 'optimize', 'optimise', 'feedback', 'take', 'opinion', 'thought', 'input', 'eye', 'advice', 'advise', 'expertise', 'critique', 'comment']);
/** Two-word work verbs: "look over", "look at", "go through", "weigh in", "sanity check". */
const WORK_PARTICLES: Record<string, readonly string[]> = { look: ['over', 'at', 'through', 'into'], go: ['through', 'over'], tap: ['your'], run: ['through', 'by', 'past'], sanity: ['check'], pressure: ['test'], tear: ['apart'], poke: ['holes', 'at'], walk: ['through'] };
/** What a person's own venture is called: "my startup", "my shop's pricing". */
const VENTURE_NOUNS = new Set(['business', 'startup', 'company', 'product', 'app', 'website', 'site', 'store', 'shop', 'brand', 'pitch', 'deck', 'strategy', 'pricing', 'finances', 'budget', 'taxes', 'books', 'accounts', 'codebase', 'prototype', 'campaign', 'agency', 'practice', 'firm', 'studio', 'bakery', 'restaurant', 'salon', 'clinic', 'label', 'model', 'plan', 'contract', 'term', 'funnel', 'launch', 'venture']);
/** What the sender owns that is their career, which an informational chat may be about (unless the recipient sells that advice). */
const CAREER_OBJECTS = new Set(['application', 'career', 'path', 'cv', 'resume', 'résumé', 'portfolio', 'job', 'interview', 'cover', 'letter', 'learning', 'study', 'studies', 'plan', 'transition', 'background', 'profile', 'linkedin', 'question', 'questions', 'situation', 'options', 'next', 'move']);

/** Words that name a career matter only when one person owns them ("my plan", "my next move"), not an organisation. */
const PERSONAL_ONLY = new Set(['plan', 'situation', 'options', 'next', 'move']);
const CAREER_OBJECTS_OF_A_PERSON = new Set([...CAREER_OBJECTS].filter((word) => !PERSONAL_ONLY.has(word)));
/** Modals of the recipient doing the sender's thing in their stead: "how you'd sequence my launch", "what you would do with our pricing". */
const IN_THEIR_PLACE = new Set(['would', "'d", 'should']);
/** Verbs of seeing or reading something, not of working on it. */
const OPINION_VERBS = new Set(['read', 'see', 'view', 'interpret', 'think', 'feel', 'say', 'describe', 'explain', 'know', 'understand', 'remember', 'expect', 'imagine', 'find', 'like', 'love', 'hear']);

/**
 * The span of an ask for expert work on something of the sender's: an ask (question, imperative or wish) whose scope
 * holds a work verb or noun followed by "our/my <thing>" (or, when they sell advice, by anything of the sender's).
 */
function expertWorkAsked(sentence: Sentence, sellsAdvice: boolean, ventures: Ventures): { start: number; end: number } | undefined {
  const tokens = tagged(sentence).tokens;
  for (const ask of asksIn(sentence)) {
    const scope = ask.scope;
    // "we are redoing our fee structure, and I was hoping you could go through both": the work's object named before the ask.
    const before = tokens.slice(0, Math.max(0, tokens.indexOf(scope[0]!)));
    const ownedObject = (within: readonly Token[], from: number, advice: boolean, owned: Ventures): Token | undefined =>
      objectOwned(within, from, advice, owned) ?? (within === scope && ANAPHORS.has(scope[from]?.lower ?? '') && antecedentOwned(before, advice, owned) ? scope[from] : undefined);
    for (let index = 0; index < scope.length; index++) {
      const token = scope[index]!;
      if (token.negated) continue;
      const particles = WORK_PARTICLES[token.lemma];
      const particle = particles ? particleAfter(scope, index + 1, particles) : undefined;
      const withParticle = particle !== undefined;
      const isWork = (WORK_LEMMAS.has(token.lemma) && (token.lemma !== 'take' || scope[index - 1]?.lower === 'your')) || withParticle;
      if (isWork) {
        const object = ownedObject(scope, particle !== undefined ? particle + 1 : index + 1, sellsAdvice, ventures);
        if (object) return { start: token.start, end: object.end };
      }
      // "how you'd sequence my card drive", "what you would do with our pricing": their plan for the sender's own thing.
      const verb = inTheirPlace(scope, index);
      if (verb !== undefined) {
        const object = ownedObject(scope, verb + 1, sellsAdvice, ventures);
        if (object) return { start: token.start, end: object.end };
      }
    }
  }
  return undefined;
}

/** At "how/what you would <verb>": the index of the verb; the recipient working out the sender's matter as if it were theirs. */
function inTheirPlace(scope: readonly Token[], index: number): number | undefined {
  if (scope[index]!.lower !== 'how' && scope[index]!.lower !== 'what') return undefined;
  // "how you would price …" or, asked outright, "how would you price …".
  const statement = scope[index + 1]?.lower === 'you' && IN_THEIR_PLACE.has(scope[index + 2]?.lower ?? '');
  const question = IN_THEIR_PLACE.has(scope[index + 1]?.lower ?? '') && scope[index + 2]?.lower === 'you';
  if (!statement && !question) return undefined;
  let verb = index + 3;
  while (scope[verb]?.pos === 'ADV') verb++;
  // "how you would have handled my …" looks back at their own case; it still works out the sender's matter.
  if (scope[verb]?.lower === 'have') verb++;
  const word = scope[verb];
  // "what you would do with …" (tagged as an auxiliary) acts on it; "how you'd read our rules" only interprets them.
  if (!word || word.negated || !(word.pos === 'VERB' || word.lemma === 'do') || OPINION_VERBS.has(word.lemma)) return undefined;
  return verb;
}

/**
 * Where the particle of a two-word work verb sits: right after it ("go through"), or past how it is done ("go line by line
 * through", "look carefully over").
 */
function particleAfter(scope: readonly Token[], at: number, particles: readonly string[]): number | undefined {
  let index = at;
  for (let step = 0; step < 2; step++) {
    if (particles.includes(scope[index]?.lower ?? '')) return index;
    // "line by line", "page by page", "step by step": a noun repeated around "by".
    if (scope[index]?.pos === 'NOUN' && scope[index + 1]?.lower === 'by' && scope[index + 2]?.lower === scope[index]!.lower) index += 3;
    else if (scope[index]?.pos === 'ADV' && !particles.includes(scope[index]!.lower)) index++;
    else return undefined;
  }
  return particles.includes(scope[index]?.lower ?? '') ? index : undefined;
}

/** Verbs by which the sender says a venture is theirs: "I run a small bakery", "we founded a co-op", "I own a salon". */
const OWNING_VERBS = new Set(['run', 'own', 'found', 'co-found', 'cofound', 'operate', 'launch', 'start', 'open']);

/** Verbs by which the sender says they made a piece of their venture's work: "I've drafted a budget", "we wrote a pitch deck". */
const MAKING_VERBS = new Set(['draft', 'write', 'prepare', 'build', 'sketch', 'create', 'design', 'develop', 'assemble', 'compile', 'model', 'finish', 'put']);

/** What the sender has said is theirs: ventures they run (owned) and pieces of a venture's work they made (made). */
interface Ventures {
  owned: ReadonlySet<string>;
  made: ReadonlySet<string>;
}

/**
 * The nouns the sender has named as their own venture in the message ("I run a two-chair barbershop" → barbershop), so
 * that "the barbershop's price list" later is theirs as much as "our price list" is; and the venture work they say they
 * made ("I've drafted the pricing and a budget" → pricing, budget), so that "that budget" later is theirs too.
 */
function sendersVentures(sentences: readonly Sentence[]): Ventures {
  const ventures = new Set<string>();
  const made = new Set<string>();
  for (const sentence of sentences) {
    const tokens = tagged(sentence).tokens;
    tokens.forEach((token, index) => {
      if (token.lower !== 'i' && token.lower !== 'we') return;
      let verb = index + 1;
      while (tokens[verb]?.pos === 'ADV' || tokens[verb]?.pos === 'AUX') verb++;
      const verbToken = tokens[verb];
      if (verbToken && !verbToken.negated && verbToken.pos === 'VERB' && MAKING_VERBS.has(verbToken.lemma)) {
        for (const noun of madeObjects(tokens, verb + 1)) made.add(noun);
      }
      if (!verbToken || verbToken.negated || verbToken.pos !== 'VERB' || !OWNING_VERBS.has(verbToken.lemma)) return;
      // "I run a two-person taxidermy studio": the head noun of the object, the last of its compound.
      if (!['a', 'an', 'my', 'our', 'the'].includes(tokens[verb + 1]?.lower ?? '')) return;
      let head: Token | undefined;
      for (let at = verb + 2; at < Math.min(tokens.length, verb + 8); at++) {
        const word = tokens[at]!;
        if (word.pos === 'NOUN') head = word;
        else if (head || !(word.pos === 'ADJ' || word.pos === 'NUM' || word.text === '-' || word.pos === 'PROPN')) break;
      }
      if (head && !CAREER_OBJECTS.has(head.lemma)) ventures.add(head.lemma);
    });
  }
  return { owned: ventures, made };
}

/**
 * The head nouns of what follows a making verb, through a list ("the pricing, the supplier list and a first-year budget"),
 * that name venture work (a budget, a pitch, a pricing sheet), not a career matter ("my CV", "a plan for my move").
 */
function madeObjects(tokens: readonly Token[], from: number): string[] {
  const heads: string[] = [];
  let at = from;
  if (tokens[at]?.lower === 'together' || tokens[at]?.lower === 'up' || tokens[at]?.lower === 'out') at++;
  for (; at < tokens.length; at++) {
    const word = tokens[at]!;
    if (isNoun(word)) {
      // The last noun of a compound ("supplier list", "first-year budget") is its head.
      if (isNoun(tokens[at + 1]) || (tokens[at + 1]?.text === '-' && isNoun(tokens[at + 2]))) continue;
      const compound = tokens[at - 1];
      const venture = VENTURE_NOUNS.has(word.lemma) && (!CAREER_OBJECTS.has(word.lemma) || (isNoun(compound) && VENTURE_NOUNS.has(compound!.lemma)));
      if (venture) heads.push(word.lemma);
      continue;
    }
    // A list goes on through determiners, modifiers, commas and "and"; anything else (a verb, "for", a full stop) ends it.
    if (!(word.pos === 'DET' || word.pos === 'ADJ' || word.pos === 'NUM' || word.pos === 'CCONJ' || word.text === ',' || word.text === '-' || word.lower === 'my' || word.lower === 'our')) {
      // "a budget for your festival" is made for them: their matter, not the sender's.
      if ((word.lower === 'for' || word.lower === 'with') && (tokens[at + 1]?.lower === 'you' || tokens[at + 1]?.lower === 'your')) return [];
      break;
    }
  }
  return heads;
}

/** Words that stand for things named earlier: "go through both", "look over them". */
const ANAPHORS = new Set(['both', 'them', 'these', 'those', 'it', 'this']);

/** Something of the sender's, named in the sentence before the ask: what "both" or "them" in the ask refers to. */
function antecedentOwned(before: readonly Token[], sellsAdvice: boolean, ventures: Ventures): Token | undefined {
  for (let index = 0; index < before.length; index++) {
    if (before[index]!.lower !== 'our' && before[index]!.lower !== 'my') continue;
    // The object of what the sender is doing ("we are redoing our fee structure"), not a subject ("our lab published the data").
    let verb = index - 1;
    while (before[verb]?.pos === 'ADV') verb--;
    if (before[verb]?.pos !== 'VERB' || before[verb]!.negated) continue;
    const object = objectOwned(before, index, sellsAdvice, ventures);
    if (object) return object;
  }
  return undefined;
}

function objectOwned(scope: readonly Token[], from: number, sellsAdvice: boolean, ventures: Ventures): Token | undefined {
  for (let index = from; index < Math.min(scope.length, from + 6); index++) {
    const word = scope[index]!;
    // "that budget", "the pricing", after "I've drafted the pricing and a budget": work the sender said they made.
    if (['the', 'this', 'that', 'these', 'those'].includes(word.lower)) {
      let head = index + 1;
      while (head < index + 4 && (scope[head]?.pos === 'ADJ' || scope[head]?.pos === 'NUM' || (isNoun(scope[head]) && isNoun(scope[head + 1])))) head++;
      if (isNoun(scope[head]) && ventures.made.has(scope[head]!.lemma) && !/^['’]s$/.test(scope[head + 1]?.text ?? '')) return scope[head];
    }
    // "the studio's price sheet", after "I run a small studio": the venture named by the sender, through its possessive.
    if (word.lower === 'the') {
      // "the studio's", "the taxidermy studio's", "the little studio's": the last noun before the possessive.
      let owner = index + 1;
      while (owner < index + 4 && (scope[owner]?.pos === 'ADJ' || isNoun(scope[owner])) && isNoun(scope[owner + 1])) owner++;
      if (owner < index + 4 && (scope[owner]?.pos === 'ADJ') && isNoun(scope[owner + 1])) owner++;
      const possessed = isNoun(scope[owner]) && ventures.owned.has(scope[owner]!.lemma) ? possessedAfter(scope, owner) : undefined;
      if (possessed !== undefined && !CAREER_OBJECTS_OF_A_PERSON.has(scope[possessed]!.lemma)) return scope[possessed];
    }
    if (word.lower === 'our' || word.lower === 'my') {
      const first = scope.slice(index + 1, index + 8).findIndex((candidate) => candidate.pos === 'NOUN' || candidate.pos === 'PROPN');
      if (first < 0) return undefined;
      // The whole compound: "our cash-flow forecast", "our cap table".
      let last = index + 1 + first;
      while (isNoun(scope[last + 1]) || (scope[last + 1]?.text === '-' && isNoun(scope[last + 2]))) last += scope[last + 1]!.text === '-' ? 2 : 1;
      // Through a possessive to what is owned: "our co-op's grazing plan", "our studio's first campaign".
      const possessed = possessedAfter(scope, last);
      if (possessed !== undefined) last = possessed;
      const noun = scope[last]!;
      if (sellsAdvice) return noun;
      // "Our deck", "our cap table": an organisation's own work. "My …" counts only when it names a venture of theirs.
      // A plan or a next move is a career matter only when it is one person's ("my plan"); "our festival's plan" is the
      // organisation's.
      const careerWords = word.lower === 'our' ? CAREER_OBJECTS_OF_A_PERSON : CAREER_OBJECTS;
      if (scope.slice(index + 1, index + 5).some((candidate) => careerWords.has(candidate.lower))) return undefined;
      return word.lower === 'our' || VENTURE_NOUNS.has(noun.lemma) ? noun : undefined;
    }
    if (sellsAdvice && word.lower === 'it' && index === from) return word;
    if (word.lower === 'your' || word.lower === 'you') return undefined;
    // "adapt the method for our climate": the work's object is the noun before the preposition (not the sender's);
    // what follows it is a circumstance.
    if (word.pos === 'ADP' && index > from && scope.slice(from, index).some(isNoun)) return undefined;
  }
  return undefined;
}

/** After an owner noun and "'s": the end of the compound it owns ("grazing plan"), skipping adjectives and numbers. */
function possessedAfter(scope: readonly Token[], owner: number): number | undefined {
  if (!/^['’]s$/.test(scope[owner + 1]?.text ?? '')) return undefined;
  let at = owner + 2;
  // Modifiers the tagger may read as adverbs or verbs: "first", "crowdfunding", "revised".
  const modifier = (token: Token): boolean => token.pos === 'ADJ' || token.pos === 'NUM' || token.pos === 'ADV' || (token.pos === 'VERB' && /(?:ing|ed)$/.test(token.lower));
  while (scope[at] && at < owner + 5 && modifier(scope[at]!)) at++;
  if (!isNoun(scope[at])) return undefined;
  while (isNoun(scope[at + 1]) || (scope[at + 1]?.text === '-' && isNoun(scope[at + 2]))) at += scope[at + 1]!.text === '-' ? 2 : 1;
  return at;
}

function isNoun(token: Token | undefined): boolean {
  return token?.pos === 'NOUN' || token?.pos === 'PROPN';
}
