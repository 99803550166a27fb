import { bodyProse, findPhrases } from '../lexicon/value';
import { clauseFixes, hasPlaceholder, replacingSentence } from '../lexicon/replies';
import type { Rule } from '../rule';

const APOSTROPHE = `['’]`;
const EARLIER_MESSAGE = String.raw`my (?:last |previous |earlier |prior |original )?(?:email|e-mail|message|note|request|invitation|inmail)`;

/** A nudge that only asks "did you see this?": "just following up", "bumping this", "circling back", "checking in again". */
const NUDGE = new RegExp(
  [
    String.raw`\bjust (?:wanted to |want to |writing to |a (?:quick |friendly |gentle )?)?(?:follow(?:ing)?[- ]?up|check(?:ing)?[- ]in|touch(?:ing)? base|circl(?:e|ing) back|bump(?:ing)?|ping(?:ing)?|nudg(?:e|ing)|remind(?:er|ing)?|reach(?:ing)? out again)\b`,
    String.raw`\bbump(?:ing)? (?:this|it|my|up)\b`,
    String.raw`\bcircl(?:e|ing) back\b`,
    String.raw`\b(?:check(?:ing)? in|follow(?:ing)?[- ]?up|reach(?:ing)? out|ping(?:ing)?|nudg(?:e|ing)) (?:again|one (?:more|last) time|once more)\b`,
    String.raw`\bdid you (?:get|see|receive|read|happen to see|have a chance to (?:read|see|look at|review|consider)) ${EARLIER_MESSAGE}\b`,
    String.raw`\b(?:in case you missed|not sure (?:if|whether) you (?:saw|got|received)|make sure you (?:saw|got|received)) ${EARLIER_MESSAGE}\b`,
  ].join('|'),
  'gi',
);

/** Milder chasers, pushy in a follow-up but ordinary in a request that goes on to make its case: "following up on my last email". */
const CHASER = new RegExp(
  [
    String.raw`\bfollow(?:ing)?[- ]?up on ${EARLIER_MESSAGE}\b`,
    String.raw`\b(?:as )?per ${EARLIER_MESSAGE}\b`,
    String.raw`\btouch(?:ing)? base\b`,
    String.raw`\b(?:haven${APOSTROPHE}t|have not) heard back\b`,
    String.raw`\bany (?:updates?|news)(?: on (?:this|that|${EARLIER_MESSAGE}))?\s*\?`,
  ].join('|'),
  'gi',
);

const RESOURCE = String.raw`(?:article|piece|post|paper|report|study|podcast|episode|video|book|resource|guide|case study|newsletter|thread|survey|dataset|write-?up|summary|slides|deck|notes|tool|template|talk by|interview with|answer|session|event|workshop|meetup|conference|webinar|course)s?`;

/** Something worth their time: a resource for them, what came of their advice, news, or an offer. */
const VALUE = new RegExp(
  [
    // A resource shared: "I came across an article…", "thought you might enjoy this podcast".
    String.raw`\b(?:thought (?:you|of you)|you (?:might|may|would|will|could) (?:find|enjoy|like|appreciate|want)|shar(?:e|ed|ing)|came across|stumbled (?:on|upon|across)|found|spotted|here${APOSTROPHE}s|here is|attach(?:ed|ing)|link(?:ed|ing)?|sending|send you|pass(?:ing)? along|reminded me of)\b[^.?!]{0,80}\b${RESOURCE}\b`,
    String.raw`\b${RESOURCE}\b[^.?!]{0,100}\b(?:you (?:might|may|would|will|could) (?:find|enjoy|like|appreciate)|made me think of you|reminded me of (?:you|our)|(?:right )?up your (?:street|alley))`,
    // What came of their advice: "I took your advice…", "since we spoke…".
    String.raw`\b(?:took|followed|tried|acted on|used|applied|put) your (?:advice|suggestion|tip|recommendation|idea|framework|feedback)`,
    String.raw`\b(?:thanks to|because of|based on|following|after) your (?:advice|suggestion|tip|recommendation|feedback|help|introduction|intro)\b|\bas you (?:suggested|recommended|advised)\b`,
    String.raw`\bsince (?:we|our) (?:last )?(?:spoke|talked|met|chatted|call|conversation|chat|meeting)\b`,
    String.raw`\b(?:quick|brief|short|small) update\b|\b(?:give|send|share with) you (?:a|an) (?:\w+ )?update\b`,
    // News: "we just launched…", "I landed the role", "good news".
    String.raw`\b(?:i|we)(?:${APOSTROPHE}ve| have)? (?:just |recently |finally )?(?:launched|published|shipped|released|landed|accepted|won|finished|completed|raised|joined|signed|passed|presented|submitted|got (?:the|an?|my) (?:offer|job|role|grant|place|spot))\b|\b(?:good|exciting|great) news\b`,
    // An offer: "happy to introduce you", "if it's useful".
    String.raw`\b(?:happy|glad|delighted) to (?:introduce|share|send|connect you)|\b(?:i|we) (?:can|could|${APOSTROPHE}d be happy to) (?:introduce|share|send you|connect you)|\bif (?:it|that|this)(?:${APOSTROPHE}s| is| would be)? (?:useful|helpful)\b|\b(?:useful|helpful|valuable) (?:to|for) (?:you|your)\b`,
  ].join('|'),
  'i',
);

/** A placeholder that carries the news or resource (`{{followUp.article}}`, `{{update.result}}`). */
const VALUE_PLACEHOLDER = /article|link|news|update|resource|offer|result|progress/i;

export const pushyFollowUp: Rule = {
  meta: {
    id: 'pushy-follow-up',
    severity: 'warning',
    kinds: ['follow-up', 'request'],
    description: 'A follow-up that only nudges ("just following up", "bumping this", "circling back") and brings nothing of value.',
    docs: {
      why:
        'A bare "just checking in" asks the recipient to do the work of remembering you and carries an undertone of "you owe me a reply". A follow-up earns its place when it gives something: an article that builds on their work, what happened when you acted on their advice, or news they would want. That keeps the relationship light and gives them a reason to answer.',
      worse: 'Just following up on my last email. Did you get a chance to read it?',
      better: 'I took your advice and asked the team for their last three retrospectives; it made the interview far easier. I thought you might also enjoy this article on running retros for remote teams.',
    },
    fixable: true,
    source: '004',
  },
  check(context) {
    const { document, analysis } = context;
    const sentences = analysis.bodySentences;
    const matches = [...findPhrases(sentences, NUDGE), ...(document.frontMatter.kind === 'follow-up' ? findPhrases(sentences, CHASER) : [])];
    const nudges = [...new Set(matches.map((match) => match.sentence))].sort((a, b) => a.range.start - b.range.start);
    if (nudges.length === 0 || VALUE.test(bodyProse(sentences)) || hasPlaceholder(document, VALUE_PLACEHOLDER)) return;
    for (const sentence of nudges) {
      context.report({
        range: sentence.range,
        message: 'A bare nudge asks them to do the remembering: replace it with something of value (an article for them, what came of their advice, or news).',
        fixes: clauseFixes(context, 'follow-up-value', 'follow-up', 'Share something of value', replacingSentence(sentence)),
      });
    }
  },
};
