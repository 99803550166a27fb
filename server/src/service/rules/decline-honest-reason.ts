import { bodyProse } from '../lexicon/value';
import { afterSentence, clauseFixes } from '../fixes/clauseFixes';
import { declineSentence, hasPlaceholder } from '../lexicon/replies';
import type { Sentence } from '../document/document';
import { tagged, type Token } from '../language/nlp';
import { replyAnchor, type Rule } from './rule';
import { isRecipientWord } from '../language/speechActs';

const APOSTROPHE = `['’]`;

/** Signs of an actual reason: a cause, a current situation, a standing policy, or a mismatch with what was asked. */
const HONEST_REASON = new RegExp(
  [
    // Their need is already covered: "I already work with a planner".
    String.raw`\balready\b`,
    // A current situation or standing policy: "I'm not taking on mentees until spring", "I don't take vendor meetings".
    String.raw`\bnot (?:currently |actively )?(?:looking|taking|accepting|hiring|mentoring|advising|considering|planning|open to)\b`,
    String.raw`\bno longer\b`,
    String.raw`\b(?:i|we) (?:do not|don${APOSTROPHE}t|never|only|mainly|mostly|generally|usually) (?:wish|take|accept|do|offer|mentor|advise|meet|review|work|give|agree|make|share|speak)\b`,
    String.raw`\b(?:my|our|company|firm|team) (?:policy|rule)\b`,
    // Withdrawing from a kind of work for a while: "I'm stepping back from mentoring", "taking a break from talks".
    String.raw`\b(?:step(?:ping|ped|s)?|pull(?:ing|ed)?) (?:back|away) from\b|\b(?:taking|took|on) (?:a )?(?:break|pause|hiatus|step back) from\b`,
    // A course of study or training under way: "while finishing a course in bereavement supervision".
    String.raw`\b(?:finish(?:ing)?|tak(?:e|ing)|do(?:ing)?|complet(?:e|ing)|start(?:ing)?|stud(?:y|ying) for) (?:a|an|my|our|the) (?:[\w-]+ ){0,2}(?:course|qualification|certificat\w*|diploma|apprenticeship|residency|training programme|training program)\b`,
    String.raw`\b(?:focus(?:ed|ing)?|concentrat(?:e|ed|ing)) (?:on|entirely|fully|all)\b|\bpriorit(?:y|ies|i[sz]e|i[sz]ing)\b|\bcommitted to\b`,
    // Not the right person or topic.
    String.raw`\bnot (?:the )?(?:right|best|ideal|most useful) (?:person|fit|match|contact|one)\b|\bnot (?:a |the )?(?:good |great )?(?:fit|match)\b`,
    String.raw`\b(?:outside|beyond) (?:of )?(?:my|our|what|the|it)\b|\bnot (?:my|our) (?:area|field|expertise|specialty|focus|role)\b`,
    // Concrete circumstances.
    String.raw`\b(?:relocat\w*|moving (?:to|house|abroad|cities)|(?:parental|maternity|paternity|medical|sick) leave|on leave|sabbatical|travel(?:l?ing)?|launch\w*|deadlines?|exams?|thesis|dissertation|phd|degree|studies|fundrais\w*|new (?:role|job|position|baby|team)|started (?:a|my) new|family|health|conflict of interest|competitors?|employer|contract|(?:places|slots|spots|seats) (?:are |is )?(?:all )?(?:taken|full|filled)|fully booked|at capacity)\b`,
    // Advice the sender is paid for.
    String.raw`\bpaid (?:work|sessions?|engagements?|consult\w*)|\bfor (?:my |paying )?clients\b`,
    // Busy with something named: "swamped with our product launch".
    String.raw`\b(?:busy|swamped|slammed|tied up|buried) (?:with|preparing|finishing|working on|getting|launching|moving|writing|running|training|organi[sz]ing)\b`,
    // A selection that went another way: "we had many strong submissions".
    String.raw`\b(?:submissions|applications|applicants|proposals|candidates|entries)\b`,
    String.raw`\bhappy (?:with|in|at|where) (?:my|our|the|where)\b`,
  ].join('|'),
  'i',
);

/** A cause: "because…", "as I'm…", "since my…"; it counts only when what follows is more than being busy. */
const CAUSE = new RegExp(
  String.raw`\b(?:because|due to|given (?:that|my|our)|the reason|for (?:that|this) reason|since (?:i|we|my|our|the|it)|while (?:i|we)|as (?:i|we)(?:${APOSTROPHE}m|${APOSTROPHE}re| am| are| have|${APOSTROPHE}ve))\b`,
  'gi',
);

