import { isRequest } from '../language/analysis';
import type { Sentence } from '../document/document';
import { travelsIn } from '../lexicon/logistics';
import { asksIn } from '../language/speechActs';
import { findPhrases, type PhraseMatch } from '../lexicon/value';
import type { Rule } from './rule';
import type { Fix, OffsetRange } from '../types';

const SENDER_PLACE = String.raw`(?:my|our) (?:office|place|studio|workspace|co-?working space|campus|house|apartment|building|hq|headquarters)(?! hours)`;
/** Asks that make the recipient travel: to a midpoint, or to the sender. */
const TRAVEL_ASK = new RegExp(
  [
    String.raw`\bmeet (?:you |me )?(?:half-?way|half way|midway|in the middle|somewhere (?:in the middle|in between|between))\b`,
    String.raw`\b(?:somewhere|someplace|a spot|a place|a caf[eé]) (?:in the middle|in between|half-?way|midway)\b`,
    String.raw`\b(?:half-?way|midway) between (?:us|you and me|our (?:offices|places|homes))\b`,
    String.raw`\bmeet (?:me |us )?at ${SENDER_PLACE}`,
  ].join('|'),
  'gi',
);

/** Replacements that meet the recipient where they already are. */
const WHERE_THEY_ARE = [
  { verb: 'meet near your office', place: 'near your office', label: 'near their office' },
  { verb: 'talk on a short call', place: 'on a short call', label: 'a short call' },
  { verb: 'meet at an event you already attend', place: 'at an event you already attend', label: 'an event they already attend' },
];

export const meetingBurden: Rule = {
  meta: {
    id: 'meeting-burden',
    severity: 'warning',
    kinds: ['request'],
    description: 'The request asks the recipient to travel: to meet halfway, in the middle, or at the sender’s office.',
    docs: {
      why:
        'A coffee “somewhere in the middle” means the recipient leaves work, drives out, talks, drives back and then has to find their focus again: the half hour you asked for becomes an afternoon. You are the one asking, so go to them — near their office, at an event they already attend — or keep it to a call.',
      evidence:
        'Evidence is a meeting halfway or in the middle (also a place halfway between their place and the sender’s, a split journey, each driving part of the way, or a place “equally far for us both”), or a verb of going (come, travel, visit, stop by, make the trip) whose traveller is the recipient and whose destination is the sender’s place (“our lab in …”, “my office”, “us”), unless they are already nearby or another option is offered in the same breath; offering to pay the fare does not lift the burden.',
      worse: 'Could we meet halfway, maybe somewhere downtown?',
      better: 'I would be glad to come to a café near your office, or to keep it to a short call if that is easier.',
    },
    fixable: true,
  },
  check(context) {
    const sentences = context.analysis.bodySentences;
    const matches = [...trips(sentences), ...findPhrases(sentences, TRAVEL_ASK), ...midpoints(sentences)]
      .sort((a, b) => a.range.start - b.range.start)
      .filter((match, index, all) => index === 0 || all[index - 1]!.range.end <= match.range.start);
    for (const match of matches) {
      context.report({
        range: match.range,
        message: 'You are asking a favor, so do not ask them to travel: offer to meet near their office, at an event they already attend, or on a call.',
        fixes: whereTheyAreFixes(match.range, match.text),
      });
    }
  },
};

