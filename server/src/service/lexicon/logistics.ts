/**
 * Patterns for the logistics of a meeting request — format, timing, place, scheduling, clock times —
 * shared by the rules that check them (flexibility, scheduling-burden, timezone, meeting-burden,
 * vague-coffee, influencer-target, long-meeting).
 */
import { findDurations, isRequest, type MessageAnalysis } from '../analysis';
import type { OutreachDocument, Sentence } from '../document';

const APOSTROPHE = `['’]`;

/** Ways to meet, remote or in person. */
const FORMAT = String.raw`(?:(?:a |an )?(?:(?:quick|short|brief) )?(?:phone(?: call)?|video(?: call| chat)?|zoom(?: call)?|skype|teams|google meet|call|e-?mail|message|in[- ]person|coffee|virtual(?:ly)?|online|remotely))`;

/** The sender offers a choice of format: "call or coffee", "Zoom/phone", "questions by email or a call", "I can come to you". */
export const FORMAT_FLEXIBILITY = new RegExp(
  [
    String.raw`\b${FORMAT}\s*(?:\/|,)\s*${FORMAT}`,
    String.raw`\b(?:${FORMAT}|questions)\b[^.?!\n]{0,40}\bor\b[^.?!\n]{0,40}\b${FORMAT}`,
    String.raw`\bwh(?:atever|ichever) (?:format|medium|works|is (?:easiest|easier|best|most convenient)|you prefer|suits you)`,
    String.raw`\b(?:i|we) (?:can|could|would be happy to|${APOSTROPHE}d be happy to|${APOSTROPHE}m happy to|am happy to) (?:come|travel|meet you) (?:to (?:you|your)|wherever|near you)`,
    String.raw`\bif (?:a |an )?${FORMAT} (?:doesn${APOSTROPHE}t|does not|isn${APOSTROPHE}t|is not|won${APOSTROPHE}t) (?:work|suit)`,
    String.raw`\b(?:questions|answers?) (?:by|over|via) e-?mail\b`,
    String.raw`\b(?:happy|glad|fine) (?:to|with) (?:do|meet|talk|chat|connect) (?:by|over|on|via) (?:whatever|any)`,
  ].join('|'),
  'i',
);

/** The sender states when they are free: "I'm free most mornings", "my lunch hour is open all next week". */
export const SENDER_AVAILABILITY =
  new RegExp(String.raw`\b(?:i${APOSTROPHE}m|i am|my (?:calendar|schedule|lunch hour|lunch break|mornings|afternoons|evenings|week)(?: is| are)?) (?:pretty |quite |very |fairly |mostly |wide )?(?:free|open|available|flexible) (?:any|most|all|over|throughout|during|on|in|every|next|this|after|before|mornings|afternoons|evenings)\b|\b(?:is|are) (?:wide )?open (?:all|most|any|every|throughout)\b`, 'i');

