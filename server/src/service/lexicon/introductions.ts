/**
 * Patterns for introductions and intro requests, shared by intro-reason, intro-expectation, easy-out and
 * intro-opt-in (which reuses the reason and expectation sentences of an introduction in the opt-in request it drafts).
 */
import type { OutreachDocument, Sentence } from '../document';
import { oncePer } from '../oncePer';

const APOSTROPHE = `['’]`;
const BE = String.raw`(?:is|are|was|${APOSTROPHE}s|${APOSTROPHE}re|has been|have been|am|${APOSTROPHE}m)`;

/** Why the two people should talk: a cause, common ground, a need one has and the other can meet, or expertise. */
const INTRO_REASON = new RegExp(
  [
    // A stated cause. "Since" of time ("since 2019", "since then") is not one.
    String.raw`\b(?:because|given (?:that|your|his|her|their|how)|the reason)\b`,
    String.raw`\bsince (?!\d|then\b|last\b|early\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|the (?:start|beginning)\b)`,
    String.raw`\bso (?:that )?(?:he|she|they|you|you two|both of you|x+|[A-Z][\w-]*) (?:can|could|might|may)\b`,
    // Common ground between them.
    String.raw`(?<!thank )\b(?:you|they)(?: two)?(?:${APOSTROPHE}re| are| have)? both\b(?! (?:have (?:the )?context|know each other|already|for))`,
    String.raw`\b(?:both of you|each other|one another|in common|similar|overlap\w*|kindred|same (?:move|path|problem|challenge|space|field|area|questions?|interests?|goals?|circles|industry|transition))\b`,
    // A fit the connector sees.
    String.raw`\b(?:came to mind|thought of (?:you|him|her|them)|(?:good|great|natural|perfect|strong|ideal) (?:fit|match|person|people|contact|resource|sounding board)|(?:the|a) (?:best|right|ideal|first) person|trust most|potential (?:for|to)|(?:fruitful|useful|valuable|natural|interesting) (?:collaboration|conversation|connection|partnership)|(?:could|can|might|would|will) (?:really |each |both )?(?:help|learn from|benefit|teach|advise|save|make a (?:real |big )?difference|enjoy (?:comparing|talking|swapping|trading))|(?:valuable|useful|helpful|relevant|of interest|interesting) (?:for|to) (?:you|your|both|each|him|her|them|x+))`,
    // What one of them needs or is doing.
    String.raw`\b${BE} (?:(?:currently|actively|now|also|really|particularly|especially|very|quite|deeply|recently) )?(?:interested in|looking (?:for|to|into)|exploring|working on|building|researching|hiring|hoping (?:to|for)|trying to|keen to|eager to|curious about|thinking about|considering|moving into|transitioning|raising|launching|struggling with|making (?:a|the) (?:decision|move|switch))\b`,
    String.raw`\b${BE} (?:about|planning|preparing|getting ready|setting out) to\b|\b(?:needs?|wants?|asked (?:me )?(?:for|about)|is after) (?:someone|somebody|help|advice|input|an? (?:expert|mentor|partner))\b`,
    // "You two should talk" alone is the introduction itself, not a reason for it.
    String.raw`\b(?:get along|hit it off|should (?:compare notes|know each other)|(?:compare|swap|trade) (?:notes|stories)|who (?:also|likewise))\b`,
    String.raw`\bhoping to\b|\binterests? (?:you|him|her|them|x+|[A-Z][\w-]*)\b|\b(?:has|have|had) (?:a|an|some|this|the same) (?:specific )?(?:question|problem|challenge|idea)s?\b|\bideas? (?:that|for|on|about)\b|\bbuilds? on\b`,
    // What one of them knows.
    String.raw`\b(?:experience (?:with|in|of|building|running|leading)|background in|expert(?:ise)? (?:in|on|at)|knows? (?:a lot|everything|more|the space|the field)|deep (?:knowledge|experience)|(?:has|have|had) (?:built|launched|scaled|led|run|solved|written|founded|shipped|done)|speciali[sz]\w*|solved (?:a|the|this|that|similar))`,
  ].join('|'),
  'i',
);

