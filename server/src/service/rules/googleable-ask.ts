import { declarePlaceholders } from '../fixes/clauseFixes';
import { clauseSnippet } from '../config/phrases';
import { findPhrases, isAskLike, isNegated, sourceText, type PhraseMatch } from '../lexicon/value';
import type { Rule } from './rule';
import type { Fix } from '../types';

/** Where a phrase ends: what follows adds nothing more specific ("…about your work!", "…about what you do and…"). */
const ENDS = String.raw`(?=\s*(?:[.!?,;:)—–]|$|\s*(?:and|there|in general|at\b)))`;

/** Subjects their profile, website or company page already covers. */
const PUBLIC_SUBJECT = String.raw`(?:(?:your|the)\s+(?:work|company|organi[sz]ation|business|startup|product|products|team|role|job|background|firm)${ENDS}|you${ENDS}|yourself|what\s+(?:you|your\s+(?:company|team)|x+)\s+(?:all\s+|guys\s+)?(?:do|does)${ENDS}|the\s+work\s+(?:that\s+)?(?:you|your\s+team)\s+(?:all\s+)?do\b|the\s+work\s+(?:going\s+on|being\s+done|happening)\s+at\b|x+${ENDS}|(?<name>[a-z][\w&.-]*(?:\s+[a-z0-9][\w&.-]*)?)${ENDS})`;

/** "learn more about your work", "hearing a bit more about what you do". */
const LEARN_ABOUT = new RegExp(
  String.raw`\b(?<verb>learn|learning|hear|hearing|know|knowing|find out|finding out|understand|understanding)(?:\s+(?:a\s+(?:bit|little)\s+)?more)?\s+about\s+${PUBLIC_SUBJECT}`,
  'gi',
);

/**
 * Asking to be given a description, by any of its nouns: "give me the rundown of", "give us a quick overview of", "fill
 * me in on", "brief me on". Like "tell me", they ask for an account of something, here of what is public.
 */
const GIVE_ACCOUNT = String.raw`(?:give|offer)\s+(?:me|us)\s+(?:a|an|the|some)\s+(?:quick\s+|brief\s+|short\s+|general\s+|basic\s+|rough\s+)?(?:rundown|overview|summary|run-?through|outline|picture|sense|idea|introduction|intro|primer)\s+(?:of|on|about)|fill\s+(?:me|us)\s+in\s+on|brief\s+(?:me|us)\s+on`;

/** "tell me about your company", "what does your company do?". */
const TELL_ME = new RegExp(
  String.raw`\b(?:tell\s+me\s+(?:a\s+(?:bit|little)\s+)?(?:more\s+)?about|${GIVE_ACCOUNT})\s+${PUBLIC_SUBJECT}|\bwhat\s+(?:does|do)\s+(?:your\s+(?:company|team|startup|organi[sz]ation)|you\s+(?:all|guys)|x+)\s+do\b`,
  'gi',
);

/** An organisation (or a placeholder for one, or the recipient as a business) whose activity a website describes. */
const ORGANISATION = String.raw`(?:(?:your|the|this)\s+(?:company|firm|organi[sz]ation|business|startup|start-up|agency|non-?profit|charity|foundation|studio|lab|clinic|practice|office|department|institute|team|group|school|hospital|centre|center|shop|store|restaurant|bakery|caf[eé]|salon|gym|farm|brewery|winery|co-?op|cooperative|collective|club|society|association|label|publisher|press|consultancy|project)|x+|you)`;
/**
 * What an organisation puts on its shelves or its programme, by any name a catalogue uses: "the fragrance lines the house
 * sells", "the tours the museum runs" (not "the mistakes your team makes", which no catalogue lists).
 */
const OFFERINGS = String.raw`lines|ranges|collections|catalog(?:ue)?|products|services|brands|labels|models|titles|menus?|dishes|beers|wines|blends|flavou?rs|scents|fragrances|courses|classes|programs|programmes|tours|events|workshops|rooms|venues|treatments|packages|plans|solutions|tools|games`;
/**
 * The whole of an activity, from its first step to its last ("from audition to contract", "from seed to shelf", "start to
 * finish"): still the general description, not one matter within it.
 */
const END_TO_END = String.raw`(?:from\s+(?:(?:the|a|an)\s+)?[\w-]+\s+(?:(?:right|all\s+the\s+way)\s+)?(?:to|through)\s+(?:(?:the|a|an)\s+)?[\w-]+|(?:start|end|top|beginning)\s+to\s+(?:finish|end|bottom))`;
/**
 * A trade or role named in general, by an indefinite article ("what a foley artist does", "what an actuary actually
 * does"): the job description any careers page gives, not one person's experience of it.
 */
const ROLE_IN_GENERAL = String.raw`what\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:actually\s+|exactly\s+|really\s+|mainly\s+|typically\s+)?does`;
/** What the organisation does, offers or sells, or how it is organised: the description on its own website. */
const ACTIVITY = String.raw`(?:${ROLE_IN_GENERAL}|what\s+${ORGANISATION}\s+(?:actually\s+|exactly\s+|really\s+|mainly\s+)?(?:does|do|offers?|sells?|makes?|provides?|builds?|produces?)|(?:which|what|the)\s+(?:(?:kinds?|types?|sorts?|range)\s+of\s+)?(?:services|products|programs|programmes|treatments|courses|classes|solutions)\s+(?:that\s+)?${ORGANISATION}\s+(?:offers?|sells?|provides?|runs?|makes?|has|have)|the\s+(?:[\w-]+\s+){0,2}?(?:${OFFERINGS})\s+(?:that\s+)?${ORGANISATION}\s+(?:currently\s+|now\s+|still\s+)?(?:offers?|sells?|stocks?|carries|provides?|makes?|runs?|publishes)|how\s+(?:${ORGANISATION}|(?:its|their|${ORGANISATION}'s)\s+teams?)\s+(?:is|are)\s+(?:organi[sz]ed|structured|set\s+up))(?:\s+(?:day[-\s]to[-\s]day|on\s+a\s+daily\s+basis|these\s+days|today|now|exactly|in\s+practice|${END_TO_END}|on\s+(?:a|an|any)\s+(?:typical\s+|normal\s+|given\s+)?[\w-]+))?${ENDS}`;
const MORE = String.raw`(?:\s+(?:a\s+(?:bit|little)\s+)?more)?`;

