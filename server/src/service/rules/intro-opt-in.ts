import { lineBreakOf } from '../document/characters';
import type { OutreachDocument, Sentence } from '../document/document';
import { givesIntroReason, messageSentences, statesIntroExpectation } from '../lexicon/introductions';
import type { Rule, RuleContext } from './rule';
import { CONSENTS, type Fix, type NewFile, type OffsetEdit } from '../types';

/** "Carol, meet Alex": the first name is the person being asked, the second the one introduced. */
const MEET = /(\{\{\s*[\w.@-]+\s*\}\}|(?!I\b)[A-Z][\w'’-]*),?[ \t]+(?:please meet|meet|say hello to|say hi to)[ \t]+(\{\{\s*[\w.@-]+\s*\}\}|[A-Z][\w'’-]*)/;
/** A sentence that only describes the person just introduced ("She leads …", "Alex runs …"). */
const PRONOUN_START = /^(?:he|she|they)\b/i;
/** Block helpers and comments cannot be cut out of their template sentence by sentence. */
const TEMPLATE_LOGIC = /\{\{\s*[#/!^>]|\{\{\s*else\b/;
const PLACEHOLDER = /\{\{\s*([\w.@-]+)\s*\}\}/g;
const MAX_REUSED_SENTENCES = 3;
const DEFAULT_SAMPLES: Readonly<Record<string, string>> = {
  'recipient.firstName': 'Dana',
  'introducee.firstName': 'Sam',
  'sender.firstName': 'Lee',
};

/** Who the opt-in request is to (the busy person) and about (the person introduced), as placeholders or names. */
interface Participants {
  busy: string;
  introduced: string;
}

export const introOptIn: Rule = {
  meta: {
    id: 'intro-opt-in',
    severity: 'warning',
    kinds: ['introduction'],
    description: 'An introduction is made without first asking the busy person whether they welcome it (`consent` is not `asked` or `granted`).',
    docs: {
      why:
        'An introduction sent without asking puts the busy person on the spot: they must make time for a stranger or say no in front of you both. Asking privately first respects the network you built, lets you explain the reason and the expected favor, and gives them an easy way to decline. Record the answer in the front matter with `consent: asked` or `consent: granted`.',
      evidence:
        'The front matter: kind `introduction` without `consent: asked` or `granted`.',
      worse: 'consent: none\n---\nCarol, meet Alex. Alex, meet Carol.',
      better: 'consent: granted\n---\nCarol, thanks for saying yes. Alex, meet Carol, who moved her team to usage-based pricing last year.',
      examplesIn: 'front matter',
    },
    fixable: true,
  },
  check(context) {
    const { frontMatter } = context.document;
    if (frontMatter.consent === 'asked' || frontMatter.consent === 'granted') return;
    // A misspelled value is the frontmatter rule's to correct.
    if (frontMatter.consentField && !(CONSENTS as readonly string[]).includes(frontMatter.consentField.value)) return;
    const participants = findParticipants(context.document);
    context.report({
      range: context.messageAnchor(),
      message:
        'Before sending this introduction, ask the busy person privately whether they would welcome it (the quick fix drafts that request), then record `consent: asked` or `consent: granted`.',
      fixes: [optInFix(context, participants)],
    });
  },
};

function optInFix(context: RuleContext, participants: Participants): Fix {
  const { document } = context;
  const request: NewFile = { path: siblingName(document.uri), text: optInRequest(context, participants) };
  return { title: 'Create opt-in request', edits: [consentEdit(document)], newFiles: [request], preferred: true };
}

/** `alice-bob.outreach.hbs` → `alice-bob.intro-request.outreach.hbs`, next to the introduction. */
export function siblingName(uri: string): string {
  const name = decodeName(uri.slice(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\'), uri.lastIndexOf(':')) + 1));
  const extension = /\.outreach(?:\.hbs)?$/.exec(name)?.[0] ?? '.outreach.hbs';
  const base = name.slice(0, name.length - (name.endsWith(extension) ? extension.length : 0)).replace(/\.introduction$/, '') || 'introduction';
  return `${base}.intro-request${extension}`;
}

function decodeName(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

/** Sets `consent: asked`, replacing the value there is or adding the key at the end of the front matter. */
function consentEdit(document: OutreachDocument): OffsetEdit {
  const { contentRange } = document.frontMatter;
  const yaml = document.text.slice(contentRange.start, contentRange.end);
  const existing = /^consent[ \t]*:[ \t]*(?:"[^"\r\n]*"|'[^'\r\n]*'|[^\s#]*)/m.exec(yaml);
  if (existing) {
    const start = contentRange.start + existing.index;
    return { range: { start, end: start + existing[0].length }, newText: 'consent: asked' };
  }
  return { range: { start: contentRange.end, end: contentRange.end }, newText: `consent: asked${lineBreakOf(document.text)}` };
}

function findParticipants(document: OutreachDocument): Participants {
  const meet = MEET.exec(document.text.slice(document.bodyStart));
  return { busy: meet?.[1] ?? '{{recipient.firstName}}', introduced: meet?.[2] ?? '{{introducee.firstName}}' };
}

/** The opt-in request: who the other person is and why they should talk (in the introduction's own words when it has them), what is hoped for, and an easy out. */
function optInRequest(context: RuleContext, participants: Participants): string {
  const { document } = context;
  const eol = lineBreakOf(document.text);
  // Sentences addressed to the person introduced ("Alex, Carol has offered …") speak to the wrong reader.
  const sentences = messageSentences(document).filter((sentence) => {
    const text = source(document, sentence);
    return !TEMPLATE_LOGIC.test(text) && !text.startsWith(`${participants.introduced},`);
  });
  const reasons = reasonSentences(document, sentences, participants);
  const reasonSet = new Set(reasons);
  const expectation = sentences.find((sentence) => statesIntroExpectation(sentence) && !reasonSet.has(sentence) && !MEET.test(source(document, sentence)));
  const who = whoTheyAre(document, sentences, participants);
  const reasonText = reasons.length > 0 ? reasons.map((sentence) => source(document, sentence)).join(' ') : clause(context, 'intro-reason', participants);
  const body = [
    `Hi ${participants.busy},`,
    '',
    `Would you be open to an introduction to ${participants.introduced}? I am checking with you before making it. ${[who, reasonText].filter(Boolean).join(' ')}`,
    '',
    expectation ? source(document, expectation) : clause(context, 'intro-expectation', participants),
    '',
    clause(context, 'easy-out', participants),
    '',
    ...signOff(document),
  ];
  const subject = `Would you be open to meeting ${participants.introduced}?`;
  const frontMatter = ['---', 'kind: intro-request', `subject: ${JSON.stringify(subject)}`, `relationship: ${document.frontMatter.relationship}`];
  const variables = variableLines(document, participants, [subject, ...body].join('\n'));
  if (variables.length > 0) frontMatter.push('variables:', ...variables);
  return [...frontMatter, '---', ...body, ''].join(eol);
}

/**
 * The sentence describing the person introduced right after "A, meet B", and the sentences giving a reason, in order;
 * only from the part addressed to A (a second "B, meet A" starts the part about A).
 */
function reasonSentences(document: OutreachDocument, all: readonly Sentence[], participants: Participants): Sentence[] {
  const meets = all.flatMap((sentence, index) => (MEET.test(source(document, sentence)) ? [index] : []));
  const sentences = meets[1] !== undefined ? all.slice(0, meets[1]) : all;
  const meetIndex = meets[0] ?? -1;
  const described = sentences[meetIndex + 1];
  const startsWithThem = (sentence: Sentence): boolean => {
    const text = source(document, sentence);
    return PRONOUN_START.test(text) || text.startsWith(participants.introduced);
  };
  const describes = (sentence: Sentence): boolean => meetIndex >= 0 && sentence === described && startsWithThem(sentence);
  return sentences
    .filter((sentence) => !MEET.test(source(document, sentence)) && (describes(sentence) || givesIntroReason(sentence)))
    .slice(0, MAX_REUSED_SENTENCES);
}

/** The default clause of a category, naming the two people the way the introduction does. */
/** "Carol, meet Alex, a data engineer from Leeds." → "Alex is a data engineer from Leeds." */
function whoTheyAre(document: OutreachDocument, sentences: readonly Sentence[], participants: Participants): string {
  for (const sentence of sentences) {
    const text = source(document, sentence);
    const meet = MEET.exec(text);
    if (!meet) continue;
    const description = /^,\s*((?:a|an|the|my|our) (?:\{\{[^}]*\}\}|[^.?!{])+[.?!])/.exec(text.slice(meet.index + meet[0].length))?.[1];
    return description ? `${participants.introduced} is ${description}` : '';
  }
  return '';
}

function clause(context: RuleContext, category: 'intro-reason' | 'intro-expectation' | 'easy-out', participants: Participants): string {
  const text = context.phrases.inCategory(category, 'intro-request')[0]?.text ?? '';
  return text.replace(/\{\{\s*recipient\.firstName\s*\}\}/g, participants.busy).replace(/\{\{\s*introducee\.firstName\s*\}\}/g, participants.introduced);
}

function signOff(document: OutreachDocument): string[] {
  const first = document.signOffLine !== undefined ? document.lines[document.signOffLine] : undefined;
  const last = document.lines[document.lines.length - 1];
  if (!first || !last || document.signOffLine === document.greetingLine) return ['Thanks,', '{{sender.firstName}}'];
  return document.text.slice(first.range.start, last.range.end).split(/\r\n|\n|\r/);
}

/** Every placeholder of the request, with the introduction's sample value (or a name the introduction uses). */
function variableLines(document: OutreachDocument, participants: Participants, text: string): string[] {
  const paths = [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].filter(Boolean);
  const named: Record<string, string> = {};
  if (!participants.busy.startsWith('{{')) named['recipient.firstName'] = participants.busy;
  if (!participants.introduced.startsWith('{{')) named['introducee.firstName'] = participants.introduced;
  return paths.map((path) => `  ${path}: ${JSON.stringify(sampleOf(document, path) ?? named[path] ?? DEFAULT_SAMPLES[path] ?? humanize(path))}`);
}

function sampleOf(document: OutreachDocument, path: string): string | undefined {
  const sample = document.frontMatter.variables?.get(path)?.sample;
  return typeof sample === 'string' || typeof sample === 'number' || typeof sample === 'boolean' ? String(sample) : undefined;
}

/** `meeting.topic` → "topic", `recipient.recentWork` → "recent work": a readable stand-in until the author fills it in. */
function humanize(path: string): string {
  const last = path.slice(path.lastIndexOf('.') + 1);
  return last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Each sentence's source text is read several times while drafting the request: normalised once per sentence. */
const sources = new WeakMap<Sentence, string>();

function source(document: OutreachDocument, sentence: Sentence): string {
  let text = sources.get(sentence);
  if (text === undefined) {
    text = document.text.slice(sentence.range.start, sentence.range.end).replace(/\s+/g, ' ').trim();
    sources.set(sentence, text);
  }
  return text;
}
