import { insertClauseFixes } from '../clauseFixes';
import type { OutreachDocument } from '../document';
import { SHARED_GROUND, bodyProse } from '../lexicon/value';
import type { Rule } from '../rule';

/** Mail-merge fields that fit any recipient: a name, an employer or a job title says nothing about their work. */
const GENERIC_RECIPIENT_FIELD =
  /^recipient\.(?:(?:first|last|full|display|nick|given|family)?_?name|company(?:_?name)?|employer|org(?:ani[sz]ation)?|(?:job)?_?title|role|position|email|linkedin|phone|city|location|pronouns?|honorific|salutation)$/i;

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
  /(?<!\b(?:how|why|what|whether|if)\s)\b(?:you|your team)(?:['’]ve| have)?\s+(?:recently\s+|also\s+|just\s+)?(?:mentioned|said|described|explained|argued|pointed out|suggested|founded|co-?founded|built|started|launched|created|wrote|written|published|posted|shared|spoke|presented|gave|recorded|organi[sz]ed|hosted|designed|shipped|open-?sourced|led|left|joined|moved|switched|transitioned|pivoted|made (?:the|that|a) (?:leap|switch|move|jump|transition))\b/i;

/** A quotation of their words or a title (three or more words in quotes). */
const QUOTATION = /["“][^"”\n]*\S\s+\S+\s+\S[^"”\n]*["”]/;

const SPECIFIC_REFERENCES = [THEIR_WORK, THEIR_WORK_TYPO, THEIR_FOCUS, THEIR_DEED, SHARED_GROUND, QUOTATION];

/** Capitalized words a subject line uses that name nothing of theirs. */
const GENERIC_SUBJECT_WORDS = new Set(
  'your about question questions quick coffee chat call meeting request career careers advice introduction intro networking connect connecting hello thanks thank following follow from with fellow student students alum alumni interview informational opportunity opportunities role roles position job jobs help reaching time request mentor mentorship mentoring looking learning aspiring junior senior software engineer engineering developer data science design designer product manager hiring internship'.split(' '),
);

/**
 * The subject names one particular thing (a project, product or paper, "Puppo the Corgi") and the body talks about it by
 * that name: the message is about their work even without "your".
 */
function namesTheirWorkInSubject(subject: string, prose: string): boolean {
  for (const [word] of subject.matchAll(/\b[A-Z][\w’'-]{3,}/g)) {
    if (GENERIC_SUBJECT_WORDS.has(word.toLowerCase())) continue;
    if (new RegExp(`(?<![\\w’'-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w’'-])`).test(prose)) return true;
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
      worse: 'I came across your profile and really admire your work at {{recipient.company}}.',
      better: 'Your talk on {{recipient.talkTopic}} changed how I plan onboarding for new engineers.',
    },
    fixable: true,
    source: '004',
  },
  check(context) {
    const { document } = context;
    if (hasRecipientSpecificPlaceholder(document)) return;
    const prose = bodyProse(context.analysis.bodySentences);
    const subject = document.frontMatter.subject?.value ?? '';
    if (SPECIFIC_REFERENCES.some((pattern) => pattern.test(prose) || pattern.test(subject))) return;
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
  const paths = document.placeholders.filter((placeholder) => placeholder.rootScope).map((placeholder) => placeholder.path);
  const subject = document.frontMatter.subject?.value ?? '';
  for (const match of subject.matchAll(/\{\{\s*([\w.@-]+)\s*\}\}/g)) paths.push(match[1] ?? '');
  return paths.some((path) => path.startsWith('recipient.') && !GENERIC_RECIPIENT_FIELD.test(path));
}
