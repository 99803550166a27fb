import { inlineSentenceRemoval } from '../fixes/edits';
import { findPhrases, isAskLike, isNegated } from '../lexicon/value';
import { asksForReferral } from '../lexicon/referrals';
import type { Rule } from './rule';

/** Who might be hiring: the recipient, their team, or a company by name (never the sender: "I", "We"). */
const WHO = String.raw`(?:you(?:\s+(?:all|guys))?|your\s+(?:team|company|group|department|org)|x+|(?!(?:I|We)\b)[A-Z][\w&.-]*)`;

/** Asking a stranger for a job, or whether they are hiring (case-sensitive so that a company name can be told from a word). */
const JOB_ASK = new RegExp(
  [
    String.raw`\b(?:[Aa]re|[Ii]s|[Ww]ill|[Ww]ould)\s+${WHO}\s+(?:still\s+|currently\s+|now\s+|be\s+)?hiring\b`,
    String.raw`\b[Yy]ou(?:['’]ll|['’]re|\s+are)\s+(?:still\s+|currently\s+)?(?:be\s+)?hiring\b`,
    String.raw`\b${WHO}\s+(?:will|would|might)\s+(?:still\s+)?be\s+hiring\b`,
    String.raw`\b(?:[Dd]o|[Dd]oes)\s+${WHO}\s+have\s+(?:any\s+)?(?:open\s+)?(?:roles|positions|openings|vacancies|jobs|job openings)\b`,
    String.raw`\b(?:[Aa]ny|[Aa]re there(?: any)?)\s+(?:open\s+)?(?:roles|positions|openings|vacancies|jobs|job openings)\s+(?:open\s+)?(?:on|in|at|with)\s+(?:your|x+)`,
    String.raw`\b(?:give|offer|get|find|land)\s+me\s+(?:a\s+|an\s+)?(?:job|position|role|interview)\b`,
    String.raw`\b[Hh]ire\s+me\b|\b(?:be|am)\s+your\s+next\b|\b[Yy]our\s+next\s+(?:[\w-]+\s+){0,3}hire\b`,
    String.raw`\b(?:[Aa]|[Aa]ny)\s+job\s+(?:at|on|with|in)\s+(?:your|x+)`,
  ].join('|'),
  'g',
);

/** Asking a stranger to stake their name on you. */
const REFERRAL_ASK =
  /\b(?:refer(?:ring)?\s+me|(?:a|an|your|internal)\s+referral|put(?:ting)?\s+in\s+a\s+(?:good\s+)?word|recommend(?:ing)?\s+me\b|recommendation\s+letter|letter\s+of\s+recommendation|(?:write|writing|give|giving)\s+(?:me\s+)?a\s+(?:linkedin\s+)?recommendation|vouch(?:ing)?\s+for\s+me|(?:pass|passing|forward|forwarding|send|sending)\s+(?:along\s+)?my\s+(?:resume|résumé|cv|application|profile)\s+(?:along\s+)?(?:to|on)|consider(?:ing)?\s+me\s+for)\b/gi;

const NEXT_STEPS = 'What advice would you give someone in my position about next steps?';

export const coldReferral: Rule = {
  meta: {
    id: 'cold-referral',
    severity: 'warning',
    kinds: ['request'],
    description: 'A cold request asks a stranger for a job, a referral or a recommendation.',
    docs: {
      why:
        'A referral or recommendation takes the other person five minutes but puts their name behind you, and someone who has never met you has no basis for that. Asking "are you hiring?" in a first message turns a conversation into a job application. Ask a stranger for advice on next steps; referrals come later, from people who know your work.',
      evidence:
        'With `relationship: cold`, an ask (a question, a request or a wish, not negated) whose object is your candidacy moved on ("pass my name along", "slide my CV across to…", "refer me"), an opening ("any openings on your team") or a placement for someone you write for.',
      worse: 'Would you be able to refer me for the open analyst role on your team?',
      better: 'What advice would you give someone moving from finance into analytics about next steps?',
    },
    fixable: true,
  },
  check(context) {
    if (context.document.frontMatter.relationship !== 'cold') return;
    const sentences = context.analysis.bodySentences;
    const asks = [...findPhrases(sentences, JOB_ASK), ...findPhrases(sentences, REFERRAL_ASK)].filter(
      (match) => isAskLike(match.sentence.text) && !isNegated(match.sentence.text, match.index),
    );
    // The patterns above, or any ask whose object is the sender's candidacy or an opening ("pass my portfolio along to
    // whoever handles hiring", "is there any opening I could be considered for?").
    const flagged = new Set([...asks.map((match) => match.sentence), ...sentences.filter(asksForReferral)]);
    for (const sentence of [...flagged].sort((a, b) => a.range.start - b.range.start)) {
      context.report({
        range: sentence.range,
        message: 'Asking someone who does not know you for a job or referral puts them on the spot: ask for their advice on next steps instead.',
        fixes: [
          { title: 'Ask for advice on next steps instead', edits: [{ range: sentence.range, newText: NEXT_STEPS }], preferred: true },
          { title: 'Remove this ask', edits: [{ range: inlineSentenceRemoval(context.document, sentence.range), newText: '' }] },
        ],
      });
    }
  },
};
