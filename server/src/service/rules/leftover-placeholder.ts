import { declarePlaceholders } from '../fixes/clauseFixes';
import type { OutreachDocument } from '../document/document';
import { itemAt } from '../document/ranges';
import type { Rule } from './rule';
import type { Fix, OffsetRange } from '../types';

export const leftoverPlaceholder: Rule = {
  meta: {
    id: 'leftover-placeholder',
    severity: 'error',
    kinds: 'all',
    description: 'Template scaffolding is left in the text: `[Name]`, `<COMPANY>`, `{FirstName}`, `XXX`, a to-do marker or a `____` blank.',
    docs: {
      why:
        'A bracketed "[specific thing]" or a forgotten to-do marker that reaches the recipient tells them they got a form letter that nobody finished, which is the opposite of the personal, researched note that earns a reply. Either write the specific detail, or make it a real `{{placeholder}}` so the merge fills it in and the other checks can see it.',
      worse: 'Hi [Name],\n\nI loved your post about [specific topic].',
      better: 'Hi {{recipient.firstName}},\n\nI loved your post about {{recipient.postTopic}}.',
    },
    fixable: true,
  },
  check(context) {
    const { document } = context;
    for (const leftover of findLeftovers(document)) {
      const path = mergeFieldPath(leftover.inner);
      context.report({
        range: leftover.range,
        message: leftover.message,
        fixes: path ? [declarePlaceholders(context, placeholderFix(leftover.range, path))] : [],
      });
    }
  },
};

interface Leftover {
  range: OffsetRange;
  /** The slot's text without its brackets (for merge-field detection). */
  inner: string;
  message: string;
}

/** Bracketed text that is not a slot: footnotes, "[sic]", editorial marks, checkboxes. */
const EDITORIAL = /^(?:sic!?|\.{3}|…|emphasis (?:mine|added)|citation needed|sic erat scriptum|redacted|edited|edit|update|sic\.)$/i;
/** HTML tags that may appear in a Markdown email body. */
const HTML_TAG = /^\/?(?:a|b|i|u|p|s|em|strong|br|hr|tt|code|pre|span|div|img|sub|sup|small|big|ul|ol|li|table|tr|td|th|font|center|blockquote|h[1-6])\b/i;

function findLeftovers(document: OutreachDocument): Leftover[] {
  const found: Leftover[] = [];
  const scan = (text: string, offset: number): void => {
    found.push(...squareSlots(text, offset), ...angleSlots(text, offset), ...braceSlots(text, offset), ...notes(text, offset));
    found.push(...blanks(text, offset, document));
  };
  scan(document.prose, 0);
  const subject = document.frontMatter.subject;
  if (subject) scan(document.text.slice(subject.range.start, subject.range.end), subject.range.start);
  return found.sort((a, b) => a.range.start - b.range.start);
}

const slotMessage = (slot: string): string =>
  `\`${shorten(slot)}\` looks like a template slot nobody filled in: write the specific text, or make it a real placeholder such as \`{{recipient.firstName}}\`.`;

