import { questionEntries } from '../lexicon/questions';
import type { Rule } from './rule';

export const questionCount: Rule<'minQuestions' | 'maxQuestions'> = {
  meta: {
    id: 'question-count',
    severity: 'info',
    kinds: ['questions'],
    description: 'The question list is shorter or longer than a 15–30 minute conversation can use (5 to 7 questions).',
    docs: {
      why:
        'A short informational chat has room for a handful of good questions and the follow-ups they spark: fewer than five leaves you stuck when answers are brief, and more than seven means rushing, or reading a list instead of listening. Prepare five to seven, strongest first. A list item counts once with its follow-ups ("Most rewarding? Most draining?"), and so do its indented sub-items; a prompt without a question mark ("Walk me through…", "Could you describe…") counts as a question.',
      evidence:
        'The numbered or bulleted questions of the list, each with its follow-ups counted once.',
      worse: 'What do you do? Do you like it? Any advice? (three questions for a 20-minute chat)',
      better:
        'How did you move in-house? What does a typical week look like? What surprised you most? Which skills mattered most? Where would you start today? Who else should I ask?',
    },
    fixable: false,
    options: {
      minQuestions: { description: 'Fewest questions a list should prepare.', default: 5, minimum: 1 },
      maxQuestions: { description: 'Most questions a list should prepare.', default: 7, minimum: 1 },
    },
  },
  check(context) {
    const { minQuestions, maxQuestions } = context.options;
    const entries = questionEntries(context.document);
    const count = entries.length;
    if (count >= minQuestions && count <= maxQuestions) return;
    const anchor = entries[0]?.line ?? context.document.lines[0];
    if (!anchor) return;
    context.report({
      range: trimmed(anchor.range, anchor.text),
      message:
        count < minQuestions
          ? `This list has ${describe(count)}: prepare ${minQuestions} to ${maxQuestions} open questions so the conversation does not stall when answers are short.`
          : `This list has ${describe(count)}: keep the ${minQuestions} to ${maxQuestions} strongest, so a short chat leaves room for follow-ups and listening.`,
    });
  },
};

function describe(count: number): string {
  if (count === 0) return 'no questions';
  return count === 1 ? 'one question' : `${count} questions`;
}

/** The line without its leading and trailing spaces. */
function trimmed(range: { start: number; end: number }, text: string): { start: number; end: number } {
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  return { start: range.start + lead, end: range.end - trail };
}
