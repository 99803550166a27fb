import { insertClauseFixes } from '../fixes/clauseFixes';
import { messageSentences, statesIntroExpectation } from '../lexicon/introductions';
import type { Rule } from './rule';

export const introExpectation: Rule = {
  meta: {
    id: 'intro-expectation',
    severity: 'info',
    kinds: ['introduction', 'intro-request'],
    description: 'The introduction says neither what the introduced person hopes for nor in what form (call, coffee, email).',
    docs: {
      why:
        'Agreeing to an introduction is agreeing to an unknown amount of work unless someone says what is wanted. Naming the hope (advice on one question, feedback, a pointer) or the format (a short call, a coffee, a few emails) tells the busy person what a yes commits them to. Either one is enough.',
      evidence:
        'Evidence is a named format (a call, coffee, an email with a few questions), a meeting length ("twenty minutes"), or a wish of the introduced person for something beyond meeting (advice, a look at a draft, answers to questions).',
      worse: 'Alex, meet Carol. I think you two should talk.',
      better: 'Alex is hoping for a 15-minute call to hear how Carol priced her first enterprise deal.',
    },
    fixable: true,
    phraseCategory: 'intro-expectation',
  },
  check(context) {
    const sentences = messageSentences(context.document);
    if (sentences.length === 0 || sentences.some(statesIntroExpectation)) return;
    context.report({
      range: context.messageAnchor(),
      message: 'Say what the introduced person hopes for (advice, feedback, a pointer) or in what form (a short call, coffee, email), so the other knows what a yes commits them to.',
      fixes: insertClauseFixes(context, 'intro-expectation', 'end', 'Add what is expected'),
    });
  },
};
