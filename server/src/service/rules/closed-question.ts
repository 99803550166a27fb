import { allQuestions, type Question } from '../lexicon/questions';
import { sourceText } from '../lexicon/value';
import type { Rule } from './rule';
import type { Fix } from '../types';

/** An auxiliary or modal opening the question: the shape of a yes/no question. */
const YES_NO_OPENER = /^(?:(?:do|does|did|is|are|was|were|am|can|could|will|would|have|has|had|should|shall|may|might|must)(?:n't)?|can't|cannot|won't)\s/i;
/** A lead-in clause before the question proper ("Looking back, would you…", "If you started over, what…"). */
const LEAD_IN = /^(?:if|when|as|since|given|now that|looking back|in your experience|thinking about|outside of|besides|apart from|overall|honestly|personally|in general|so|and|but|also)\b[^,?]{0,80},\s*/i;
/** What a polite request for a story asks them to do: tell, walk through, describe, give an example… (base form or -ing). */
const NARRATIVE_VERB = String.raw`(?:tell(?:ing)? (?:me|us|(?=what|how|why|where|when|which|who|about)\b)|walk(?:ing)? (?:me|us) through|talk(?:ing)? (?:(?:me|us) through|(?:a (?:bit|little) )?about)|take (?:me|us) through|describ(?:e|ing)|explain(?:ing)?|shar(?:e|ing)|say(?:ing)? (?:a (?:bit|little) |something |more |a few words )?(?:more )?about|speak(?:ing)? (?:a (?:bit|little) )?(?:to|about)|show(?:ing)? (?:me|us)|help(?:ing)? (?:me|us) understand|elaborat(?:e|ing)|expand(?:ing)?|paint(?:ing)?|outlin(?:e|ing)|go(?:ing)? over|run(?:ning)? (?:me|us) through|shed(?:ding)? (?:some |more )?light on|giv(?:e|ing) (?:me |us )?(?:(?:a|an|some|one|a few|any)(?: (?:quick|short|brief|concrete|real|rough))? )?(?:sense|idea|overview|picture|example|examples|rundown|story|walkthrough)|point (?:me|us) (?:to|towards?) (?:what|which|where))\b`;
/** "be willing to", "be open to", "mind": a polite frame around the request, not a yes/no question of its own. */
const POLITE_FRAME = String.raw`(?:(?:please|possibly|briefly|maybe|perhaps) )?(?:be (?:willing|able|open|happy|comfortable) to )?`;
/** A polite request for a story: the answer is a narrative, not a yes ("Could you walk me through…", "May I ask what…"). */
const NARRATIVE_REQUEST = new RegExp(
  String.raw`^(?:(?:can|could|would|will|might) you ${POLITE_FRAME}${NARRATIVE_VERB}|(?:would|do) you mind\b|(?:may|can|could|might) I ask\b|(?:do|did) you (?:know|remember|recall|have (?:a|any) (?:sense|idea) of) (?:what|how|why|where|when|which|who)\b)`,
  'i',
);
/** An "or" that offers alternatives ("Do you prefer X or Y?"), not one that ends a list of examples ("…or so", "…or anything"). */
const CHOICE_OR = /\bor\b(?!\s+(?:not|so|two|three|more|less|else|anything|something|similar|otherwise|whatever)\b)/i;
/** Before the "or", these keep the question yes/no: "Do you have any books or podcasts…?", "Have you ever…?" */
const EXISTENCE = /^(?:is|are) there\b|\b(?:any|anything|anyone|anybody|anywhere|ever)\b/i;

export const closedQuestion: Rule = {
  meta: {
    id: 'closed-question',
    severity: 'info',
    kinds: ['questions'],
    description: 'A prepared question can be answered with a plain yes or no.',
    docs: {
      why:
        'You asked for the conversation to hear someone\'s experience, and a yes/no question lets them hand you one word instead. Open questions that start with what, how or why invite a story, the detail and judgment you cannot find online. Choice questions ("X or Y?") and polite requests for a story ("Could you walk me through…?") are fine.',
      evidence:
        'A question that opens with an auxiliary (do, is, are, can, would, have…) and asks for a yes or a no; a polite frame around an open prompt ("Could you walk me through…", "Would you describe…") is open.',
      worse: 'Do you enjoy working in a small team?',
      better: 'What do you enjoy most about working in a small team?',
    },
    fixable: true,
  },
  check(context) {
    for (const question of allQuestions(context.document)) {
      if (!isClosed(question.text)) continue;
      const source = sourceText(context.document, question.range);
      context.report({
        range: question.range,
        message: `“${source}” can be answered with a yes or no: ask an open question (what, how, why) that invites their story.`,
        fixes: openRewriteFix(question, source),
      });
    }
  },
};

export function isClosed(text: string): boolean {
  const question = text.replace(LEAD_IN, '');
  if (!YES_NO_OPENER.test(question) || NARRATIVE_REQUEST.test(question)) return false;
  const choice = CHOICE_OR.exec(question);
  return !choice || EXISTENCE.test(question.slice(0, choice.index));
}

function openRewriteFix(question: Question, source: string): Fix[] {
  const rewrite = openRewrite(source);
  if (!rewrite) return [];
  return [{ title: `Rewrite as “${rewrite}”`, edits: [{ range: question.range, newText: rewrite }], preferred: true }];
}

/** An open version of a common yes/no shape, or nothing when no rewrite would read naturally. */
export function openRewrite(question: string): string | undefined {
  // Shapes are matched with straight apostrophes; the writer's curly ones are put back.
  const curly = question.includes('’');
  for (const rewrite of [likeMost, findHardest, recommendWho, recommendWhat, changeAnything, existential]) {
    const open = rewrite(question.replace(/’/g, "'"));
    if (open) return curly ? open.replace(/'/g, '’') : open;
  }
  return undefined;
}

/** A word of a noun phrase; a placeholder is one word. */
const PLAIN_WORD = /^(?:\{\{[^}]*\}\}|[A-Za-z][\w'-]*)$/;

/** "Do you enjoy X?" → "What do you enjoy most about X?" */
function likeMost(question: string): string | undefined {
  const match = /^(do|did) you (?:really |honestly )?(like|enjoy|love) (?!(?:to|that|when|if|how|what|it when)\b)(.+)\?$/i.exec(question);
  return match ? `What ${match[1]!.toLowerCase()} you ${match[2]!.toLowerCase()} most about ${match[3]}?` : undefined;
}

const SUPERLATIVES: Record<string, string> = { hard: 'hardest', tough: 'toughest', easy: 'easiest', fun: 'most fun' };
const JUDGMENTS = 'hard|tough|easy|fun|difficult|challenging|surprising|rewarding|frustrating|confusing|useful|helpful|valuable|stressful|interesting|overwhelming';

/** "Did you find X hard?" → "What did you find hardest about X?" */
function findHardest(question: string): string | undefined {
  const match = new RegExp(String.raw`^(do|did) you find (?!(?:it|that|this)\b)(.+) (${JUDGMENTS})\?$`, 'i').exec(question);
  if (!match) return undefined;
  const judgment = match[3]!.toLowerCase();
  return `What ${match[1]!.toLowerCase()} you find ${SUPERLATIVES[judgment] ?? `most ${judgment}`} about ${match[2]}?`;
}

/** "Could you recommend someone else I should speak with?" → "Who else would you recommend I speak with?" */
function recommendWho(question: string): string | undefined {
  const match = /^(?:can|could|would|will) you (?:please )?(recommend|suggest) (?:someone|somebody|anyone|anybody|other people|people)( else)?(?: (.+))?\?$/i.exec(question);
  if (!match) return undefined;
  const rest = match[3] ?? '';
  const clause = /^(I|we) (?:might |could |should |can )?(.+)$/.exec(rest);
  const tail = clause ? ` ${clause[1]} ${clause[2]}` : /^for me to /i.test(rest) ? ` ${rest}` : rest ? undefined : '';
  return tail === undefined ? undefined : `Who${match[2] ?? ''} would you ${match[1]!.toLowerCase()}${tail}?`;
}

/** "Could you recommend any books on negotiation?" → "What books on negotiation would you recommend?" */
function recommendWhat(question: string): string | undefined {
  const match = /^(?:can|could|would|will) you (?:please )?(recommend|suggest) (?:any|some) (.+)\?$/i.exec(question);
  if (!match || /\b(?:I|me|we|you|that|who|which)\b/i.test(match[2]!)) return undefined;
  return `What ${match[2]} would you ${match[1]!.toLowerCase()}?`;
}

/** "Would you change anything about your path?" → "What would you change about your path?" */
function changeAnything(question: string): string | undefined {
  const match = /^(would|did|do|will|could|should) you (do|change|add|skip|cut|drop) anything( .+)?\?$/i.exec(question);
  return match ? `What ${match[1]!.toLowerCase()} you ${match[2]!.toLowerCase()}${match[3] ?? ''}?` : undefined;
}

const SUBJECTS = new Set(['you', 'i', 'we', 'they', 'people']);
const MODALS = new Set(['would', 'should', 'could', 'can', 'will', 'might', 'must']);
const CLAUSE_WORDS = new Set([...SUBJECTS, ...MODALS, 'that', 'who', 'which', 'me', 'else', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'have', 'has', 'had']);
const PREPOSITIONS = new Set(['in', 'on', 'about', 'for', 'at', 'from', 'to', 'with', 'regarding', 'around', 'during', 'beyond', 'outside']);
const PRONOUN_HEADS: Record<string, string> = { anything: 'What', something: 'What', anyone: 'Who', someone: 'Who', anybody: 'Who', somebody: 'Who' };
/** Things a "what … do you have" rewrite reads naturally for ("Do you have time?" does not). */
const ADVICE_NOUNS = /^(?:advice|tips?|suggestions?|recommendations?|resources?|books?|reading|podcasts?|courses?|regrets?|lessons?|questions?|thoughts?|favou?rites?|mentors?|habits?|tools?|routines?|goals?|concerns?)$/i;
/** Nouns where "Is there a … ?" is a request or a formality, not a question with an answer set. */
const NOT_ANSWER_SETS = /^(?:chance|way|possibility|time|need|reason|point|hope|risk|opportunity|rush|problem|issue|catch|minute|moment|room|space|lot)$/i;
/** "Are there many women on your team?" asks how many, not which. */
const QUANTIFIERS = /^(?:many|much|few|lots|enough|other|more|plenty)$/i;

/**
 * "Is there anything you wish you'd known?" → "What do you wish you'd known?";
 * "Are there common paths people follow?" → "What common paths do people follow?";
 * "Do you have any advice for X?" → "What advice do you have for X?"
 */
function existential(question: string): string | undefined {
  const match = /^(?:(is|are) there|(do|did) you have) (?:(any|some|a|an|one) )?(.+)\?$/i.exec(question);
  if (!match) return undefined;
  const [, be, have, determiner] = match;
  const words = match[4]!.split(' ');
  let wh: string;
  let rest: string[];
  const head = PRONOUN_HEADS[words[0]!.toLowerCase()];
  if (head) {
    const other = words[1]?.toLowerCase() === 'else';
    wh = other ? `${head} else` : head;
    rest = words.slice(other ? 2 : 1);
  } else {
    const noun = nounPhrase(words);
    const last = noun[noun.length - 1];
    if (!last || NOT_ANSWER_SETS.test(last) || QUANTIFIERS.test(noun[0]!)) return undefined;
    // "Are there mistakes juniors make?": a longer bare phrase may hide a verb.
    if (noun.length === words.length && noun.length > 2) return undefined;
    if (have && !(determiner && /any|some/i.test(determiner) && ADVICE_NOUNS.test(last))) return undefined;
    wh = `What ${noun.join(' ')}`;
    rest = words.slice(noun.length);
  }
  const frame = be ? `${be.toLowerCase()} there` : `${have!.toLowerCase()} you have`;
  if (rest.length === 0) return `${wh} ${frame}?`;
  const first = rest[0]!.toLowerCase();
  if (first === 'that' || first === 'who') {
    const clause = rest.slice(1);
    const subject = clause[0]?.toLowerCase() ?? '';
    return SUBJECTS.has(subject.split("'")[0]!) ? withSubject(wh, clause) : clause.length ? `${wh} ${clause.join(' ')}?` : undefined;
  }
  if (PREPOSITIONS.has(first)) return rest.some((word) => CLAUSE_WORDS.has(word.toLowerCase().split("'")[0]!)) ? undefined : `${wh} ${frame} ${rest.join(' ')}?`;
  return withSubject(wh, rest);
}

/** The noun phrase after "is there (a)": up to three plain words, ending before a clause or preposition. */
function nounPhrase(words: string[]): string[] {
  const noun: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (noun.length === 3 || !PLAIN_WORD.test(word) || CLAUSE_WORDS.has(lower.split("'")[0]!) || PREPOSITIONS.has(lower)) break;
    noun.push(word);
  }
  return noun;
}

const PAST_OR_PARTICIPLE = /^(?:\w+ed|known|done|been|gone|had|made|took|taken|found|knew|saw|seen|got|gotten|thought|went|left|chose|chosen|became|become|began|begun|learnt|felt|told|said|was|were|did)$/i;
const CONTRACTIONS: Record<string, string> = { "'d": 'would', "'ll": 'will', "'ve": 'have', "'re": 'are', "'m": 'am' };

/** "… you would do differently" → "What would you do differently?"; "… you wish …" → "What do you wish …?" */
function withSubject(wh: string, clause: string[]): string | undefined {
  const [first = '', next = '', ...after] = clause;
  const contraction = /^(you|i|we|they)('d|'ll|'ve|'re|'m)$/i.exec(first);
  const subject = (contraction?.[1] ?? first).replace(/^i$/i, 'I');
  if (!SUBJECTS.has(subject.toLowerCase()) || !next) return undefined;
  const tail = (words: string[]): string => (words.length ? ` ${words.join(' ')}` : '');
  if (contraction) {
    const auxiliary = CONTRACTIONS[contraction[2]!.toLowerCase()]!;
    // "you'd known" is "you had known": no natural open form.
    if (contraction[2] === "'d" && PAST_OR_PARTICIPLE.test(next)) return undefined;
    return `${wh} ${auxiliary} ${subject} ${next}${tail(after)}?`;
  }
  const lowerNext = next.toLowerCase();
  if (MODALS.has(lowerNext) || lowerNext === 'have' || lowerNext === 'are') {
    const [verb, ...rest] = after;
    return verb ? `${wh} ${lowerNext} ${subject} ${verb}${tail(rest)}?` : undefined;
  }
  if (PAST_OR_PARTICIPLE.test(next) || !/^[a-z]+$/i.test(next)) return undefined;
  return `${wh} do ${subject} ${next}${tail(after)}?`;
}
