/**
 * Recognizes a request for a referral or a job, in any wording: the sentence makes an ask of the recipient
 * (speechActs.asksIn: a question, an imperative or a wish) and what is asked for is the sender's candidacy put
 * forward ("pass my name along", "refer me", "put in a word", "keep me in mind for the role") or an opening
 * ("are you hiring?", "any openings on your team?").
 *
 * API: `asksForReferral(sentence)`; `isReferralObject(tokens)` for callers that already hold an ask's scope.
 */
import type { Sentence } from '../document/document';
import { tagged, type Token } from '../language/nlp';
import { asksIn } from '../language/speechActs';

/** What stands for the sender as a candidate: "my name", "my CV", "my application". */
const CANDIDACY = new Set(['name', 'cv', 'resume', 'résumé', 'application', 'profile', 'portfolio', 'candidacy', 'details', 'info']);
/** Verbs that put a candidacy in front of someone. */
const FORWARD_VERBS = new Set(['pass', 'forward', 'send', 'share', 'put', 'give', 'hand', 'submit', 'mention', 'drop', 'circulate']);
/** Verbs that vouch for the sender: "refer me", "recommend me", "vouch for me", "consider me". */
const VOUCH_VERBS = new Set(['refer', 'recommend', 'vouch', 'endorse', 'nominate', 'consider', 'sponsor']);
/** An opening or the people who fill it. */
const OPENINGS = new Set(['opening', 'vacancy', 'referral', 'headcount', 'requisition']);
/** Words that name an opening only with a cue ("any roles", "the open position"), not "your role". */
const POSTS = new Set(['job', 'role', 'position', 'internship']);
const OPENING_CUES = new Set(['any', 'open', 'available', 'vacant', 'upcoming']);
const HIRERS = new Set(['recruiter', 'recruiting', 'hr']);

/** Whether the tokens (an ask's scope) name a referral or job as what is wanted. */
export function isReferralObject(tokens: readonly Token[]): boolean {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.negated) continue;
    const next = tokens[index + 1];
    const window = tokens.slice(index + 1, index + 5);
    // "pass my name along", "forward my CV to", "put my name forward".
    if (FORWARD_VERBS.has(token.lemma) && window.some((word, at) => word.lower === 'my' && CANDIDACY.has(window[at + 1]?.lower ?? ''))) return true;
    // Any verb that moves the sender's candidacy toward someone: "slide my name across to whoever staffs the lab".
    if (token.pos === 'VERB' && movesCandidacy(tokens, index)) return true;
    // "Would your studio take her on for a summer internship?", "could you consider my son for an apprenticeship?".
    if (TAKE_ON_VERBS.has(token.lemma) && CANDIDATES.has(next?.lower ?? '') && tokens.slice(index + 2, index + 12).some((word) => POSTS.has(word.lemma) || PLACEMENTS.has(word.lemma))) return true;
    // "refer me", "recommend me", "vouch for me", "consider me for".
    if (VOUCH_VERBS.has(token.lemma) && (next?.lower === 'me' || (next?.lower === 'for' && tokens[index + 2]?.lower === 'me'))) return true;
    // "put in a (good) word".
    if (token.lemma === 'put' && next?.lower === 'in' && tokens.slice(index + 2, index + 5).some((word) => word.lower === 'word')) return true;
    // "keep me in mind for", "think of me for".
    if ((token.lemma === 'keep' || token.lemma === 'think') && (next?.lower === 'me' || tokens[index + 2]?.lower === 'me') && tokens.slice(index + 2, index + 7).some((word) => word.lower === 'for' || word.lower === 'mind')) {
      if (tokens.slice(index + 2, index + 10).some((word) => OPENINGS.has(word.lemma) || word.lower === 'anything' || word.lower === 'opportunities')) return true;
    }
    // "introduce me to the hiring manager", "pass my name to a recruiter": the sender wants to reach whoever hires.
    const hirer = (token.lower === 'hiring' && (next?.lemma === 'manager' || next?.lemma === 'team' || next?.lemma === 'lead')) || HIRERS.has(token.lower);
    if (hirer && tokens.slice(0, index).some((word) => word.lower === 'me' || word.lower === 'my')) return true;
    // "are you hiring", "is your team hiring".
    // "are you hiring", "is your team still hiring": the verb, not "our hiring plan".
    const asVerb = tokens[index - 1]?.lemma === 'be' || ['still', 'currently', 'now'].includes(tokens[index - 1]?.lower ?? '');
    if (token.lower === 'hiring' && asVerb && tokens.slice(Math.max(0, index - 4), index).some((word) => word.lower === 'you' || word.lower === 'your' || word.lower === 'team')) return true;
    // "any openings", "a role on your team", "an internship at …", "a referral".
    // An opening is a job only in a job's context: "any openings on your team", not "which chess openings to cover".
    if (OPENINGS.has(token.lemma) && token.pos === 'NOUN' && (token.lemma !== 'opening' || jobOpening(tokens, index))) return true;
    if (POSTS.has(token.lemma) && tokens.slice(Math.max(0, index - 3), index).some((word) => OPENING_CUES.has(word.lower))) return true;
  }
  return false;
}

