import { isMap, isScalar } from 'yaml';
import { lineBreakOf } from '../document/characters';
import type { OutreachDocument, SubjectPlaceholder } from '../document/document';
import { clauseSnippet } from '../config/phrases';
import type { Rule, RuleContext } from './rule';
import type { ActiveSeverity, Fix, OffsetEdit, OffsetRange, TemplateKind } from '../types';

const MAX_ALTERNATIVES = 3;

/** Whole subjects that say nothing about the message (compared after normalizing case, punctuation and name placeholders). */
const GENERIC_SUBJECTS = new Set([
  'hi', 'hello', 'hey', 'hi there', 'hello there', 'greetings',
  'coffee', 'coffee chat', 'coffee sometime', 'quick coffee',
  'question', 'a question', 'quick question', 'a quick question', 'one question', 'one quick question',
  'quick chat', 'chat', 'call', 'quick call', 'meeting', 'meeting request', 'request', 'quick request',
  'following up', 'follow up', 'just following up', 'checking in', 'touching base', 'circling back',
  'networking', 'networking request', 'connecting', 'lets connect', 'connect', 'reaching out',
  'introduction', 'intro', 'introduction request', 'intro request', 'catch up', 'catching up',
  'favor', 'a favor', 'quick favor', 'a quick favor', 'help', 'advice', 'thanks', 'thank you', 'thank you so much',
  'no subject', 'subject', 'hello from me',
]);

const THANKS = new Set(['thanks', 'thank you', 'thank you so much']);

/** Declines and follow-ups usually answer in the thread they belong to, so they may go without a subject of their own. */
const REPLY_KINDS: readonly TemplateKind[] = ['decline', 'follow-up'];

export const subject: Rule<'maxLength'> = {
  meta: {
    id: 'subject',
    severity: 'warning',
    kinds: ['request', 'intro-request', 'introduction', 'decline', 'thank-you', 'follow-up'],
    description: 'The email has no subject (declines and follow-ups may reply in their thread), a generic one ("Coffee?", "Quick question"), or one too long to read in the inbox.',
    docs: {
      why:
        'The subject is the first thing a busy person sees and often the only thing they read before deciding to open, archive or forget a message. A specific subject that names their work or the topic shows the message was written for them; "Quick question" looks like every other request, and a long one is cut off mid-thought.',
      evidence:
        'The `subject` value: missing (declines and follow-ups aside), made only of form words ("A quick note", "Lunch?") or a stock phrase, or longer than the limit once the samples are filled in.',
      worse: 'subject: "Coffee?"',
      better: 'subject: "A question about your talk on remote onboarding"',
      examplesIn: 'front matter',
    },
    fixable: true,
    phraseCategory: 'subject',
    options: {
      maxLength: { description: 'Longest subject, in characters after filling placeholders with their sample values.', default: 60, minimum: 10 },
    },
  },
  check(context) {
    const { document } = context;
    // Broken YAML hides the subject; the frontmatter rule reports that first.
    if (document.frontMatter.yaml?.errors.length) return;
    const field = document.frontMatter.subject;
    const kind = document.frontMatter.kind;
    if ((!field || !field.value.trim()) && REPLY_KINDS.includes(kind)) return;
    if (!field || !field.value.trim()) {
      context.report({
        range: document.lines[0]?.range ?? { start: document.bodyStart, end: document.bodyStart },
        message: 'This email has no subject line: add a specific `subject:` to the front matter that says what the message is about.',
        fixes: subjectFixes(context, missingSubjectEdit(document), 'Add subject'),
      });
      return;
    }
    const { maxLength } = context.options;
    const rendered = renderSubject(document, field.value);
    let message: string | undefined;
    let severity: ActiveSeverity | undefined;
    const normalized = normalize(field.value, document.subjectPlaceholders);
    // A subject naming the two people an introduction is about ("Intro: {{a.firstName}} ↔ {{b.firstName}}") says what it is.
    if ((GENERIC_SUBJECTS.has(normalized) || namesOnlyItsForm(normalized)) && !namesTwoPeople(document.subjectPlaceholders)) {
      message = `“${field.value.trim()}” is a generic subject that gets lost in a full inbox: name the topic or their work instead.`;
      // A bare "Thank you" on a thank-you note at least says what it is, so it is a note, not a warning: naming the advice
      // still says which conversation it follows.
      if (kind === 'thank-you' && THANKS.has(normalized)) severity = 'info';
    } else if (rendered.length > maxLength) {
      message = `The subject is ${rendered.length} characters long (over ${maxLength}) and will be cut off in the inbox: shorten it to the topic.`;
    }
    if (!message) return;
    context.report({
      range: field.range,
      message,
      severity,
      fixes: subjectFixes(context, (text) => ({ range: field.range, newText: text.quoted, snippet: text.snippet }), 'Replace subject'),
    });
  },
};

interface SubjectText {
  /** The subject as a double-quoted YAML scalar. */
  quoted: string;
  snippet: string;
}

function subjectFixes(context: RuleContext, edit: (text: SubjectText) => OffsetEdit, title: string): Fix[] {
  return context.phrases
    .inCategory('subject', context.document.frontMatter.kind)
    .slice(0, MAX_ALTERNATIVES)
    .map((entry, index) => {
      const quoted = JSON.stringify(entry.text);
      return { title: `${title}: “${entry.label}”`, edits: [edit({ quoted, snippet: clauseSnippet(quoted) })], preferred: index === 0 };
    });
}

