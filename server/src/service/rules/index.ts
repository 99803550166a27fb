/** The rule registry, sorted by id. */
import type { Rule } from './rule';
import { askFirst } from './ask-first';
import { closedQuestion } from './closed-question';
import { coldReferral } from './cold-referral';
import { declineAskDetails } from './decline-ask-details';
import { declineHonestReason } from './decline-honest-reason';
import { declineOffer } from './decline-offer';
import { easyOut } from './easy-out';
import { flexibility } from './flexibility';
import { freeConsulting } from './free-consulting';
import { frontmatter } from './frontmatter';
import { googleableAsk } from './googleable-ask';
import { googleableQuestion } from './googleable-question';
import { influencerTarget } from './influencer-target';
import { introExpectation } from './intro-expectation';
import { introOptIn } from './intro-opt-in';
import { introReason } from './intro-reason';
import { leftoverPlaceholder } from './leftover-placeholder';
import { length } from './length';
import { longMeeting } from './long-meeting';
import { meetingBurden } from './meeting-burden';
import { missingPurpose } from './missing-purpose';
import { personalization } from './personalization';
import { pushyFollowUp } from './pushy-follow-up';
import { questionCount } from './question-count';
import { reasonToMeet } from './reason-to-meet';
import { renderEmpty } from './render-empty';
import { schedulingBurden } from './scheduling-burden';
import { selfCentered } from './self-centered';
import { smallFavor } from './small-favor';
import { subject } from './subject';
import { templateSyntax } from './template-syntax';
import { thanksNoAsk } from './thanks-no-ask';
import { thanksSpecific } from './thanks-specific';
import { timeLimit } from './time-limit';
import { timezone } from './timezone';
import { tooLarge } from './too-large';
import { unknownRule } from './unknown-rule';
import { unknownVariable } from './unknown-variable';
import { unusedVariable } from './unused-variable';
import { vagueCoffee } from './vague-coffee';

export const RULES: readonly Rule[] = [
  askFirst,
  closedQuestion,
  coldReferral,
  declineAskDetails,
  declineHonestReason,
  declineOffer,
  easyOut,
  flexibility,
  freeConsulting,
  frontmatter,
  googleableAsk,
  googleableQuestion,
  influencerTarget,
  introExpectation,
  introOptIn,
  introReason,
  leftoverPlaceholder,
  length,
  longMeeting,
  meetingBurden,
  missingPurpose,
  personalization,
  pushyFollowUp,
  questionCount,
  reasonToMeet,
  renderEmpty,
  schedulingBurden,
  selfCentered,
  smallFavor,
  subject,
  templateSyntax,
  thanksNoAsk,
  thanksSpecific,
  timeLimit,
  timezone,
  tooLarge,
  unknownRule,
  unknownVariable,
  unusedVariable,
  vagueCoffee,
];
