import { insertClauseFixes } from '../fixes/clauseFixes';
import type { OutreachDocument } from '../document/document';
import { SHARED_GROUND, bodyProse } from '../lexicon/value';
import type { Rule } from './rule';
import { closest } from '../document/didYouMean';
import type { Sentence } from '../document/document';
import { tagged } from '../language/nlp';
import { asksIn, isSenderWord, type Token } from '../language/speechActs';

/** Mail-merge fields that fit any recipient: a name, an employer (of any sort: a studio, a clinic) or a job title says nothing about their work. */
const GENERIC_RECIPIENT_FIELD =
  /^recipient\.(?:(?:first|last|full|display|nick|given|family)?_?name|(?:company|employer|org(?:ani[sz]ation)?|business|firm|agency|studio|clinic|practice|salon|gym|shop|store|restaurant|cafe|bakery|farm|school|university|college|hospital|lab|department|team|startup|brand|venue|institution)(?:_?name)?|website|url|industry|field|(?:job)?_?title|role|position|email|linkedin|phone|city|town|country|location|pronouns?|honorific|salutation)$/i;

/** Things a person makes or gives that a sender can name. */
const WORK = String.raw`(?:talk|keynote|presentation|panel|lecture|workshop|webinar|article|essay|blog ?post|blogpost|post|newsletter|thread|tweet|paper|study|book|chapter|podcast|episode|interview|video|course|project|repo(?:sitory)?|library|framework|thesis|dissertation|write-?up|piece|column|case study|report|open[- ]source work|side project)s?`;

/** Words that end a description of their work ("your help with my project" is not about their project). */
const FUNCTION_WORD = String.raw`(?:and|or|of|to|with|for|in|on|at|my|our|the|a|an|about|from|by|time|help|schedule|calendar|availability|consideration)`;

/** "your talk", "your recent post", "your very well written blog post". */
const THEIR_WORK = new RegExp(String.raw`\byour\s+(?:(?!${FUNCTION_WORD}\b)[\w'’-]+\s+){0,3}?${WORK}\b`, 'i');

/** "you papers", "You blogpost on…": the same reference with a common typo, limited to nouns that are never verbs. */
const THEIR_WORK_TYPO = /\byou\s+(?:blog ?posts?|blogposts?|articles?|papers|podcasts?|essays?|newsletters?|presentations?|keynotes?)\b/i;

/** What they did or focus on, named specifically ("your work on…", "your move from teaching into design"). */
const THEIR_FOCUS =
  /\byour\s+(?:work|research|writing|thinking|comments?|remarks|point|approach|move|switch|transition|leap|pivot)\s+(?:on|about|around|into|from|with)\b|\bbackground (?:and [\w ]{1,20} )?in \w/i;

