import { insertClauseFixes } from '../fixes/clauseFixes';
import { givesIntroReason, messageSentences } from '../lexicon/introductions';
import type { Rule } from './rule';

export const introReason: Rule = {
  meta: {
    id: 'intro-reason',
    severity: 'warning',
    kinds: ['introduction', 'intro-request'],
    description: 'The introduction never says why the two people should connect.',
    docs: {
      why:
        'An introduction without a reason hands both people a puzzle: does the other one want a job, a partner, advice, or just a chat? The busy person has to guess whether the connection is worth their time, and often guesses no. One sentence on what they have in common, or what one can do for the other, lets them judge the connection on its merits.',
      evidence:
        'Evidence of a reason is a stated cause (because, since, a situation followed by "so she would like…"), common ground, a need one has that the other can meet, or one person\'s work described in relation to the other\'s ("the data your team released", "uses it for exactly that"); "you two should know each other", or "you came to mind" with nothing that prompted it, is not one.',
      worse: 'Carol, meet Alex. Alex, meet Carol. I will let you two take it from here!',
      better: 'Carol, meet Alex. Alex is rolling out the same billing migration you finished last spring, and your notes on it could save him weeks.',
    },
    fixable: true,
    phraseCategory: 'intro-reason',
  },
  check(context) {
    const sentences = messageSentences(context.document);
    if (sentences.length === 0 || sentences.some(givesIntroReason)) return;
    context.report({
      range: context.messageAnchor(),
      message: 'Say why these two people should connect (what they share, or what one can do for the other), so neither has to guess what the introduction is for.',
      fixes: insertClauseFixes(context, 'intro-reason', 'before-ask', 'Add a reason to connect'),
    });
  },
};