/** The sender offers a choice of timing: "any day next week", "whenever suits you", "I'm flexible", "or a better time". */
export const TIMING_FLEXIBILITY = new RegExp(
  [
    String.raw`\bany (?:(?:week)?day|time|weekday|morning|afternoon|evening|slot)s?\b`,
    String.raw`\bwhenever (?:(?:it )?(?:works|suits|is (?:convenient|good|best|easiest))|you(?:${APOSTROPHE}re| are) (?:free|available))`,
    String.raw`\bat your (?:earliest )?convenience\b`,
    String.raw`\b(?:work|fit) (?:around|with|into) your (?:schedule|calendar|availability|time)`,
    String.raw`\bflexib(?:le|ility)\b`,
    String.raw`\b(?:a|any|some)(?: ?time| day| date)? that(?:${APOSTROPHE}s| is| would be)? (?:better|more convenient|convenient|good|best|easiest) for you`,
    String.raw`\b(?:a|another|other|different) (?:better |good )?(?:date|day|time)(?:\/time)?s? (?:that(?:${APOSTROPHE}s| is| would be)? )?(?:better|works better|suits you better|that works)`,
    String.raw`\b(?:a |another )?better (?:date|day|time|slot)`,
    String.raw`\bif (?:that|this|the) (?:date|day|time|slot|date\/time)? ?(?:doesn${APOSTROPHE}t|does not|won${APOSTROPHE}t|isn${APOSTROPHE}t) (?:work|suit|good)`,
    SENDER_AVAILABILITY.source,
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)days? or (?:mon|tues|wednes|thurs|fri|satur|sun)days?\b`,
    String.raw`\bwhen(?:ever)? (?:it(?:${APOSTROPHE}s| is) )?convenient\b`,
    String.raw`\bin the (?:next|coming) (?:few|couple of|two|three|\d) (?:weeks|months)\b`,
    String.raw`\b(?:sometime|some time|any ?time|whenever) (?:(?:in )?(?:next|this|the next|the coming) (?:week|month|two weeks|few weeks))\b`,
    String.raw`\blater (?:in the (?:week|month)|next (?:week|month)|this (?:month|quarter)) (?:works|is fine|would work)\b`,
  ].join('|'),
  'i',
);

/** The recipient is left to find the time: "when works for you?", "let me know when you're free". */
export const SCHEDULING_HANDOFF = new RegExp(
  [
    String.raw`\blet me know (?:when|what (?:time|day|date)s?|which (?:time|day|date)s?|a (?:good |convenient )?(?:time|day|date)|(?:some |a few )?(?:good )?times|your availability|what works)`,
    String.raw`\bwhen (?:would|will|are|might|could) you (?:be )?(?:free|available|have (?:time|a (?:moment|minute)))`,
    String.raw`\bwhen(?:ever)? (?:works|suits|would work|is (?:good|best|convenient)) (?:best )?(?:for )?you\b`,
    String.raw`\bwhenever (?:(?:it )?(?:works|suits|is (?:convenient|good|best|easiest))|you(?:${APOSTROPHE}re| are) (?:free|available))`,
    String.raw`\bwhat (?:times?|days?|dates?) (?:would |might )?(?:work|suit|are good)`,
    String.raw`\b(?:share|send) (?:me )?(?:your availability|a few times that work for you)`,
    String.raw`\bat your (?:earliest )?convenience\b`,
    String.raw`\b(?:work|fit) around your (?:schedule|calendar|availability)`,
    String.raw`\b(?:a|some) ?time that(?:${APOSTROPHE}s| is)? (?:convenient|good|best) for you`,
  ].join('|'),
  'i',
);

/** The meeting or call the message asks the recipient for: a meeting ask, or any request that names a length of time. */
export function meetingRequest(analysis: MessageAnalysis): Sentence | undefined {
  return analysis.meetingAsk ?? analysis.bodySentences.find((sentence) => isRequest(sentence.text) && findDurations(sentence.text).length > 0);
}

const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

/** A concrete time the sender puts forward: a weekday, a date, a clock time, or their own list of times. */
export const PROPOSED_SLOT = new RegExp(
  [
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b`,
    String.raw`\b(?:on|this|next) ${WEEKDAY}\b`,
    String.raw`\b${MONTH}\.? \d{1,2}(?:st|nd|rd|th)?\b`,
    String.raw`\bthe \d{1,2}(?:st|nd|rd|th)\b`,
    String.raw`(?<![\d/])\d{1,2}\/\d{1,2}(?![\d/])`,
    String.raw`\b(?:following|these|a few|some) (?:times|slots|dates)\b`,
    String.raw`\bany of these (?:times|slots|dates)\b`,
    String.raw`\b(?:send|suggest|propose|offer) (?:over |you )?(?:a few|some|two|three|a couple of) (?:times|slots|options|dates)\b`,
    String.raw`\b(?:send|set up|share) (?:you )?(?:a |an )?(?:calendar |meeting )?invite\b|\bcalendar invite\b`,
  ].join('|'),
  'i',
);

/** A way to book a slot without an email exchange. */
export const BOOKING_LINK = /\b(?:calendly|cal\.com|savvycal|booking (?:link|page)|book (?:a|any) (?:time|slot)|my calendar(?: link)?|scheduling link)\b/i;
const BOOKING_PLACEHOLDER = /booking|calendly|calendar|schedul/i;

/** Whether the body (sign-off included, where booking links often live) offers a booking link. */
export function offersBookingLink(document: OutreachDocument): boolean {
  const body = document.text.slice(document.bodyStart);
  return BOOKING_LINK.test(body) || document.placeholders.some((placeholder) => BOOKING_PLACEHOLDER.test(placeholder.path));
}

/** A clock time: "4pm", "4:30 p.m.", "10:30", "14:00". */
export const CLOCK_TIME = /(?<![\d:.\/$£€])(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?(?:[ap]\.m\.|[ap]m\b)|(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]))/gi;