/** Where a new `subject:` goes: an empty `subject:` line, else after `kind:`, else the top of the front matter (created if absent). */
function missingSubjectEdit(document: OutreachDocument): (text: SubjectText) => OffsetEdit {
  const { frontMatter, text } = document;
  const eol = lineBreakOf(text);
  if (!frontMatter.present) {
    const at = text.startsWith('\uFEFF') ? 1 : 0;
    return (subjectText) => insertion(at, `---${eol}subject: ${subjectText.quoted}${eol}---${eol}`, `---${eol}subject: ${subjectText.snippet}${eol}---${eol}`);
  }
  const empty = keyRange(document, 'subject');
  if (empty) {
    const end = lineEndAfter(text, empty.end);
    return (subjectText) => ({ range: { start: empty.start, end }, newText: `subject: ${subjectText.quoted}`, snippet: `subject: ${subjectText.snippet}` });
  }
  const kind = keyRange(document, 'kind');
  if (kind) {
    const end = lineEndAfter(text, kind.end);
    return (subjectText) => insertion(end, `${eol}subject: ${subjectText.quoted}`, `${eol}subject: ${subjectText.snippet}`);
  }
  const start = frontMatter.contentRange.start;
  return (subjectText) => insertion(start, `subject: ${subjectText.quoted}${eol}`, `subject: ${subjectText.snippet}${eol}`);
}

function insertion(offset: number, newText: string, snippet: string): OffsetEdit {
  return { range: { start: offset, end: offset }, newText, snippet };
}

/** The document range of a top-level front-matter key. */
function keyRange(document: OutreachDocument, name: string): OffsetRange | undefined {
  const root = document.frontMatter.yaml?.contents;
  if (!isMap(root)) return undefined;
  const key = root.items.find((pair) => isScalar(pair.key) && pair.key.value === name)?.key;
  if (!isScalar(key) || !key.range) return undefined;
  const base = document.frontMatter.contentRange.start;
  return { start: base + key.range[0], end: base + key.range[1] };
}

/** The end of the line holding `offset` (before its line break). */
function lineEndAfter(text: string, offset: number): number {
  const next = text.slice(offset).search(/\r|\n/);
  return next < 0 ? text.length : offset + next;
}

/** The subject as the recipient sees it: placeholders filled with sample values (or their path when there is none). */
function renderSubject(document: OutreachDocument, value: string): string {
  const variables = document.frontMatter.variables;
  return fillPlaceholders(value, document.subjectPlaceholders, (path) => {
    const sample = variables?.get(path)?.sample;
    return typeof sample === 'string' || typeof sample === 'number' ? String(sample) : path;
  }).trim();
}

/** `value` with each placeholder that renders (`{{path}}`) replaced by `fill(path)`; other tags stay as written. */
function fillPlaceholders(value: string, placeholders: readonly SubjectPlaceholder[], fill: (path: string) => string): string {
  let filled = '';
  let cursor = 0;
  for (const { path, renders, valueRange } of placeholders) {
    if (!renders) continue;
    filled += value.slice(cursor, valueRange.start) + fill(path);
    cursor = valueRange.end;
  }
  return filled + value.slice(cursor);
}

/**
 * Words that name only the form of a message or a meeting ("note", "question", "call", "coffee"): a subject made of
 * them and their dressing ("A quick note", "Lunch?", "Quick Zoom call next week?") says nothing of its topic.
 * ("X, meet Y" introduces two people and is not among them.)
 */
const FORM_WORDS = new Set([
  'coffee', 'tea', 'lunch', 'breakfast', 'dinner', 'drinks', 'drink', 'call', 'chat', 'meeting', 'zoom', 'video', 'phone', 'catch',
  'sync', 'note', 'message', 'email', 'question', 'questions', 'request', 'idea', 'thought', 'update', 'favor', 'favour', 'hello', 'hi',
  'intro', 'introduction', 'time', 'sometime', 'week',
]);
/** Articles, size words and who it is from or for ("A question for you", "A note to you"): none of them names a topic. */
const DRESSING = new Set(['a', 'an', 'one', 'some', 'quick', 'short', 'brief', 'small', 'little', 'just', 'up', 'soon', 'this', 'next', 'or', 'and', 'from', 'me', 'your', 'for', 'to', 'you', 'with', 'us']);

/** A path to a person's name: `firstName`, `lastName`, `fullName`, `name`, in any case. */
const NAME_PATH = /name$/i;

function namesTwoPeople(placeholders: readonly SubjectPlaceholder[]): boolean {
  return placeholders.filter((placeholder) => placeholder.renders && NAME_PATH.test(placeholder.path)).length >= 2;
}

function namesOnlyItsForm(normalized: string): boolean {
  const words = normalized.split(' ').filter(Boolean);
  return words.length > 0 && words.length <= 5 && words.every((word) => FORM_WORDS.has(word) || DRESSING.has(word)) && words.some((word) => FORM_WORDS.has(word));
}

/** Lower case, no "Re:", no name placeholders, no punctuation: "Hi {{recipient.firstName}}!" → "hi". */
function normalize(value: string, placeholders: readonly SubjectPlaceholder[]): string {
  return fillPlaceholders(value, placeholders.filter((placeholder) => NAME_PATH.test(placeholder.path)), () => ' ')
    .toLowerCase()
    .replace(/^\s*(?:re|fwd?)\s*:\s*/, '')
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
