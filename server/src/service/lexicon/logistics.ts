/**
 * Patterns for the logistics of a meeting request — format, timing, place, scheduling, clock times —
 * shared by the rules that check them (flexibility, scheduling-burden, timezone, meeting-burden,
 * vague-coffee, influencer-target, long-meeting).
 */
import { isRequest, type MessageAnalysis } from '../language/analysis';
import type { OutreachDocument, Sentence } from '../document/document';
import { tagged, type Entity, type Token } from '../language/nlp';
import { oncePer } from '../language/oncePer';
import { asksIn, clausesOf, isRecipientWord } from '../language/speechActs';
import { findDurations } from './durations';

const APOSTROPHE = `['’]`;

/** Ways to meet, remote or in person. */
const FORMAT = String.raw`(?:(?:a |an )?(?:(?:quick|short|brief) )?(?:phone(?: call)?|video(?: call| chat)?|zoom(?: call)?|skype|teams|google meet|call|e-?mail|message|in[- ]person|coffee|virtual(?:ly)?|online|remotely))`;

/** The sender offers a choice of format: "call or coffee", "Zoom/phone", "questions by email or a call", "I can come to you". */
export const FORMAT_FLEXIBILITY = new RegExp(
  [
    String.raw`\b${FORMAT}\s*(?:\/|,)\s*${FORMAT}`,
    // Room for a length or a polite frame around the second format: "questions by email or would you be willing to jump on a 15-minute call".
    String.raw`\b(?:${FORMAT}|questions)\b[^.?!\n]{0,40}\bor\b[^.?!\n]{0,60}\b${FORMAT}`,
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

/**
 * A time left open until the recipient's calendar has room: "whenever your diary has a gap", "when your schedule
 * allows", "whenever you can fit it in", "whenever you find a spare moment".
 */
const WHEN_THEIR_CALENDAR_ALLOWS_SOURCE = String.raw`\bwhen(?:ever)? (?:your (?:diary|calendar|schedule|week|day|workload|inbox)(?: next week| this week)? (?:has|have|shows|gets|frees|opens|allows|permits|clears|lets up|calms down)|you (?:have|get|find|can find|can spare|can fit|can squeeze|next have) (?:a |an |some )?(?:spare |free |quiet |open |little )?(?:gap|moment|minute|window|slot|opening|breather|lull|space|room|chance|it in|time)|you(?:['’]re| are) less busy|things (?:calm|quiet|slow) down)`;
/** As a handoff of scheduling it counts only in a sentence about the meeting: "whenever you get a chance, send the deck" is no meeting. */
export const WHEN_THEIR_CALENDAR_ALLOWS = new RegExp(WHEN_THEIR_CALENDAR_ALLOWS_SOURCE, 'i');

/** The sender offers a choice of timing: "any day next week", "whenever suits you", "I'm flexible", "or a better time". */
export const TIMING_FLEXIBILITY = new RegExp(
  [
    String.raw`\bany (?:(?:week)?day|time|weekday|morning|afternoon|evening|slot)s?\b`,
    String.raw`\bwhenever (?:(?:it )?(?:works|suits|is (?:convenient|good|best|easiest))|you(?:${APOSTROPHE}re| are) (?:free|available))`,
    String.raw`\bat your (?:earliest )?convenience\b`,
    String.raw`\b(?:work|fit) (?:around|with|into) your (?:schedule|calendar|availability|time)`,
    String.raw`\bflexib(?:le|ility)\b`,
    String.raw`\b(?:a|any|some)(?: ?time| day| date)? that(?:${APOSTROPHE}s| is| would be)? (?:better|more convenient|convenient|good|best|easiest) for you`,
    String.raw`\b(?:a|another|other|different) (?:better |good )?(?:date|day|time)(?:\/time)?s? (?:that(?:${APOSTROPHE}s| is| would be)? )?(?:better|works better|suits you better|that works|you (?:prefer|like|choose|pick))`,
    String.raw`\b(?:a |another )?better (?:date|day|time|slot)`,
    String.raw`\bif (?:that|this|the) (?:date|day|time|slot|date\/time)? ?(?:doesn${APOSTROPHE}t|does not|won${APOSTROPHE}t|isn${APOSTROPHE}t) (?:work|suit|good)`,
    SENDER_AVAILABILITY.source,
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)days? or (?:mon|tues|wednes|thurs|fri|satur|sun)days?\b`,
    String.raw`\bwhen(?:ever)? (?:it(?:${APOSTROPHE}s| is) )?convenient\b`,
    WHEN_THEIR_CALENDAR_ALLOWS_SOURCE,
    String.raw`\bin the (?:next|coming) (?:few|couple of|two|three|\d) (?:weeks|months)\b`,
    String.raw`\b(?:sometime|some time|any ?time|whenever) (?:(?:in )?(?:next|this|the next|the coming) (?:week|month|two weeks|few weeks))\b`,
    String.raw`\blater (?:in the (?:week|month)|next (?:week|month)|this (?:month|quarter)) (?:works|is fine|would work)\b`,
    // The sender bends their own clock to the recipient's: "I can adjust to your hours", "so it lands in your morning".
    String.raw`\b(?:adjust|adapt|shift|bend|fit) (?:myself |my (?:day|hours|schedule|calendar) )?(?:to|around) your (?:hours|time ?zone|day|working (?:day|hours)|schedule|calendar|mornings?|afternoons?|evenings?)\b`,
    String.raw`\bso (?:that )?(?:it|the call|this|we|our call) (?:lands?|falls?|fits?|sits?) (?:in|into|within|during) your (?:mornings?|afternoons?|evenings?|day|working (?:day|hours)|hours|lunch(?: break)?)\b`,
  ].join('|'),
  'i',
);


/** The recipient is left to find the time: "when works for you?", "let me know when you're free". */
export const SCHEDULING_HANDOFF = new RegExp(
  [
    String.raw`\blet me know (?:when|what (?:time|day|date)s?|which (?:time|day|date)s?|a (?:good |convenient )?(?:time|day|date)|(?:some |a few )?(?:good )?times|your availability|what works)`,
    String.raw`\bwhen (?:would|will|are|might|could) you (?:be )?(?:free|available|have (?:time|a (?:moment|minute)))`,
    // "whenever works for u", "when suits ya": hurried spellings of "you" count the same.
    String.raw`\bwhen(?:ever)? (?:works|suits|would work|is (?:good|best|convenient)) (?:best )?(?:for )?(?:you|u|ya)\b`,
    String.raw`\bwhenever (?:(?:it )?(?:works|suits|is (?:convenient|good|best|easiest))|(?:you|u)(?:${APOSTROPHE}re| are|r)? (?:free|available))`,
    String.raw`\bwhat (?:times?|days?|dates?) (?:would |might )?(?:work|suit|are good)`,
    String.raw`\b(?:share|send) (?:me )?(?:your availability|a few times that work for you)`,
    String.raw`\bat your (?:earliest )?convenience\b`,
    String.raw`\b(?:work|fit) around your (?:schedule|calendar|availability)`,
    String.raw`\b(?:a|some) ?time that(?:${APOSTROPHE}s| is)? (?:convenient|good|best) for you`,
  ].join('|'),
  'i',
);

/** Verbs of meeting, for a time chosen "to talk" rather than "to collect the parcel". */
const MEETING_VERBS = new Set(['meet', 'talk', 'chat', 'speak', 'call', 'catch', 'connect', 'visit', 'sit', 'hop', 'jump', 'ring', 'phone', 'zoom']);
/** Verbs by which someone settles on a time: "name a day", "pick a time", "suggest a date". */
const CHOOSING_VERBS = new Set(['name', 'pick', 'choose', 'suggest', 'propose', 'nominate', 'select']);
/** Verbs that hand a choice back to the sender: "send me a few dates that work", "tell me which morning suits you". */
const TELLING_VERBS = new Set(['send', 'give', 'tell', 'drop', 'text', 'email', 'message']);
/** What a time for a meeting is called. */
const TIME_CHOICES = new Set(['day', 'date', 'time', 'hour', 'slot', 'morning', 'afternoon', 'evening', 'weekday', 'window', 'moment', 'lunchtime']);
/** Words that say a time suits them: "a day that works", "any hour that's open on your side", "a good time". */
const SUITING = new Set(['work', 'suit', 'open', 'free', 'good', 'convenient', 'best', 'easy', 'quiet', 'fit', 'right']);
/** Words that may stand between the verb and the time: "name any day", "send me a couple of dates", "pick whichever morning". */
const TIME_LEAD = new Set(['me', 'us', 'a', 'an', 'any', 'the', 'some', 'one', 'two', 'three', 'few', 'couple', 'of', 'which', 'what', 'whichever', 'whatever', 'good', 'convenient', 'free', 'spare', 'quiet', 'open', 'preferred', 'best', 'easy', 'easiest', 'suitable', 'and', 'or', 'your']);
/** The sender's own list: "pick any of the slots below", "choose one of these dates", "one of my free mornings". */
const SENDERS_LIST = new Set(['below', 'above', 'listed', 'here', 'these', 'those', 'my', 'our', 'following']);

/**
 * The recipient is asked to come up with the time themselves: "Name any day and hour that's open on your side", "just
 * pick a morning that suits you", "could you suggest a date?", "send me a couple of dates that work". A verb of choosing
 * (or of telling the sender, with the time said to suit them) whose chooser is the recipient (an imperative, or "you"
 * as its subject) and whose object is a day, date, time or slot. Not a pick from the sender's own list ("any of the
 * slots below") nor the sender choosing ("I'll suggest a time").
 */
export function handsOverTimeChoice(sentence: Sentence): boolean {
  return clausesOf(tagged(sentence).tokens).some((clause) =>
    clause.some((token, index) => {
      const choosing = CHOOSING_VERBS.has(token.lower) || CHOOSING_VERBS.has(token.lemma);
      // "Let me know any day that is convenient for you": "let me know" tells the sender as "tell me" does; "let" is the recipient's verb.
      const letKnow = letsSenderKnow(clause, index);
      const telling = TELLING_VERBS.has(token.lower) || TELLING_VERBS.has(token.lemma) || letKnow;
      if ((!choosing && !telling) || token.negated || !recipientActs(clause, letKnow ? index - 2 : index)) return false;
      const time = timeObject(clause, index + 1);
      if (time === undefined) return false;
      return choosing || suitsThem(clause, index + 1, time);
    }),
  );
}

/** "know" in "let me know" / "let us know", where "let" is not negated. */
function letsSenderKnow(clause: readonly Token[], index: number): boolean {
  const let_ = clause[index - 2];
  return clause[index]!.lemma === 'know' && (clause[index - 1]?.lower === 'me' || clause[index - 1]?.lower === 'us') && let_ !== undefined && let_.lemma === 'let' && !let_.negated;
}

/** The verb at `index` is the recipient's: it opens the clause as an imperative ("so just name a day"), or "you" is its subject ("could you suggest", "you'd pick"). */
function recipientActs(clause: readonly Token[], index: number): boolean {
  let back = index - 1;
  while (back >= 0 && (clause[back]!.pos === 'ADV' || clause[back]!.pos === 'AUX' || clause[back]!.pos === 'PART' || clause[back]!.lower === 'please' || clause[back]!.lower === 'just')) back--;
  if (back >= 0 && isRecipientWord(clause[back]!)) return clause[back]!.lower === 'you';
  // An imperative: nothing before the verb but lead-ins and punctuation ("Oh, and just pick…", "So name…", "Do let me know…").
  return clause.slice(0, index).every((word) => word.pos === 'PUNCT' || word.pos === 'INTJ' || word.pos === 'CCONJ' || word.pos === 'ADV' || ['so', 'please', 'just', 'then', 'simply', 'otherwise', 'and', 'kindly', 'do'].includes(word.lower));
}

/** Index of the time the verb takes as object ("any day", "a couple of dates", "which morning"), if it does and it is not from the sender's list. */
function timeObject(clause: readonly Token[], from: number): number | undefined {
  for (let index = from; index < Math.min(clause.length, from + 7); index++) {
    const word = clause[index]!;
    if (SENDERS_LIST.has(word.lower)) return undefined;
    if (TIME_CHOICES.has(word.lemma) && (word.pos === 'NOUN' || word.pos === 'PROPN')) {
      if (clause.slice(index + 1, index + 4).some((after) => SENDERS_LIST.has(after.lower) || (after.lower === 'for' && !isRecipientWord(clause[clause.indexOf(after) + 1] ?? after)))) return undefined;
      // "a day that suits you to collect the ewes": the time is for another errand, not for meeting.
      return clause.slice(index + 1, index + 7).some((after, at, rest) => after.lower === 'to' && rest[at + 1]?.pos === 'VERB' && !MEETING_VERBS.has(rest[at + 1]!.lemma)) ? undefined : index;
    }
    if (!TIME_LEAD.has(word.lower) && !(word.pos === 'ADJ' && TIME_CHOICES.has(clause[index + 1]?.lemma ?? ''))) return undefined;
  }
  return undefined;
}

/** The time is said to suit them: "a good day", "dates that work on your end", "which morning is quietest for you", "the day you prefer". */
function suitsThem(clause: readonly Token[], from: number, time: number): boolean {
  const span = clause.slice(from, Math.min(clause.length, time + 7));
  return span.some(
    (word, at) =>
      SUITING.has(word.lemma) ||
      SUITING.has(word.lower) ||
      (word.lower === 'for' && span[at + 1]?.lower === 'you') ||
      (word.lower === 'your' && (span[at + 1]?.lower === 'end' || span[at + 1]?.lower === 'side')) ||
      (word.lower === 'you' && ['prefer', 'like', 'want'].includes(span[at + 1]?.lemma ?? '')),
  );
}

/** A meeting put forward as a statement: "a 20-minute call on Monday would be ideal", "I'm requesting 45 minutes with you". */
const STATED_PROPOSAL = /\bwould (?:be (?:ideal|great|perfect|best|wonderful|lovely)|(?:work|suit) (?:best|well|for me|me))\b|\b(?:i|we)(?:['’]m|['’]re| am| are) (?:requesting|asking for|proposing|hoping for)\b/i;

/** The meeting or call the message asks the recipient for: a meeting ask, a request that names a length of time, or a stated proposal of one. */
export function meetingRequest(analysis: MessageAnalysis): Sentence | undefined {
  return (
    analysis.meetingAsk ??
    analysis.bodySentences.find((sentence) => isRequest(sentence.text) && findDurations(sentence.text).length > 0) ??
    analysis.bodySentences.find((sentence) => STATED_PROPOSAL.test(sentence.text) && (findDurations(sentence.text).length > 0 || MEETING_NOUN.test(sentence.text)))
  );
}

const MEETING_NOUN = /\b(?:call|meeting|chat|coffee|conversation|visit|zoom|video call|phone call)\b/i;

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
  /\b(?:E|C|M|P|AK|H)[SD]?T\b|\b(?:UTC|GMT|CET|CEST|EET|EEST|WET|WEST|BST|IST|AEST|AEDT|ACST|AWST|JST|KST|SGT|HKT|NZST|NZDT|MSK|SAST|BRT|WAT|EAT|CAT|ICT|WIB|PHT|PKT|AET|NZT|ART|AST|ADT|NST|NDT|IDT|HST|AKST|AKDT|CLT|COT|PET|GST)\b(?:\s?[+\-−]\s?\d{1,2}(?::?\d\d)?)?/;
const TIME_ZONE_WORDS = /\b(?:eastern|central|mountain|pacific|atlantic|alaska|hawaii)\b|\b(?:your|my|our|local) time\b|\btime ?zones?\b/i;
/** "Berlin time", "London time" — a capitalised place, not "Any time" or "Lunch time". */
const PLACE_TIME = /\b(?!(?:Any|Some|Each|Every|This|That|Next|Last|The|A|Good|Better|Best|Lunch|Free|Spare|Quality|Your|My|Our|Local|Dinner|Tea|Class|Screen|Face|Family|Down|Over|Half|Full|Part|Real|Game|Play|Run|Bed)\b)[A-Z][a-z]+ [Tt]ime\b|\b(?!(?:ASAP|FYI|OK|AM|PM|TBD)\b)[A-Z]{2,4} [Tt]ime\b/;
const TIME_ZONE_PLACEHOLDER = /time_?zone|\btz\b/i;

export function namesTimeZone(text: string): boolean {
  return TIME_ZONE_ABBREVIATION.test(text) || TIME_ZONE_WORDS.test(text) || PLACE_TIME.test(text);
}

/** A zone written right after a clock time, even when "p.m." ended the sentence early: "2 p.m. Singapore time", "9:00 (CET)". */
export function zoneFollows(textAfter: string): boolean {
  const head = /^[\s(,–—-]*([^.?!;\n]{0,30})/.exec(textAfter)?.[1] ?? '';
  const zone = new RegExp(String.raw`^(?:${TIME_ZONE_ABBREVIATION.source}|(?:[A-Z][a-z]+ ){0,2}[Tt]ime\b|${TIME_ZONE_WORDS.source})`);
  return zone.test(head) && namesTimeZone(head);
}

/**
 * A sentence that sets the zone for every time in the message: "All times are Eastern", "I'm on Singapore time",
 * "the slots below are in my time zone (CET)". A bare "your time" ("thanks for your time") does not count, nor an
 * abbreviation in a sentence that is not about times or where the sender is ("the CT scan").
 */
export function setsZoneForMessage(text: string): boolean {
  if (PLACE_TIME.test(text) || /\btime ?zones?\b/i.test(text)) return true;
  const aboutTimes = /\b(?:times?|hours?|clock|slots?|based)\b|\d\s?[ap]\.?m\b|\b(?:i['’]m|we['’]re|i am|we are) (?:on|in)\b/i.test(text);
  return aboutTimes && (TIME_ZONE_ABBREVIATION.test(text) || /\b(?:eastern|central|mountain|pacific|atlantic)\b/i.test(text));
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
    // "to hear how", "to get your take"; not the "to" of a modal ("we ought to get together", "we need to chat").
    String.raw`(?<!\b(?:ought|need|have|has|got) )\bto (?:talk|hear|learn|discuss|ask|get(?! together)|pick|understand|share|compare|swap|trade|go over|walk through|chat|show|run)\b`,
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

/** Verbs of going somewhere, for who travels to whom. */
const MOTION_VERBS = new Set(['come', 'travel', 'visit', 'drive', 'fly', 'commute', 'head', 'stop', 'swing', 'drop', 'pop', 'join', 'trek', 'make']);
const MOTION_PARTICLES = new Set(['by', 'over', 'down', 'up', 'out', 'in', 'round', 'around', 'across', 'along', 'the', 'trip', 'journey', 'and', 'see', 'visit', 'all', 'way']);
/** Places that belong to someone and that one travels to: "our lab", "your clinic". Virtual "places" (a call, a website) are not. */
const PLACES = new Set([
  'office', 'offices', 'lab', 'labs', 'laboratory', 'studio', 'workspace', 'space', 'campus', 'house', 'home', 'apartment', 'flat', 'building',
  'hq', 'headquarters', 'shop', 'store', 'farm', 'clinic', 'practice', 'surgery', 'warehouse', 'factory', 'plant', 'site', 'garage', 'kitchen',
  'restaurant', 'bakery', 'café', 'cafe', 'gallery', 'school', 'department', 'hospital', 'ranch', 'vineyard', 'brewery', 'yard', 'barn', 'place',
  'facility', 'facilities', 'premises', 'showroom', 'library', 'workshop', 'town', 'city', 'neighbourhood', 'neighborhood', 'end', 'side',
  'branch', 'base', 'hub', 'unit', 'ward', 'site', 'greenhouse', 'allotment', 'dairy', 'mill', 'station', 'centre', 'center', 'institute',
]);
const SENDER_OWNERS = new Set(['my', 'our']);
const SENDER_PRONOUNS = new Set(['i', 'we', 'me', 'us']);
const OPEN_PLACES = new Set(['wherever', 'anywhere', 'whichever', 'whatever']);
const WILLING_WORDS = new Set(['happy', 'glad', 'willing', 'able', 'keen', 'ready', 'pleased', 'delighted', 'prepared']);

export interface Travel {
  /** Who makes the trip. */
  traveller: 'sender' | 'recipient';
  /** Where to: the sender's place, the recipient's place, or wherever the recipient likes. */
  destination: 'sender' | 'recipient' | 'open';
  /** Offsets in the sentence text, from the verb to the end of the place. */
  start: number;
  end: number;
}

/**
 * Trips a sentence talks about: a verb of going (come, travel, visit, stop by, make the trip, join us) with its
 * traveller (the subject: I/we, you, or you implied by an imperative or "feel free to") and its destination ("our lab
 * in Leiden", "your office", "us", "wherever suits you"). "Would you come to our studio" has the recipient travel to
 * the sender; "I can come to you" the other way round.
 */
export const travelsIn = oncePer((sentence: Sentence): Travel[] => {
  const travels: Travel[] = [];
  for (const clause of clausesOf(tagged(sentence).tokens)) {
    clause.forEach((token, index) => {
      if (!MOTION_VERBS.has(token.lemma) || token.negated || (token.pos !== 'VERB' && token.lemma !== 'visit')) return;
      if (token.lemma === 'make' && !clause.slice(index + 1, index + 4).some((word) => word.lower === 'trip' || word.lower === 'journey')) return;
      if (token.lemma === 'stop' && clause[index + 1]?.lower !== 'by' && clause[index + 1]?.lower !== 'in') return;
      if (token.lemma === 'visit' && token.pos !== 'VERB' && clause[index - 1]?.lower !== 'a') return;
      const traveller = travellerOf(clause, index);
      if (!traveller) return;
      const place = destinationOf(clause, index) ?? towardTheOther(clause, index, traveller, tagged(sentence).entities);
      if (!place) return;
      travels.push({ traveller, destination: place.owner, start: token.start, end: place.end });
    });
  }
  return travels;
});

/** Particles of "come" that point to where the other person is: "come down", "come over", "come round", "come by". */
const TOWARD_PARTICLES = new Set(['down', 'over', 'up', 'round', 'around', 'by', 'out', 'along']);
/** Words that may follow the trip when it names only its time: "this Friday", "sometime", "next week", "one evening". */
const TIME_ADVERBS = new Set(['sometime', 'soon', 'tomorrow', 'tonight', 'today', 'anytime', 'someday', 'again', 'then', 'next', 'early', 'late', 'on', 'in', 'at']);
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'day', 'weekend', 'week', 'month', 'lunchtime', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * "Could you come down this Friday?", "I could come over one evening": "come" with a particle and no place names a trip to
 * wherever the other person is (the speaker's place when the recipient comes, the recipient's when the sender does). Only
 * when nothing but a time follows to the clause end: "come down with a cold", "come up with a plan", "come out of the
 * meeting" take an object and are no trip.
 */
function towardTheOther(clause: readonly Token[], verb: number, traveller: Travel['traveller'], entities: readonly Entity[]): { owner: Travel['destination']; end: number } | undefined {
  if (clause[verb]!.lemma !== 'come' || !TOWARD_PARTICLES.has(clause[verb + 1]?.lower ?? '')) return undefined;
  const particle = clause[verb + 1]!;
  const inTime = (token: Token | undefined): boolean =>
    token !== undefined && entities.some((entity) => (entity.type === 'DATE' || entity.type === 'TIME' || entity.type === 'DURATION') && token.start >= entity.start && token.end <= entity.end);
  for (let index = verb + 2; index < clause.length; index++) {
    const word = clause[index]!;
    // The clause ends, or a purpose follows ("come over on Friday to look at the herd book"): no place was named.
    if (word.pos === 'PUNCT' || word.pos === 'CCONJ' || word.pos === 'SCONJ' || (word.lower === 'to' && clause[index + 1]?.pos === 'VERB')) break;
    // "for 20 minutes": how long, not where.
    if (word.lower === 'for' && inTime(clause[index + 1])) continue;
    if (!(inTime(word) || TIME_ADVERBS.has(word.lower) || TIME_NOUNS.has(word.lemma) || TIME_NOUNS.has(word.lower) || word.pos === 'DET' || word.pos === 'NUM')) return undefined;
  }
  return { owner: traveller === 'recipient' ? 'sender' : 'recipient', end: particle.end };
}

function travellerOf(clause: readonly Token[], verb: number): Travel['traveller'] | undefined {
  for (let back = verb - 1; back >= 0; back--) {
    const word = clause[back]!;
    if (SENDER_PRONOUNS.has(word.lower)) return 'sender';
    if (isRecipientWord(word) && word.lower !== 'your') return 'recipient';
  }
  // "Happy to come to you": a willing adjective with the subject left out is the sender speaking.
  if (clause.slice(Math.max(0, verb - 3), verb).some((word) => WILLING_WORDS.has(word.lower))) return 'sender';
  // "Feel free to stop by", "Come to our studio": an imperative addresses the recipient.
  const first = clause.find((word) => word.pos !== 'PUNCT' && word.pos !== 'INTJ' && !['so', 'and', 'please', 'just', 'then', 'maybe'].includes(word.lower));
  if (first && first.pos === 'VERB' && first.lower === first.lemma) return 'recipient';
  return undefined;
}

function destinationOf(clause: readonly Token[], verb: number): { owner: Travel['destination']; end: number } | undefined {
  const limit = Math.min(clause.length, verb + 8);
  for (let index = verb + 1; index < limit; index++) {
    const word = clause[index]!;
    if (OPEN_PLACES.has(word.lower)) return { owner: 'open', end: word.end };
    if (word.lower === 'near' && isRecipientWord(clause[index + 1] ?? word)) return { owner: 'recipient', end: clause[index + 1]!.end };
    if (SENDER_OWNERS.has(word.lower) || word.lower === 'your') {
      const place = clause[index + 1];
      const placeAt = place && place.pos === 'ADJ' ? index + 2 : index + 1;
      const noun = clause[placeAt];
      if (!noun || !(PLACES.has(noun.lower) || placeFollowedByTown(clause, placeAt))) return undefined;
      return { owner: word.lower === 'your' ? 'recipient' : 'sender', end: townAfter(clause, placeAt) };
    }
    if (word.lower === 'us' || word.lower === 'me') {
      // "visit us", "come to us", "join us in Leiden" (join only with a place: "join us for a call" is no trip).
      if (clause[verb]!.lemma === 'join' && !(clause[index + 1]?.lower === 'in' && clause[index + 2]?.pos === 'PROPN')) continue;
      return { owner: 'sender', end: townAfter(clause, index) };
    }
    if (word.lower === 'you' && (clause[index - 1]?.lower === 'to' || clause[verb]!.lemma === 'visit')) return { owner: 'recipient', end: word.end };
    if (word.lower === 'here' && clause[verb]!.lemma !== 'make') return { owner: 'sender', end: word.end };
    if (!(MOTION_PARTICLES.has(word.lower) || word.pos === 'ADP' || word.pos === 'PART' || word.pos === 'ADV')) return undefined;
  }
  return undefined;
}

/** "office in Leiden": a place named with its town. */
function placeFollowedByTown(clause: readonly Token[], at: number): boolean {
  return clause[at]?.pos === 'NOUN' && clause[at + 1]?.lower === 'in' && clause[at + 2]?.pos === 'PROPN';
}

/** End offset of the place, stretched over "in <Town>" when it follows. */
function townAfter(clause: readonly Token[], at: number): number {
  let end = clause[at]!.end;
  if (clause[at + 1]?.lower === 'in' && clause[at + 2]?.pos === 'PROPN') {
    let index = at + 2;
    while (clause[index]?.pos === 'PROPN') end = clause[index++]!.end;
  }
  return end;
}

/** Kinds of meeting format, so that "a call or a visit" reads as two and "a video call" as one. */
const FORMAT_KINDS: Record<string, string> = {
  call: 'call', phone: 'phone', telephone: 'phone', ring: 'phone', video: 'video', zoom: 'video', skype: 'video', teams: 'video', facetime: 'video',
  videocall: 'video', email: 'written', 'e-mail': 'written', mail: 'written', written: 'written', writing: 'written', lines: 'written',
  reply: 'written', message: 'written', text: 'written', letter: 'written', voicemail: 'written', voice: 'written', loom: 'written',
  coffee: 'person', lunch: 'person', tea: 'person', breakfast: 'person', walk: 'person', visit: 'person', person: 'person', drink: 'person',
  drinks: 'person', office: 'person', clinic: 'person', café: 'person', cafe: 'person', site: 'person',
};

function formatKinds(tokens: readonly Token[]): Set<string> {
  const kinds = new Set<string>();
  for (const token of tokens) {
    const kind = FORMAT_KINDS[token.lower] ?? FORMAT_KINDS[token.lemma];
    // "your video", "their letter": the recipient's work, not a way to meet.
    if (kind && !token.negated) kinds.add(kind);
  }
  return kinds;
}

/** "X or Y" where X and Y are different ways to meet: "a phone call, or a short visit at the clinic". */
function formatAlternative(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => {
    if (token.lower !== 'or' && token.lower !== 'alternatively' && token.lower !== 'otherwise') return false;
    const left = formatKinds(tokens.slice(Math.max(0, index - 10), index));
    const right = formatKinds(tokens.slice(index + 1, index + 10));
    return left.size > 0 && [...right].some((kind) => !left.has(kind));
  });
}

/** "a call works too", "a written answer is just as welcome", "happy to do it by email instead": a second way, offered. */
const SECOND_WAY = /\b(?:too|as well|instead|also|just as|equally|either)\b/i;
const ACCEPTABLE = /\b(?:works?|working|fine|welcome|ok|okay|good|great|suits?|do|perfect|happy|glad)\b/i;

/** The recipient is given the choice: "if you prefer", "your call", "whichever is easier", "if that's easier for you". */
const RECIPIENT_CHOOSES = new RegExp(
  [
    String.raw`\bif you(?:['’]d| would)? (?:prefer|rather)\b`,
    String.raw`\bif (?:that|it|this|one)(?:['’]s| is| would be| were)? (?:any )?(?:easier|simpler|more convenient|better|quicker) for you\b`,
    String.raw`\bif [^.?!]{1,40}\bsuits? you better\b`,
    String.raw`\b(?:your|their) (?:call|choice|pick|preference)\b(?! (?:on|about|with|to|for) )`,
    String.raw`\bup to you\b`,
    String.raw`\b(?:which|what|wher|when|how)ever (?:[a-z]+ ){0,2}?(?:you )?(?:prefer|like|choose|suits?|works?|is (?:easiest|easier|best|most convenient|simplest))\b`,
    String.raw`\b(?:a|another|any|other|some) (?:[a-z]+ )?(?:time|day|date|slot)s? (?:that )?(?:suits?|works?|fits?) (?:you )?better\b`,
    String.raw`\b(?:as|whichever way) you (?:prefer|like)\b`,
    String.raw`\bwhatever(?:['’]s| is) (?:easiest|easier|best|simplest|most convenient)\b`,
    // "whichever is lighter for you", "whatever feels less of a chore on your end": a comparison made from their side.
    // "wherever is handiest for you", "whenever is quieter on your side": the place or time, compared the same way.
    String.raw`\b(?:which|what|wher|when)ever(?:['’]s| is| feels| seems| would be)? (?!(?:never|ever|over|under|after|other|either|neither)\b)(?:(?:more|less|most|least) [a-z]+(?: of an? [a-z]+)?|[a-z]+(?:er|est)) (?:for you|on your (?:end|side)|to you)\b`,
  ].join('|'),
  'i',
);

const DAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?)`;
/** Two or more days on offer ("Monday or Wednesday", "the 12th or the 19th", "Tuesdays and Thursdays"), recurring days, or an open span of time. */
const TIMING_CHOICE = new RegExp(
  [
    String.raw`\b${DAY}\b[^.?!;]{0,30}?(?:\bor\b|\band\b|,|\/)\s*(?:on\s+)?${DAY}\b`,
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b`,
    String.raw`\b(?:any|most|all) (?:time |day )?(?:after|before|between|from)\b`,
    String.raw`\b(?:any time|anytime) (?:after|before|between|from|that)\b`,
    String.raw`\b(?:this|next) week or (?:the )?(?:next|following|after)\b`,
    String.raw`\b(?:most|any|all) (?:mornings|afternoons|evenings|weekdays|days)\b`,
    String.raw`\bmornings? or (?:afternoons?|evenings?)\b|\bafternoons? or (?:mornings?|evenings?)\b`,
  ].join('|'),
  'i',
);