/** A time zone named in text: "ET", "CEST", "UTC+2", "Pacific", "your time", "Berlin time", "time zone". */
const TIME_ZONE_ABBREVIATION =
  /\b(?:E|C|M|P|AK|H)[SD]?T\b|\b(?:UTC|GMT|CET|CEST|EET|EEST|WET|WEST|BST|IST|AEST|AEDT|ACST|AWST|JST|KST|SGT|HKT|NZST|NZDT|MSK|SAST|BRT)\b(?:\s?[+\-−]\s?\d{1,2}(?::?\d\d)?)?/;
const TIME_ZONE_WORDS = /\b(?:eastern|central|mountain|pacific|atlantic|alaska|hawaii)\b|\b(?:your|my|our|local) time\b|\btime ?zones?\b/i;
/** "Berlin time", "London time" — a capitalised place, not "Any time" or "Lunch time". */
const PLACE_TIME = /\b(?!(?:Any|Some|Each|Every|This|That|Next|Last|The|A|Good|Better|Best|Lunch|Free|Spare|Quality|Your|My|Our|Local)\b)[A-Z][a-z]+ time\b/;
const TIME_ZONE_PLACEHOLDER = /time_?zone|\btz\b/i;

export function namesTimeZone(text: string): boolean {
  return TIME_ZONE_ABBREVIATION.test(text) || TIME_ZONE_WORDS.test(text) || PLACE_TIME.test(text);
}

export function isTimeZonePlaceholder(path: string): boolean {
  return TIME_ZONE_PLACEHOLDER.test(path);
}

/** Formats that need no time zone because both people are in the same room. */
const IN_PERSON = /\b(?:coffee|lunch|breakfast|dinner|drinks?|in[- ]person|face[- ]to[- ]face|(?:at|near|by) (?:your|my|our) (?:office|campus|building)|meet (?:up )?at (?:the )?[A-Z]\w+|grab a bite)\b/;
const REMOTE = /\b(?:call|calls|phone|zoom|video|skype|teams|google meet|hangouts?|virtual(?:ly)?|online|remote(?:ly)?|webex|facetime|dial)\b/i;

export function isInPersonOnly(text: string): boolean {
  return IN_PERSON.test(text) && !REMOTE.test(text);
}

/** The ask names what the conversation would be about. */
export const PURPOSE = new RegExp(
  [
    String.raw`\babout\b`,
    String.raw`\bregarding\b`,
    String.raw`\b(?:on|into) how\b`,
    String.raw`\bto (?:talk|hear|learn|discuss|ask|get|pick|understand|share|compare|swap|trade|go over|walk through|chat|show|run)\b`,
    String.raw`\bso (?:that )?(?:i|we) (?:can|could)\b`,
    String.raw`\byour (?:advice|take|thoughts|perspective|view|views|input|experience|path|story|journey|work)\b`,
  ].join('|'),
  'i',
);

/** A plan to meet where the recipient already goes: a conference, meetup or event they attend. */
export const EVENT_MEETING = new RegExp(
  [
    String.raw`\b(?:at|during|after|before|around) (?:the |your |next (?:week|month)${APOSTROPHE}s |this (?:week|month)${APOSTROPHE}s |an? |one of (?:the|your) )?(?:[\w-]+ ){0,4}(?:conference|summit|meetup|meet-up|event|expo|convention|workshop|hackathon|panel|keynote|talk|session|mixer|happy hour|forum|symposium|festival|trade show|offsite|launch)s?\b`,
    String.raw`\b(?:event|conference|meetup|summit)s? (?:you(?:${APOSTROPHE}re| are| will be| already| regularly)?|you(?:${APOSTROPHE}ll| will) be) (?:already )?(?:attend|attending|going|speaking|hosting|at|in)\b`,
    String.raw`\b(?:i${APOSTROPHE}ll|i will|i${APOSTROPHE}m going to|i am going to) (?:also )?be (?:at|attending)\b`,
    String.raw`\bwhere you (?:already )?(?:are|go|gather|attend|will be)\b`,
  ].join('|'),
  'i',
);
const EVENT_PLACEHOLDER = /event|conference|meetup|summit/i;

const UPCOMING = /\b(?:will|['’]ll|going to|next|upcoming|coming|this (?:week|month|year))\b/i;

/** Whether the body proposes to meet at an event or place the recipient already goes to (a past event they spoke at does not count). */
export function proposesEventMeeting(document: OutreachDocument, analysis: MessageAnalysis): boolean {
  const proposals = analysis.bodySentences.filter((sentence) => isRequest(sentence.text) || UPCOMING.test(sentence.text));
  return proposals.some((sentence) => EVENT_MEETING.test(sentence.text)) || document.placeholders.some((placeholder) => EVENT_PLACEHOLDER.test(placeholder.path));
}