/** Something specific the recipient did or said ("you founded…", "you mentioned…", "you've also made that leap"). */
const THEIR_DEED =
  /(?<!\b(?:how|why|what|whether|if|everything|anything|all|all that)\s)\b(?:you|your team)(?:['’]ve| have)?\s+(?:recently\s+|also\s+|just\s+)?(?:mentioned|said|described|explained|argued|pointed out|suggested|founded|co-?founded|built|started|launched|created|wrote|written|published|posted|shared|spoke|presented|gave|recorded|organi[sz]ed|hosted|designed|shipped|open-?sourced|led|left|joined|moved|switched|transitioned|pivoted|made (?:the|that|a) (?:leap|switch|move|jump|transition))\b/i;

/** A quotation of their words or a title (three or more words in quotes). */
const QUOTATION = /["“][^"”\n]*\S\s+\S+\s+\S[^"”\n]*["”]/;

const SPECIFIC_REFERENCES = [THEIR_WORK, THEIR_WORK_TYPO, THEIR_FOCUS, THEIR_DEED, SHARED_GROUND, QUOTATION];

/** Capitalized words a subject line uses that name nothing of theirs. */
const GENERIC_SUBJECT_WORDS = new Set(
  'your about question questions quick coffee chat call meeting request career careers advice introduction intro networking connect connecting hello thanks thank following follow from with fellow student students alum alumni interview informational opportunity opportunities role roles position job jobs help reaching time request mentor mentorship mentoring looking learning aspiring junior senior software engineer engineering developer data science design designer product manager hiring internship'.split(' '),
);

/** Prepositions of place right before a name, past one word of a longer name: "in Leeds", "out of Lagos", "en Nuevo Laredo". */
const PLACE_BEFORE = /\b(?:[Ii]n|[Ff]rom|[Nn]ear|[Aa]round|[Aa]cross|[Oo]utside|[Tt]hroughout|[Oo]ut of|[Ee]n)\s+(?:[A-Z][\w’'-]*\s+)?$/;
/** The sender's own before a name: "our first USMCA audit", "my Laredo office" name the sender's matter, not theirs. */
const SENDERS_BEFORE = /\b(?:our|my)\s+(?:[\w’'-]+\s+){0,2}$/i;

/**
 * The subject names one particular thing (a project, product or paper, "Puppo the Corgi") and the body talks about it by
 * that name: the message is about their work even without "your".
 */
function namesTheirWorkInSubject(subject: string, prose: string): boolean {
  for (const [word] of subject.matchAll(/\b[A-Z][\w’'-]{3,}/g)) {
    if (GENERIC_SUBJECT_WORDS.has(word.toLowerCase())) continue;
    // "in Salford", "from Yaba": a name used as a place is where someone is, not something of theirs.
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const uses = [...prose.matchAll(new RegExp(`(?<![\\w’'-])${escaped}(?![\\w’'-])`, 'g'))];
    // A place in the subject ("from a broker in Laredo") is where someone is, wherever the body names it.
    const inSubject = subject.indexOf(word);
    if (PLACE_BEFORE.test(subject.slice(Math.max(0, inSubject - 20), inSubject))) continue;
    const before = (index: number): string => prose.slice(Math.max(0, index - 30), index);
    if (uses.some((use) => !PLACE_BEFORE.test(before(use.index)) && !SENDERS_BEFORE.test(before(use.index)))) return true;
  }
  return false;
}

export const personalization: Rule = {
  meta: {
    id: 'personalization',
    severity: 'warning',
    kinds: ['request'],
    description: 'The request says nothing specific about the recipient’s own work; generic praise does not count.',
    docs: {
      why:
        'A request that could have gone to anyone is easy to dismiss. Naming something of theirs you actually read, heard or used (a talk, a post, a project, a career move) shows you did your homework and explains why you chose them. Praise such as "I admire your work" or their job title alone does not: it fits every recipient on a mail-merge list.',
      evidence:
        'No placeholder about the recipient beyond their name and organisation, and no sentence that names a particular thing of theirs (something you read, saw or used of theirs, or shared ground); praise of their work in general does not count.',
      worse: 'I came across your profile and really admire your work at {{recipient.company}}.',
      better: 'Your talk on {{recipient.talkTopic}} changed how I plan onboarding for new engineers.',
    },
    fixable: true,
    phraseCategory: 'personalization',
  },
  check(context) {
    const { document } = context;
    if (hasRecipientSpecificPlaceholder(document)) return;
    const prose = bodyProse(context.analysis.bodySentences);
    const subject = document.frontMatter.subject?.value ?? '';
    if (SPECIFIC_REFERENCES.some((pattern) => pattern.test(prose) || pattern.test(subject))) return;
    if (context.analysis.bodySentences.some(namesSomethingOfTheirs)) return;
    if (namesTheirWorkInSubject(subject, prose)) return;
    context.report({
      range: context.messageAnchor(),
      message:
        'Nothing here is specific to this recipient: name something of theirs you read, heard or used (e.g. “your talk on …”) so they see why you wrote to them.',
      fixes: insertClauseFixes(context, 'personalization', 'before-ask', 'Add a personal reference'),
    });
  },
};

/** A `{{recipient.…}}` field beyond name, employer and title, in the body or the subject. */
function hasRecipientSpecificPlaceholder(document: OutreachDocument): boolean {
  const paths = [...document.placeholders, ...document.subjectPlaceholders].filter((placeholder) => placeholder.rootScope).map((placeholder) => placeholder.path);
  const declared = document.frontMatter.variables ? [...document.frontMatter.variables.keys()] : undefined;
  return paths.some((path) => path.startsWith('recipient.') && !GENERIC_RECIPIENT_FIELD.test(meantPath(path, declared)));
}

/**
 * The declared path a misspelt placeholder stands for ("recipient.compnay" for a declared "recipient.company"): it
 * renders empty, and the field it was meant to be says whether it is about them.
 */
function meantPath(path: string, declared: readonly string[] | undefined): string {
  if (!declared || declared.includes(path) || declared.some((variable) => variable.startsWith(`${path}.`))) return path;
  return closest(path, declared.filter((variable) => variable.startsWith('recipient.'))) ?? path;
}

/** What every recipient has, or what a sender asks of them: "your profile", "your time", "your thoughts on…" name nothing specific. */
const GENERIC_POSSESSIONS = new Set([
  'work', 'profile', 'page', 'website', 'site', 'company', 'firm', 'business', 'organisation', 'organization', 'team', 'role', 'job', 'position',
  'title', 'career', 'background', 'experience', 'expertise', 'knowledge', 'journey', 'path', 'story', 'success', 'achievement',
  'accomplishment', 'bio', 'resume', 'cv', 'name', 'email', 'message', 'inbox', 'account', 'network', 'field', 'industry', 'area', 'space',
  'life', 'day', 'week', 'weekend', 'family', 'city', 'office', 'time', 'calendar', 'schedule', 'availability', 'help', 'advice', 'thought',
  'take', 'view', 'opinion', 'input', 'feedback', 'perspective', 'insight', 'guidance', 'support', 'answer', 'response', 'reply',
  'consideration', 'attention', 'brain', 'mind', 'expertise', 'skill', 'passion', 'dedication', 'contribution', 'effort', 'leadership',
  'energy', 'style', 'approach', 'vision', 'mission', 'value', 'reputation', 'presence', 'service', 'product', 'client', 'customer', 'people',
  'staff', 'colleague', 'student', 'community', 'side', 'end', 'area', 'region', 'neighbourhood', 'neighborhood', 'thing', 'stuff', 'lot',
  'everything', 'question', 'request', 'permission', 'number', 'address', 'contact', 'linkedin', 'hand', 'way', 'recommendation',
  'suggestion', 'tip', 'idea', 'pointer', 'direction', 'wisdom', 'blessing', 'approval', 'endorsement', 'referral', 'introduction', 'intro',
]);

/** The sender took in or used something of theirs: "saw your mural", "read your thesis", "tried your recipe". */
const TOOK_IN = new Set(['see', 'read', 'watch', 'hear', 'listen', 'enjoy', 'love', 'use', 'try', 'attend', 'visit', 'play', 'cook', 'bake', 'buy', 'wear', 'build', 'fork', 'install', 'study', 'borrow', 'follow', 'admire', 'share', 'forward', 'reread', 'rewatch', 'cite', 'quote', 'taste', 'eat', 'drink', 'catch', 'spot', 'notice', 'browse', 'download', 'stream', 'come', 'stumble']);

/**
 * A particular thing of theirs, named outside any ask: something the sender saw, read or used ("just saw your mural on
 * Rivera St"), or a thing of theirs with its subject ("your reel on shoulder mobility"). What anyone has or is asked for
 * ("your profile", "your thoughts on…") does not count.
 */
function namesSomethingOfTheirs(sentence: Sentence): boolean {
  const tokens = tagged(sentence).tokens;
  const asked = new Set(asksIn(sentence).flatMap((ask) => ask.scope));
  for (let index = 0; index < tokens.length - 1; index++) {
    const your = tokens[index]!;
    if (your.lower !== 'your' || asked.has(your) || your.negated) continue;
    const noun = headNoun(tokens, index + 1);
    if (noun === undefined) continue;
    const thing = tokens[noun]!;
    if (GENERIC_POSSESSIONS.has(thing.lemma) || GENERIC_POSSESSIONS.has(thing.lower)) continue;
    // "your reel on shoulder mobility", "your column about night shifts".
    const after = tokens[noun + 1];
    if ((after?.lower === 'on' || after?.lower === 'about') && tokens[noun + 2] && ['NOUN', 'PROPN', 'ADJ', 'VERB'].includes(tokens[noun + 2]!.pos)) return true;
    if (tookIn(tokens, index)) return true;
  }
  return false;
}

/** The noun that "your" at `from - 1` owns: "your [hand-painted] mural", "your [new] [koi] mural". */
function headNoun(tokens: readonly Token[], from: number): number | undefined {
  let last: number | undefined;
  for (let index = from; index < Math.min(tokens.length, from + 4); index++) {
    const token = tokens[index]!;
    if (token.pos === 'NOUN') last = index;
    else if (token.pos === 'ADJ' || token.pos === 'ADV' || (token.pos === 'PUNCT' && token.text === '-')) {
      if (last !== undefined) break;
    } else break;
  }
  return last;
}

/** The verb before "your" (past "just saw" with the subject left out, or "I watched") says the sender took the thing in. */
function tookIn(tokens: readonly Token[], your: number): boolean {
  let verb = your - 1;
  // "listened to your…", "came across your…", "stumbled upon your…".
  if (['to', 'across', 'upon', 'on'].includes(tokens[verb]?.lower ?? '') && ['listen', 'come', 'stumble'].includes(tokens[verb - 1]?.lemma ?? '')) verb--;
  const word = tokens[verb];
  if (!word || word.pos !== 'VERB' || word.negated || !TOOK_IN.has(word.lemma)) return false;
  let subject = verb - 1;
  while (tokens[subject]?.pos === 'ADV') subject--;
  // Present tense needs the sender as its subject ("I love your mural"); a bare one may be an ask ("see your calendar").
  if (word.lower === word.lemma && word.lemma !== 'read') return isSenderWord(tokens[subject] ?? word) && tokens[subject]!.lower !== 'me';
  // The sender is the one who did it, or nobody is named ("just saw…", "Loved your…").
  for (let back = verb - 1; back >= Math.max(0, verb - 4); back--) {
    const token = tokens[back]!;
    if (isSenderWord(token)) return true;
    if (token.pos === 'PRON' || token.pos === 'NOUN' || token.pos === 'PROPN') return false;
  }
  return true;
}