/** "Too busy" and its cousins: an excuse rather than a reason. */
const BUSY = new RegExp(
  String.raw`\b(?:busy|swamped|slammed|hectic|bandwidth|(?:no|not enough|little|(?:don${APOSTROPHE}t|do not) have (?:the |enough |much |any )?)time\b|(?:schedule|calendar|plate) is (?:really |very |pretty |quite )?(?:full|tight|packed|jammed)|a lot (?:going )?on|(?:my|the|a|our) (?:schedule|workload|calendar)|(?:other|prior|existing) commitments|time constraints)`,
  'i',
);

/** Nouns that name being busy, a stretch of time, or the meeting itself: no cause on their own. */
const GENERIC_NOUNS = new Set([
  'time', 'moment', 'week', 'month', 'year', 'day', 'quarter', 'season', 'today', 'tonight', 'weekend', 'now', 'right', 'schedule', 'calendar',
  'plate', 'lot', 'thing', 'stuff', 'work', 'job', 'workload', 'bandwidth', 'capacity', 'commitment', 'obligation', 'responsibility', 'load',
  'life', 'period', 'pace', 'call', 'meeting', 'chat', 'coffee', 'conversation', 'invitation', 'invite', 'note', 'message', 'email', 'request',
  'offer', 'word', 'opportunity', 'idea', 'thanks', 'reply', 'answer', 'interest', 'minute', 'hour', 'chance', 'project', 'task', 'plan',
  'way', 'point', 'apology', 'regret', 'kind', 'mind', 'head', 'end', 'bit', 'ton', 'hand', 'favor', 'favour', 'help', 'busyness', 'rush',
  'mess', 'chaos', 'juggle', 'pressure', 'demand', 'matter', 'sort', 'lack', 'moment', 'while', 'today', 'lately', 'front', 'everything', 'back', 'inbox', 'desk', 'luck',
]);
const GRATITUDE = new Set(['thank', 'thanks', 'appreciate', 'congratulate', 'congratulation', 'congrats', 'enjoy', 'love', 'flatter', 'honor', 'honour']);
const SPECIFIC_ENTITIES = new Set(['DATE', 'DURATION', 'TIME', 'ORDINAL', 'CARDINAL']);
const NEGATORS = new Set(['not', "n't", 'no', 'never', 'without', 'nothing', 'none', 'nobody', 'neither', 'nor', 'cannot']);
const SUBCLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', 'and', 'but', 'so']);

/**
 * A concrete cause read from structure, when the words are new: a clause about the sender (I/we/my/our, nothing of
 * the recipient's, no thanks) that names something other than busyness or time (a trial, fieldwork, a release, a
 * shortage of staff) and pins it down with a date, a duration, a number, a name, a compound name or "only"
 * ("I start a three-week jury trial on the 14th", "I'm the only maintainer reviewing the migration guide").
 */
function namesConcreteCause(sentence: Sentence): boolean {
  const { tokens, entities } = tagged(sentence);
  if (pointsToResource(tokens)) return false;
  if (cannotLeaveOwn(tokens)) return true;
  const clauses: Token[][] = [[]];
  for (const token of tokens) {
    if (SUBCLAUSE_BREAKS.has(token.lower) && (token.pos === 'PUNCT' || token.pos === 'CCONJ' || token.lower === 'so')) clauses.push([]);
    else clauses[clauses.length - 1]!.push(token);
  }
  return clauses.some((clause) => {
    // The sender is the subject: "I'm on…", "we're three weeks from…", "my practice is short…" (not "the list on my website").
    let lead = 0;
    while (clause[lead] && ['ADV', 'INTJ', 'SCONJ', 'ADP', 'PUNCT'].includes(clause[lead]!.pos)) lead++;
    const senderSubject = clause.some((token) => token.lower === 'i' || token.lower === 'we') || ['my', 'our'].includes(clause[lead]?.lower ?? '');
    if (!senderSubject || clause.some((token) => isRecipientWord(token) || GRATITUDE.has(token.lemma) || GRATITUDE.has(token.lower))) return false;
    const first = clause[0]!.start;
    const last = clause[clause.length - 1]!.end;
    // A date ("until August") pins a cause down but is not one; a verb opening the clause ("Ping me…") is sometimes tagged a name.
    const inDate = (token: Token): boolean => entities.some((entity) => entity.type !== 'CARDINAL' && entity.type !== 'ORDINAL' && token.start >= entity.start && token.end <= entity.end);
    // A negation reaches only as far as its own clause: "I have to say no: our well is dry" negates nothing after the colon.
    const negatedHere = clause.some((token) => NEGATORS.has(token.lower));
    const concrete = clause.filter(
      (token, index) =>
        (token.pos === 'NOUN' || token.pos === 'PROPN') && !(token.negated && negatedHere) && !GENERIC_NOUNS.has(token.lemma) && !GENERIC_NOUNS.has(token.lower) && !/^x+$/.test(token.lower) && !inDate(token) && !(index === 0 && clause[1]?.pos === 'PRON'),
    );
    if (concrete.length === 0) return false;
    const dated = entities.some((entity) => SPECIFIC_ENTITIES.has(entity.type) && entity.start >= first && entity.end <= last);
    const compound = concrete.some((token) => { const at = clause.indexOf(token); return concrete.includes(clause[at + 1]!); });
    return dated || compound || clause.some((token, index) => token.pos === 'NUM' || (token.pos === 'PROPN' && index > 0) || token.lower === 'only');
  });
}