/**
 * An organisation or programme by its proper name ("the Digital Commons", "the Prairie Seed Bank"), asked what it is
 * or does: the first line of its own website. Matched case-sensitively, since only the capitals make it a name;
 * "what the job is like" is an experience, not a description, and does not match.
 */
const PROPER_NAME = String.raw`the\s+(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*`;
const NAMED_IS = String.raw`what\s+${PROPER_NAME}\s+(?:actually\s+|exactly\s+|really\s+|mainly\s+)?(?:is|are|does|do|offers?|provides?)${ENDS}`;
/** The asking verbs, with either case of first letter (the regex itself is case-sensitive). */
const NAMED_ACTIVITY = new RegExp(
  String.raw`\b(?:(?<verb>[Ll]earn(?:ing)?|[Hh]ear(?:ing)?|[Kk]now(?:ing)?|[Ff]ind(?:ing)? out|[Uu]nderstand(?:ing)?)${MORE}(?:\s+about)?|(?:[Tt]ell\s+(?:me|us)|[Ee]xplain(?:\s+to\s+(?:me|us))?|[Ww]alk\s+(?:me|us)\s+through)${MORE}(?:\s+about)?)\s+${NAMED_IS}`,
  'g',
);

/** "learn more about what your clinic does", "understand how the office is organised". */
const LEARN_ACTIVITY = new RegExp(
  String.raw`\b(?<verb>learn|learning|hear|hearing|know|knowing|find out|finding out|understand|understanding)${MORE}(?:\s+about)?\s+${ACTIVITY}`,
  'gi',
);

/** "tell me about what the office actually does", "explain to me which services the practice offers", "tell us about the services the clinic offers". */
const TELL_ACTIVITY = new RegExp(String.raw`\b(?:(?:tell\s+(?:me|us)|explain(?:\s+to\s+(?:me|us))?|walk\s+(?:me|us)\s+through)${MORE}(?:\s+about)?|${GIVE_ACCOUNT})\s+${ACTIVITY}`, 'gi');

/** What to ask instead: a question that starts where their public work stops. */
const FROM_PUBLIC_WORK = 'your take on a question your work on {{recipient.recentWork}} left me with';

export const googleableAsk: Rule = {
  meta: {
    id: 'googleable-ask',
    severity: 'warning',
    kinds: ['request'],
    description: 'The request asks to hear what their public profile, website or writing already answers.',
    docs: {
      why:
        'Asking someone to "tell me about what you do" spends their time on something you could look up in five minutes: their profile, company site, talks and posts already say it. A conversation is worth their time when it starts where that public material stops, with a question, a new angle or a piece of context only they can add.',
      evidence:
        'Evidence is an ask to hear about their work, company or role in general, what an organisation (by type or by its proper name) is, does or offers, or what a trade does in general ("what a foley artist does"); a question about what it is like, what it decided or what they think is not.',
      worse: 'I would love to learn more about your work.',
      better: 'I read your post on pricing developer tools, and I would love your take on how it applies to open-source projects.',
    },
    fixable: true,
  },
  check(context) {
    const sentences = context.analysis.bodySentences;
    const found = [LEARN_ABOUT, TELL_ME, LEARN_ACTIVITY, TELL_ACTIVITY, NAMED_ACTIVITY].flatMap((pattern) => findPhrases(sentences, pattern));
    const candidates = found
      .filter((match) => isAskLike(match.sentence.text) && !isNegated(match.sentence.text, match.index) && namesSomething(match))
      .sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
    // One finding per phrase: the longest match from where it starts, and nothing inside it.
    const matches: PhraseMatch[] = [];
    for (const match of candidates) {
      const last = matches[matches.length - 1];
      if (!last || match.range.start >= last.range.end) matches.push(match);
    }
    for (const match of matches) {
      context.report({
        range: match.range,
        message: `“${sourceText(context.document, match.range)}” asks for what their public profile or site already says: read up first, then ask about something their work left open (“I read X; I'd like your view on Y”).`,
        fixes: continueFromPublicWork(match).map((fix) => declarePlaceholders(context, fix)),
      });
    }
  },
};

/** A bare name ("learn more about Acme") counts only when every word is capitalized, as names are. */
function namesSomething(match: PhraseMatch): boolean {
  const name = match.groups.name;
  return name === undefined || name.split(/\s+/).every((word) => /^[A-Z0-9]/.test(word));
}

/** Replaces "learn more about your work" with a question that follows on from their public work (not for "what does … do?"). */
function continueFromPublicWork(match: PhraseMatch): Fix[] {
  const verb = match.groups.verb;
  if (!verb) return [];
  const newText = `${verb.endsWith('ing') ? 'getting' : 'get'} ${FROM_PUBLIC_WORK}`;
  return [
    {
      title: 'Ask about something their public work left open',
      edits: [{ range: match.range, newText, snippet: clauseSnippet(newText) }],
      preferred: true,
    },
  ];
}
