import { insertClauseFixes } from '../fixes/clauseFixes';
import { SHARED_GROUND, bodyProse } from '../lexicon/value';
import type { Rule } from './rule';
import { offersIn } from '../language/speechActs';

/** What the sender can share or do for the recipient ("I'd be happy to share our survey results", "I can introduce you to…"), not logistics ("I can send a few times"). */
const OFFER =
  /\b(?:(?:i|we)(?:['’]d| would|['’]m| am|['’]re| are)? (?:be )?(?:happy|glad|keen|eager|willing|delighted|able) to|(?:i|we|and) (?:can|could)|happy to|glad to|in return,? i(?:['’]d| would| can| could)?) (?:also )?(?:share|show|send|pass along|bring|offer|walk you through|demo|introduce you|connect you|return the favou?r|help (?:you|your)|contribute|volunteer)\b(?! up\b| (?:over |along |you )?(?:a few |some |my |the |an? |two |three )?(?:times|slots|availability|questions|calendar|invite|invitation|link|resume|cv|agenda|dates|options)\b| (?:more )?(?:about )?(?:me|myself|my (?:background|story|resume|cv))\b)/i;

/** Something the sender has that may be useful to them ("I have some data on…", "I've put together a list…"). */
const ASSET =
  /\b(?:i|we)(?:['’]ve| have) (?:got |gathered |collected |compiled |put together |built |written |found |run )?(?:a lot of |some |a few |several |the |a |an )?(?:insights?|observations|findings|results|data|dataset|notes|survey|benchmark|case study|write-?up|analysis|research|feedback from)\b(?! (?:about|on) (?:you|your (?:background|experience|journey|path|career)))/i;

/** A benefit named for them or for both sides. */
const BENEFIT =
  /\b(?:(?:useful|helpful|valuable|relevant|interesting|of (?:interest|use)) (?:to|for) (?:you|your)|if (?:it|that|they)(?:['’]s| is| are| would be| could be| might be) (?:useful|helpful|of use|of interest)|if (?:it|that|they) (?:would )?helps?|you might (?:find|enjoy|like|want)|(?:mutual(?:ly)?|both of us|us both|each other)\b.{0,20}\b(?:benefi|interest|useful|help|learn)|benefi\w* (?:you|your|us both|both)|in return|return the favou?r|(?:our|my) (?:students|members|community|audience|readers|listeners|users|attendees|subscribers) (?:would|will|could|might|are|love)|invite you to (?:speak|present|join|be|give)|(?:speak|present) (?:at|to) (?:our|my))/i;

/** Exposure offered to them or their product ("promoting Acme at our hackathon"); case-sensitive to see a name. */
const PROMOTION = /\b(?:[Pp]romot|[Ss]howcas|[Ss]potlight)(?:e|es|ing) (?:you|your|x+\b|[A-Z])/;

/** An idea of the sender's own about the field ("I think reinforcement learning could change game AI"): an insight, not a compliment, and not a belief about themselves ("I believe my skills could transfer"). */
const INSIGHT = /\b(?:i|we) (?:really |definitely |honestly |genuinely )?(?:feel|think|believe|suspect|wonder whether|wonder if) (?:that )?(?!(?:you|your|i|i['’]m|i['’]d|my|me|myself)\b)(?:(?!\b(?:you|your)\b)[^.?!])*\b(?:could|might|will|would)\b(?:(?!\b(?:you|your)\b)[^.?!])*[.!]/i;

const VALUE_SIGNALS = [OFFER, ASSET, BENEFIT, PROMOTION, SHARED_GROUND, INSIGHT];

export const reasonToMeet: Rule = {
  meta: {
    id: 'reason-to-meet',
    severity: 'warning',
    kinds: ['request'],
    description: 'The request gives the recipient no reason of their own to say yes: nothing offered, shared or mutually useful.',
    docs: {
      why:
        'Explaining why you want the meeting is only half of a request; the person you write to decides on why they would want it. Busy people say yes to conversations that interest them: an insight about their work, a shared background, something you can share or do for them. A message that only takes reads like a chore, so it gets declined or ignored.',
      evidence:
        'No sentence offers them anything: you giving or doing something for them ("I can send you the tallies", "we would cover your fare"), something ready for them ("I have a patch ready", "you are welcome to it", "attached is…"), a benefit named for them, shared ground, or an idea of yours about their field. Negated offers and logistics ("I can send a few times") do not count.',
      worse: 'I bought your book and would love to sit down with you over coffee.',
      better:
        'I bought your book and have been testing its interview framework with my bootcamp cohort; I would be glad to share what worked and what did not. Would you have 15 minutes for a call next week?',
    },
    fixable: true,
    phraseCategory: 'reason-to-meet',
  },
  check(context) {
    const prose = bodyProse(context.analysis.bodySentences);
    if (!prose.trim() || VALUE_SIGNALS.some((pattern) => pattern.test(prose))) return;
    if (context.analysis.bodySentences.some((sentence) => offersIn(sentence).length > 0)) return;
    context.report({
      range: context.messageAnchor(),
      message:
        'Nothing here is in it for the recipient: add a reason for them to say yes (an insight for them, a shared interest, something you can share or do for them).',
      fixes: insertClauseFixes(context, 'reason-to-meet', 'after-introduction', 'Add a reason to meet'),
    });
  },
};