/** Verbs of leaving or giving up what one is responsible for: "leave", "spare", "close". */
const HOLDING_VERBS = new Set(['leave', 'spare', 'abandon', 'close', 'shut', 'desert']);

/**
 * Someone or something of the sender's they cannot leave: "I can't leave my apprentice alone on the ladders", "we
 * can't close our shop for a day". A negated clause that is a standing duty, not the decline itself (which negates
 * joining or coming); what is held must be the sender's own and no mere time or workload ("my desk", "my schedule").
 */
function cannotLeaveOwn(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => {
    if (token.pos !== 'VERB' || !token.negated || !HOLDING_VERBS.has(token.lemma)) return false;
    const owner = tokens[index + 1];
    if (owner?.lower !== 'my' && owner?.lower !== 'our') return false;
    let at = index + 2;
    while (tokens[at]?.pos === 'ADJ' || (tokens[at]?.pos === 'NOUN' && tokens[at + 1]?.pos === 'NOUN')) at++;
    const held = tokens[at];
    return held !== undefined && (held.pos === 'NOUN' || held.pos === 'PROPN') && !GENERIC_NOUNS.has(held.lemma) && !GENERIC_NOUNS.has(held.lower) && !DUTY_PLACES.has(held.lemma);
  });
}

/** Where work is done, which anyone is "at": "I can't leave my desk" says no more than being busy. */
const DUTY_PLACES = new Set(['desk', 'office', 'computer', 'laptop', 'inbox', 'post', 'station', 'diary']);

/** Written things that can stand in for a meeting: a guide, a post, a FAQ, a recording. */
const RESOURCE_NOUNS = new Set([
  'guide', 'post', 'article', 'faq', 'handbook', 'manual', 'tutorial', 'page', 'wiki', 'doc', 'docs', 'documentation', 'video', 'recording',
  'podcast', 'episode', 'book', 'booklet', 'leaflet', 'pamphlet', 'chapter', 'paper', 'writeup', 'write-up', 'checklist', 'list', 'template', 'course', 'toolkit',
]);
/** What a finished resource does for its reader: "covers most of it", "answers the usual questions". */
const RESOURCE_VERBS = new Set(['cover', 'answer', 'explain', 'describe', 'address', 'outline', 'show', 'walk', 'tackle', 'detail', 'help']);

/**
 * A sentence that points them to a finished resource and says what it does for them ("Our team published a guide to
 * hanging quilts, which covers most of what people ask"): the offer made instead of the meeting, however concrete its
 * nouns, and no cause of the no. A resource the sender is still making ("I'm writing a guide that covers…") is work
 * under way, which can be a cause.
 */
function pointsToResource(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => {
    if (token.pos !== 'NOUN' || token.negated || !RESOURCE_NOUNS.has(token.lemma)) return false;
    const making = tokens.slice(0, index).some((word, at) => word.pos === 'VERB' && word.lower.endsWith('ing') && tokens[at - 1]?.lemma === 'be');
    if (making) return false;
    // "which answers most of it": after a relative pronoun the verb may be tagged a noun.
    return tokens.slice(index + 1).some((word, at) => {
      const verb = word.pos === 'VERB' || (['which', 'that'].includes(tokens[index + at]?.lower ?? '') && word.lower.endsWith('s'));
      return verb && !word.negated && RESOURCE_VERBS.has(word.lemma) && !word.lower.endsWith('ing');
    });
  });
}

/** Verbs of permission, a reason when denied ("the rules don't allow…"), and of forbidding, a reason as they stand. */
const PERMIT_VERBS = new Set(['allow', 'permit', 'let']);
const FORBID_VERBS = new Set(['forbid', 'prohibit', 'ban']);