/**
 * Whether the sentence asks the recipient for a referral or a job: "If anything opens up, could you pass my name
 * along to the hiring manager?", "I'd be grateful if you'd refer me", "Is your team hiring?". Mentions that make no
 * ask ("I applied for the role last week") and negated asks ("I'm not asking for a referral") are not.
 */
export function asksForReferral(sentence: Sentence): boolean {
  const asks = asksIn(sentence);
  if (asks.length === 0) return false;
  if (asks.some((ask) => isReferralObject(ask.scope))) return true;
  // The opening may sit in a lead-in clause: "If anything opens up on your team, I'd be grateful if you could pass my name along."
  const tokens = tagged(sentence).tokens;
  return asks.some((ask) => ask.scope.some((token) => FORWARD_VERBS.has(token.lemma))) && isReferralObject(tokens);
}

/** Verbs of taking someone on, and who may be taken on: the sender or someone they write for. */
const TAKE_ON_VERBS = new Set(['take', 'consider', 'hire', 'accept', 'place', 'have', 'bring', 'keep']);
const CANDIDATES = new Set(['me', 'her', 'him', 'them', 'us']);
/** Posts that are offered rather than held: a placement, an apprenticeship. */
const PLACEMENTS = new Set(['placement', 'apprenticeship', 'traineeship', 'shadowing', 'residency']);

/** Words that send something on toward a person. */
const DIRECTIONS = new Set(['to', 'along', 'across', 'forward', 'on', 'over', 'up']);

/** After the verb at `index`: "my <candidacy>" as its object, then a direction ("to", "along", "across", "forward"). */
function movesCandidacy(tokens: readonly Token[], index: number): boolean {
  const my = tokens.slice(index + 1, index + 4).findIndex((word) => word.lower === 'my');
  if (my < 0) return false;
  const at = index + 1 + my;
  if (!CANDIDACY.has(tokens[at + 1]?.lower ?? '')) return false;
  return tokens.slice(at + 2, at + 5).some((word) => DIRECTIONS.has(word.lower));
}

/** "any openings", "an opening on your team", "the opening at xxxx": cued as a post. */
function jobOpening(tokens: readonly Token[], index: number): boolean {
  const before = tokens.slice(Math.max(0, index - 3), index);
  if (before.some((word) => OPENING_CUES.has(word.lower) || word.lower === 'job' || word.lower === 'new')) return true;
  const after = tokens.slice(index + 1, index + 4);
  return after.some((word) => ['on', 'in', 'at', 'with', 'for'].includes(word.lower)) && after.some((word) => word.lower === 'your' || word.lower === 'team' || /^x{3,}$/.test(word.lower) || word.lower === 'company');
}