/** `[specific thing]`, but not Markdown links `[text](url)` / `[text][ref]`, reference definitions, images, `[1]` or `[sic]`. */
function squareSlots(text: string, offset: number): Leftover[] {
  const slots: Leftover[] = [];
  for (const match of text.matchAll(/(?<![!\]\w])\[([^[\]\r\n]{1,200})\](?![([:])/g)) {
    const inner = match[1]!.trim();
    if (letterCount(inner) < 2 || EDITORIAL.test(inner)) continue;
    slots.push(slotAt(match, offset, inner));
  }
  return slots;
}

/** `<COMPANY>`, `<First Name>`, `<your school>`, but not HTML tags, `<https://…>` links, addresses or `A <> B`. */
function angleSlots(text: string, offset: number): Leftover[] {
  const slots: Leftover[] = [];
  for (const match of text.matchAll(/<([^<>\s][^<>\r\n]{0,80}?)>/g)) {
    const inner = match[1]!;
    if (/[=@/:"'.]/.test(inner) || /\s$/.test(inner) || HTML_TAG.test(inner)) continue;
    const shouting = /^[A-Z][A-Z0-9 _-]*[A-Z0-9]$/.test(inner) && letterCount(inner) >= 2;
    const phrase = /\s/.test(inner) && /^(?:[A-Z]|your\b|their\b|insert\b|recipient|sender)/i.test(inner);
    if (shouting || phrase || mergeFieldPath(inner)) slots.push(slotAt(match, offset, inner));
  }
  return slots;
}

/** `{FirstName}` or `{quick line about them}`: single braces (template tags are already blanked from the prose). */
function braceSlots(text: string, offset: number): Leftover[] {
  const slots: Leftover[] = [];
  for (const match of text.matchAll(/(?<![$%{])\{([^{}\r\n]{1,200})\}(?!\})/g)) {
    const inner = match[1]!.trim();
    if (letterCount(inner) < 2) continue;
    slots.push(slotAt(match, offset, inner));
  }
  return slots;
}

/** `XXX` and `TODO` notes (upper case only: "todo list" and "xxx" in prose are words). */
function notes(text: string, offset: number): Leftover[] {
  const found: Leftover[] = [];
  for (const match of text.matchAll(/\b(?:X{3,}|TODO|FIXME)\b/g)) {
    const start = offset + (match.index ?? 0);
    found.push({
      range: { start, end: start + match[0].length },
      inner: '',
      message: `\`${match[0]}\` is a note left in the template: replace it with the real text before sending.`,
    });
  }
  return found;
}

/**
 * `____` blanks left for the sender. A blank inside a question is left alone: there it usually marks
 * what the recipient is asked to supply.
 */
function blanks(text: string, offset: number, document: OutreachDocument): Leftover[] {
  const found: Leftover[] = [];
  for (const match of text.matchAll(/(?<!\w)_{3,}(?!\w)/g)) {
    const start = offset + (match.index ?? 0);
    const sentence = itemAt(document.sentences, start);
    if (sentence && /\?["'”’)]*$/.test(sentence.text)) continue;
    found.push({
      range: { start, end: start + match[0].length },
      inner: '',
      message: `\`${match[0]}\` is a blank nobody filled in: write the specific text, or use a placeholder such as \`{{sender.role}}\`.`,
    });
  }
  return found;
}

function slotAt(match: RegExpMatchArray, offset: number, inner: string): Leftover {
  const start = offset + (match.index ?? 0);
  return { range: { start, end: start + match[0].length }, inner, message: slotMessage(match[0]) };
}

/** Long writer instructions are cut in the message; the range shows them whole. */
function shorten(slot: string): string {
  return slot.length > 40 ? `${slot.slice(0, 36)}…${slot.slice(-1)}` : slot;
}

function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

/** Placeholder field → whose it is when the slot does not say ("[Name]" is the recipient's) and the slot words that name it. */
const MERGE_FIELD_WORDS: ReadonlyArray<{ field: string; person: 'recipient' | 'sender'; words: readonly string[] }> = [
  { field: 'firstName', person: 'recipient', words: ['name', 'first name'] },
  { field: 'lastName', person: 'recipient', words: ['last name', 'surname'] },
  { field: 'fullName', person: 'recipient', words: ['full name'] },
  { field: 'company', person: 'recipient', words: ['company', 'company name', 'organization', 'organisation', 'employer'] },
  { field: 'role', person: 'recipient', words: ['title', 'job title', 'role', 'position'] },
  { field: 'city', person: 'recipient', words: ['city'] },
  { field: 'school', person: 'sender', words: ['school', 'university', 'college'] },
  { field: 'email', person: 'sender', words: ['email', 'email address'] },
  { field: 'phone', person: 'sender', words: ['phone', 'phone number'] },
];
/** Field words → placeholder field and whose it is. */
const MERGE_FIELDS = new Map(MERGE_FIELD_WORDS.flatMap(({ field, person, words }) => words.map((word) => [word, { field, person }] as const)));
const SENDER_WORDS = /^(?:your|my|sender'?s?|from)\s+/;
const RECIPIENT_WORDS = /^(?:their|his|her|recipient'?s?|contact'?s?|prospect'?s?|to)\s+/;

/** `[Name]` → `recipient.firstName`, `{YourCompany}` → `sender.company`, `<FIRST_NAME>` → `recipient.firstName`; undefined for free text. */
function mergeFieldPath(slot: string): string | undefined {
  let words = slot
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .replace(/^insert\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  let person: 'recipient' | 'sender' | undefined;
  if (SENDER_WORDS.test(words)) person = 'sender';
  else if (RECIPIENT_WORDS.test(words)) person = 'recipient';
  words = words.replace(SENDER_WORDS, '').replace(RECIPIENT_WORDS, '');
  const entry = MERGE_FIELDS.get(words);
  if (!entry) return undefined;
  const whose = person ?? entry.person;
  // A sender signs with their full name; a recipient is greeted by first name.
  const field = whose === 'sender' && words === 'name' ? 'fullName' : entry.field;
  return `${whose}.${field}`;
}

function placeholderFix(range: OffsetRange, path: string): Fix {
  return { title: `Replace with \`{{${path}}}\``, edits: [{ range, newText: `{{${path}}}` }], preferred: true };
}