/**
 * A rule, contract or authority that rules the thing out: "the insurer doesn't allow visitors on the scaffold", "the
 * co-op's bylaws don't let members sell outside the valley", "we're not permitted to bring guests into the cleanroom",
 * "hospital rules forbid observers". A standing constraint, like a policy, and a reason. What does the forbidding must
 * be named and be no mere time or workload ("my schedule won't allow it", "time doesn't permit" are being busy).
 */
function forbiddenByRule(sentence: Sentence): boolean {
  const { tokens } = tagged(sentence);
  return tokens.some((token, index) => {
    if (token.pos !== 'VERB') return false;
    const denied = PERMIT_VERBS.has(token.lemma) && token.negated;
    const forbidden = FORBID_VERBS.has(token.lemma) && !token.negated;
    if (!denied && !forbidden) return false;
    let back = index - 1;
    while (back >= 0 && ['AUX', 'PART', 'ADV'].includes(tokens[back]!.pos)) back--;
    const subject = tokens[back];
    if (!subject || isRecipientWord(subject)) return false;
    // "We're not allowed to…", "visitors are forbidden": the passive's subject is who is held back, the rule unsaid.
    const passive = tokens.slice(back + 1, index).some((word) => word.lemma === 'be');
    if (passive) return subject.pos === 'PRON' ? subject.lower === 'i' || subject.lower === 'we' : subject.pos === 'NOUN' || subject.pos === 'PROPN';
    return (subject.pos === 'NOUN' || subject.pos === 'PROPN') && !GENERIC_NOUNS.has(subject.lemma) && !GENERIC_NOUNS.has(subject.lower) && !/^x+$/.test(subject.lower);
  });
}

/** A placeholder the author fills with their reason per message. */
const REASON_PLACEHOLDER = /reason|because|why/i;

export const declineHonestReason: Rule = {
  meta: {
    id: 'decline-honest-reason',
    severity: 'warning',
    kinds: ['decline'],
    description: 'The decline gives no honest, specific reason: nothing at all, or only "I\'m too busy".',
    docs: {
      why:
        'Saying no is fine and often kind to both sides, but the other person needs to know why so they can adjust: "too busy" sounds like a brush-off and invites them to try again next month. One true, concrete sentence (you already have a planner, you are not taking mentees this season, the topic is outside your work) lets them update their plans without hard feelings.',
      evidence:
        'Evidence of a reason is a concrete cause (an event, commitment or constraint, often with a date, a duration, a named project, or a because/since clause), or a named rule that forbids it ("the insurer does not allow visitors on site"); "busy", "swamped", "no bandwidth" or "my schedule does not allow it" alone is not.',
      worse: 'Thanks for the invitation. I am too busy right now, so I will have to pass.',
      better: 'Thanks for the invitation. I already work with a financial planner I am happy with, so a meeting would not be a good use of your time.',
    },
    fixable: true,
    phraseCategory: 'decline-reason',
  },
  check(context) {
    const { document, analysis } = context;
    const prose = bodyProse(analysis.bodySentences);
    if (!prose.trim() || givesReason(prose) || analysis.bodySentences.some(namesConcreteCause) || analysis.bodySentences.some(forbiddenByRule) || hasPlaceholder(document, REASON_PLACEHOLDER)) return;
    const no = declineSentence(analysis.bodySentences);
    const insertion = no ?? analysis.bodySentences[analysis.bodySentences.length - 1];
    context.report({
      range: replyAnchor(context, no),
      message: BUSY.test(prose)
        ? '"Too busy" reads as a brush-off: say the real, specific reason you are declining (in one sentence), so they can adjust their plans.'
        : 'Say why you are declining, honestly and in one sentence (e.g. you already have a planner, or you are not taking mentees this season).',
      fixes: insertion ? clauseFixes(context, context.phrases.inCategory('decline-reason', 'decline'), 'Add an honest reason', afterSentence(insertion)) : [],
    });
  },
};

function givesReason(prose: string): boolean {
  if (HONEST_REASON.test(prose)) return true;
  for (const cause of prose.matchAll(CAUSE)) {
    // Up to the next punctuation mark: searching for it, not splitting the rest of the message at every mark.
    const rest = prose.slice((cause.index ?? 0) + cause[0].length);
    const stop = rest.search(/[.;:!?,—–]/);
    const clause = stop < 0 ? rest : rest.slice(0, stop);
    if (clause.trim() && !BUSY.test(clause)) return true;
  }
  return false;
}