/** "If you're ever in Leiden", "whenever you're around": they would already be there. */
const ALREADY_NEARBY = /\b(?:if|when|whenever|next time) you(?:['’]re| are| happen to be)? (?:ever |already |next )?(?:in|around|near|nearby|passing|visiting|in town|over)\b/i;

/** Trips the recipient is asked to make to the sender's place, where no other way (a call, the sender going to them) is offered in the same sentence. */
function trips(sentences: readonly Sentence[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const sentence of sentences) {
    const travels = travelsIn(sentence);
    if (ALREADY_NEARBY.test(sentence.text) || travels.some((travel) => travel.traveller === 'sender' && travel.destination !== 'sender')) continue;
    for (const travel of travels) {
      if (travel.traveller !== 'recipient' || travel.destination !== 'sender') continue;
      if (/\bor\b[^.?!]{0,40}\b(?:call|phone|video|zoom|email|online|remote(?:ly)?|virtual(?:ly)?)\b/i.test(sentence.text.slice(travel.end))) continue;
      const start = sentence.range.start + travel.start;
      found.push({ sentence, range: { start, end: sentence.range.start + travel.end }, text: sentence.text.slice(travel.start, travel.end), index: travel.start, groups: {} });
    }
  }
  return found;
}

/** Words for the trip itself, which "split it" or "equal for us both" refers to. */
const JOURNEY = /\b(?:drive|driving|distance|journey|trip|travel(?:l?ing)?|commute|miles|kilomet(?:er|re)s|km|ride|road|train)\b/i;
/** "split the drive", "share the journey", "split it" (with the trip named in the sentence). */
const SPLIT_JOURNEY = /\b(?:split|share|halve|divide) (?:it|that|the (?:\w+ )?(?:drive|distance|journey|trip|travel|commute|miles|ride|difference))(?: between us)?/gi;
/** A place picked because it is as far for one as for the other: "about equal for us both", "equidistant from us". */
const EQUAL_DISTANCE = /\b(?:about |roughly |more or less |pretty much |almost )?(?:equal(?:ly far)?|equidistant|the same distance|the same drive) (?:for|from|to|between) (?:us both|both of us|the two of us|each of us|us)\b/gi;
/**
 * Each covering part of the journey: "we could each drive part of the way", "come partway", "both ride half the
 * distance". A verb of going with a share of the way as its extent.
 */
const PART_OF_THE_WAY = /\b(?:driv(?:e|es|ing)|travel(?:s|l?ing)?|rid(?:e|es|ing)|cycl(?:e|es|ing)|walk(?:s|ing)?|fl(?:y|ies|ying)|com(?:e|es|ing)|go(?:es|ing)?|head(?:s|ing)?|commut(?:e|es|ing)|cover(?:s|ing)?)\b (?:(?:(?:part|some|a bit|a little|a third|a share|a portion) of|half(?: of)?) (?:the|our) (?:way|distance|drive|journey|trip|road|miles|route)|part-?way|part way|half-?way)\b/gi;
/** Their place and the sender's, in either order: "your yard and mine", "you and me", "my workshop and your office", "us". */
const THEIRS = String.raw`(?:you|yours|your(?: [\w-]+){1,2})`;
const OURS = String.raw`(?:me|mine|us|ours|my(?: [\w-]+){1,2}|our(?: [\w-]+){1,2})`;
/**
 * A meeting place picked as halfway between the two of them: "roughly halfway between your yard and mine", "midway
 * between my farm and your clinic", "in the middle between us". Both ends must be theirs and the sender's; "halfway
 * between the two drafts" names no trip.
 */
const BETWEEN_OUR_PLACES = new RegExp(String.raw`\b(?:half-?way|half way|midway|mid-way|equidistant|(?:somewhere )?in the middle|in between) between (?:us(?: both| two)?|the two of us|${THEIRS} and ${OURS}|${OURS} and ${THEIRS})\b`, 'gi');
/** People who would make the trip, just before the verb: "we each drive", "could you come", "up for coming", "willing to ride". */
const TRAVELLERS_BEFORE = /\b(?:we|you|each|both|us|let['’]?s|to|for)\b(?:[\s,]+[\w'’]+){0,3}\s*$/i;
/** The sender alone as the one who goes part of the way ("I'll drive partway", "I'm happy to come halfway"): the nearest person before the verb is "I". */
const PEOPLE = /\b(?:I|we|you|each|both|us|let['’]?s)\b/gi;
const senderAlone = (before: string): boolean => [...before.matchAll(PEOPLE)].pop()?.[0] === 'I';
/** The split or meeting is ruled out: "no need to split the drive", "rather than meet halfway". */
const RULED_OUT = /(?:\bno need to|\bnot|n['’]t|\bnever|\brather than|\binstead of|\bwithout)\s+(?:\w+\s+){0,2}$/i;

/**
 * Meeting at a midpoint in other words than "halfway": a request or proposal to split the journey ("could we split
 * the drive and meet at the services?", "could we each drive part of the way?") or to meet at a place chosen as
 * equally far for both. The trip must be named
 * in the sentence, and the sender must not be offering to go to them in the same breath.
 */
function midpoints(sentences: readonly Sentence[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    const between = [...text.matchAll(BETWEEN_OUR_PLACES)];
    if (!JOURNEY.test(text) && !/\bmeet\b/i.test(text) && !new RegExp(PART_OF_THE_WAY.source, 'i').test(text) && between.length === 0) continue;
    if (!(isRequest(text) || asksIn(sentence).length > 0 || /\bwe (?:could|should|can|might)\b/i.test(text))) continue;
    if (travelsIn(sentence).some((travel) => travel.traveller === 'sender' && travel.destination !== 'sender')) continue;
    let start = Infinity;
    let end = -1;
    for (const match of between) {
      const at = match.index ?? 0;
      if (RULED_OUT.test(text.slice(0, at))) continue;
      start = Math.min(start, at);
      end = Math.max(end, at + match[0].length);
    }
    for (const match of text.matchAll(SPLIT_JOURNEY)) {
      const at = match.index ?? 0;
      if (RULED_OUT.test(text.slice(0, at)) || !JOURNEY.test(text)) continue;
      start = Math.min(start, at);
      const clauseEnd = /[,;?!.]|$/.exec(text.slice(at))!;
      end = Math.max(end, at + clauseEnd.index);
    }
    for (const match of text.matchAll(PART_OF_THE_WAY)) {
      const at = match.index ?? 0;
      const before = text.slice(0, at);
      // "Your notes go some of the way toward…": no one travels.
      if (RULED_OUT.test(before) || senderAlone(before) || !TRAVELLERS_BEFORE.test(before)) continue;
      start = Math.min(start, at);
      end = Math.max(end, at + match[0].length);
    }
    for (const match of text.matchAll(EQUAL_DISTANCE)) {
      const at = match.index ?? 0;
      const meet = [...text.slice(0, at).matchAll(/\bmeet\b/gi)].pop();
      if (!meet && !JOURNEY.test(text)) continue;
      const from = meet?.index ?? at;
      if (RULED_OUT.test(text.slice(0, from))) continue;
      start = Math.min(start, from);
      end = Math.max(end, at + match[0].length);
    }
    if (end < 0) continue;
    found.push({ sentence, range: { start: sentence.range.start + start, end: sentence.range.start + end }, text: text.slice(start, end), index: start, groups: {} });
  }
  return found;
}

function whereTheyAreFixes(range: OffsetRange, phrase: string): Fix[] {
  // A phrase that starts with its verb ("meet halfway", "come to my office") is replaced by a verb phrase; a bare place by a place.
  const startsWithVerb = /^(?:meet|split|share|come|stop|swing|drop|pop|head|drive|travel|commute|visit|fly|join|make|trek)/i.test(phrase);
  return WHERE_THEY_ARE.map((option, index) => ({
    title: `Meet where they already are: ${option.label}`,
    edits: [{ range, newText: startsWithVerb ? option.verb : option.place }],
    preferred: index === 0,
  }));
}
