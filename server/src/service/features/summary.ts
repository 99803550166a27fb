/** The per-template summary shown as a code lens: length, reading time, questions, who the message is about, open findings. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens } from 'vscode-languageserver-types';
import { createAnalysis } from '../language/analysis';
import { toRange } from './diagnostics';
import type { OutreachDocument } from '../document/document';
import { countPersons } from '../lexicon/person';
import { questionEntries } from '../lexicon/questions';
import type { Finding } from '../types';

/** The client command the lens runs: it shows the summary in full. */
export const SHOW_SUMMARY_COMMAND = 'outreach.showSummary';
/** An unhurried reading pace for a message read once, carefully. */
const WORDS_PER_MINUTE = 200;

export interface TemplateSummary {
  /** Words between the greeting and the sign-off, as the `length` rule counts them. */
  words: number;
  /** Rounded up; 0 for an empty body. */
  readingMinutes: number;
  questions: number;
  /** Second-person words ("you", "your", `recipient.*` placeholders), as the `self-centered` rule counts them. */
  secondPerson: number;
  firstPerson: number;
  openFindings: number;
}

export function summarize(document: OutreachDocument, findings: readonly Finding[]): TemplateSummary {
  const words = createAnalysis(document).bodyWordCount;
  const { firstPerson, secondPerson } = countPersons(document);
  return {
    words,
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)),
    questions: countQuestions(document),
    secondPerson,
    firstPerson,
    openFindings: findings.length,
  };
}

/** A question list counts its entries (as `question-count` does); other kinds count sentences ending in a question mark. */
function countQuestions(document: OutreachDocument): number {
  if (document.frontMatter.kind === 'questions') return questionEntries(document).length;
  const analysis = createAnalysis(document);
  return analysis.bodySentences.filter((sentence) => /\?["”’')\]]*$/.test(sentence.text)).length;
}

/** One line: "182 words · 1 min read · 3 questions · you/I 9:4 · 2 open findings". */
export function summaryTitle(summary: TemplateSummary): string {
  return [
    count(summary.words, 'word'),
    readingTime(summary.words, summary.readingMinutes),
    count(summary.questions, 'question'),
    `you/I ${summary.secondPerson}:${summary.firstPerson}`,
    count(summary.openFindings, 'open finding'),
  ].join(' · ');
}

/** The longer text the lens's command shows. */
export function describeSummary(summary: TemplateSummary): string {
  const ratio =
    summary.secondPerson + summary.firstPerson === 0
      ? 'It says neither “you” nor “I”.'
      : `It says “you” ${times(summary.secondPerson)} and “I” ${times(summary.firstPerson)}.`;
  return [
    `${count(summary.words, 'word')} between the greeting and the sign-off (${readingTime(summary.words, summary.readingMinutes)}, at ${WORDS_PER_MINUTE} words a minute).`,
    `${count(summary.questions, 'question')}.`,
    ratio,
    `${count(summary.openFindings, 'open finding')}.`,
  ].join(' ');
}

/** The lens sits on the first body line, so it stays in view above the greeting. */
export function summaryCodeLens(document: OutreachDocument, textDocument: TextDocument, findings: readonly Finding[]): CodeLens {
  const summary = summarize(document, findings);
  const start = document.lines[0]?.range.start ?? document.bodyStart;
  return {
    range: toRange(textDocument, { start, end: start }),
    command: { title: summaryTitle(summary), command: SHOW_SUMMARY_COMMAND, arguments: [summary] },
  };
}

/** Under half a minute reads as "< 1 min read"; longer bodies round up. */
function readingTime(words: number, minutes: number): string {
  return words < WORDS_PER_MINUTE / 2 ? '< 1 min read' : `${minutes} min read`;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}

function times(value: number): string {
  return value === 1 ? 'once' : `${value} times`;
}