/**
 * Whether the message offers the recipient some flexibility on format or timing: a choice of format (an "X or Y" of two
 * ways to meet, a second way offered "too"/"instead"), the choice handed to them ("if you prefer", "your call"), the
 * sender travelling to them, more than one slot or an open span of time, or a booking link.
 */
export function offersFlexibility(document: OutreachDocument, analysis: MessageAnalysis): boolean {
  const sentences = analysis.bodySentences;
  const prose = sentences.map((sentence) => sentence.text).join(' ');
  if (FORMAT_FLEXIBILITY.test(prose) || TIMING_FLEXIBILITY.test(prose) || TIMING_CHOICE.test(prose) || RECIPIENT_CHOOSES.test(prose)) return true;
  if (offersBookingLink(document)) return true;
  const bodyKinds = new Set<string>();
  for (const sentence of sentences) for (const kind of formatKinds(tagged(sentence).tokens)) bodyKinds.add(kind);
  return sentences.some((sentence) => {
    if (travelsIn(sentence).some((travel) => travel.traveller === 'sender' && travel.destination !== 'sender')) return true;
    const tokens = tagged(sentence).tokens;
    if (formatAlternative(tokens)) return true;
    // "A written answer works too", "If lunch is too much, a call works too": a second way besides one named elsewhere.
    const kinds = formatKinds(tokens);
    return kinds.size > 0 && bodyKinds.size > 1 && SECOND_WAY.test(sentence.text) && ACCEPTABLE.test(sentence.text) && (isRequest(sentence.text) || asksIn(sentence).length === 0);
  });
}