/** How they would meet: a call, coffee, an email exchange ("email" alone is the introduction itself). */
const EXPECTED_FORMAT =
  /\b(?:(?:phone |video |zoom |quick |short |brief )?calls?|phone|zoom|video chat|coffee|tea|lunch|breakfast|drinks|(?:a |quick |short )?chat|catch(?:-| )up|conversation|(?:by|over|via) e-?mail|e-?mail exchange|exchange (?:a few |some )?e-?mails|(?:short |quick |brief )reply|(?:quick |brief )?hello (?:at|over|in person)|intro call|meet (?:up|for|over)|in person|\d+[- ]min(?:ute)?s?)\b/i;

/** What the introduced person hopes the other will give: advice, a view, answers, a pointer, a role. */
const EXPECTED_HELP = new RegExp(
  String.raw`\b(?:advice|feedback|guidance|mentor\w*|(?:your|his|her|their) (?:views?|take|thoughts|perspective|input|insights?|opinion|experience|questions)|(?<!if you have any )questions?|a pointer|point (?:him|her|them) (?:to|toward)|learn (?:from|about|more|how)|hear (?:about|how|what|your)|pick up|compare notes|collaborat\w*|partner\w*|a role|a job|an opening|hire|hiring|recommend\w*|ask (?:you )?(?:about|a few|a couple|some|one|two|three))\b`,
  'i',
);

/** Saying no is made easy outright. */
const EASY_OUT = new RegExp(
  [
    String.raw`\b(?:no|zero) (?:pressure|obligation|hard feelings|expectations?)\b`,
    String.raw`\b(?:fine|okay|ok) (?:to|if you) (?:pass|decline|say no)\b|\bno is (?:a |an )?(?:(?:perfectly|totally|completely) )?(?:fine|ok|okay|acceptable|good)\b|\btake (?:a|your) no\b|\bhesitate to (?:say no|decline|pass)\b`,
    String.raw`\b(?:don${APOSTROPHE}t|do not|never|shouldn${APOSTROPHE}t|please don${APOSTROPHE}t) feel (?:any )?(?:obliged|obligated|pressured|bad|guilty|awkward)\b`,
    String.raw`\bfeel free to (?:decline|say no|pass|ignore|skip|let (?:this|it|me)|turn|not)\b`,
    String.raw`\b(?:saying|say|a|an|simple|polite|quick|short|easy|one-word) ["“]?(?:no|not now|pass)["”]?(?: is| would be)? (?:(?:completely|totally|perfectly|absolutely|entirely|also) )?(?:fine|ok|okay|all i need|plenty|enough|understandable|no problem)\b`,
    String.raw`\btakes? (?:it|this) personally\b|\b(?:go|goes|left|be left) unanswered\b|\b(?:no|don${APOSTROPHE}t|do not) need to (?:reply|respond|answer)\b`,
    String.raw`\bbetter (?:placed|suited)\b|\bthe answer is no\b|\bnot (?:be )?offended\b|\b(?:won${APOSTROPHE}t|will not|not) press\b`,
    String.raw`\b(?:i|i${APOSTROPHE}ll|i will|i${APOSTROPHE}d|i would)(?: completely| totally| fully)? understand (?:if|either way)\b`,
  ].join('|'),
  'i',
);

/** A conditional acceptance: "if now isn't a good time, no worries", "either way is fine". */
const CONDITION = /\b(?:if|either way|otherwise|whether or not)\b/i;
const ACCEPTANCE = new RegExp(String.raw`\b(?:no worries|no problem|(?:totally |completely |perfectly )?(?:fine|ok|okay|alright)|all good|understand(?:able)?|(?:i|we) get it)\b`, 'i');

/** The body's sentences, greeting and sign-off included: an intro is often one line that starts "Hey Carol, …". */
export const messageSentences = oncePer((document: OutreachDocument): readonly Sentence[] =>
  document.sentences.filter((sentence) => sentence.range.start >= document.bodyStart && sentence.text.trim() !== ''),
);

export function givesIntroReason(sentence: Sentence): boolean {
  return INTRO_REASON.test(sentence.text);
}

export function statesIntroExpectation(sentence: Sentence): boolean {
  return EXPECTED_FORMAT.test(sentence.text) || EXPECTED_HELP.test(sentence.text);
}

export function offersEasyOut(sentence: Sentence): boolean {
  return EASY_OUT.test(sentence.text) || (CONDITION.test(sentence.text) && ACCEPTANCE.test(sentence.text));
}
