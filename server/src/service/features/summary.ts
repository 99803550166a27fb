/** The per-template summary shown as a code lens: length, reading time, questions, who the message is about, open findings. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens } from 'vscode-languageserver-types';
import { COMMANDS, type SummaryResult, type TemplateSummary } from '../../protocol';
import { createAnalysis } from '../language/analysis';
import { toRange } from './diagnostics';
import type { OutreachDocument } from '../document/document';
import { countPersons } from '../lexicon/person';
import { questionEntries } from '../lexicon/questions';
import type { Finding } from '../types';

/** An unhurried reading pace for a message read once, carefully. */
const WORDS_PER_MINUTE = 200;

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

/** The answer to `outreach/summary`: the numbers and the longer text the lens's command shows. */
export function templateSummary(document: OutreachDocument, findings: readonly Finding[]): SummaryResult {
  const summary = summarize(document, findings);
  return { summary, description: describeSummary(summary) };
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

/**
 * The lens sits on the first body line, so it stays in view above the greeting. Its command gets the summary and the
 * document's URI, which the VS Code client asks `outreach/summary` about.
 */
export function summaryCodeLens(document: OutreachDocument, textDocument: TextDocument, findings: readonly Finding[]): CodeLens {
  const summary = summarize(document, findings);
  const start = document.lines[0]?.range.start ?? document.bodyStart;
  return {
    range: toRange(textDocument, { start, end: start }),
    command: { title: summaryTitle(summary), command: COMMANDS.showSummary, arguments: [summary, textDocument.uri] },
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
