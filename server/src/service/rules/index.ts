/** The rule registry, sorted by id. */
import type { Rule } from '../rule';
import { askFirst } from './ask-first';
import { coldReferral } from './cold-referral';
import { flexibility } from './flexibility';
import { freeConsulting } from './free-consulting';
import { frontmatter } from './frontmatter';
import { googleableAsk } from './googleable-ask';
import { influencerTarget } from './influencer-target';
import { leftoverPlaceholder } from './leftover-placeholder';
import { length } from './length';
import { longMeeting } from './long-meeting';
import { meetingBurden } from './meeting-burden';
import { missingPurpose } from './missing-purpose';
import { personalization } from './personalization';
import { reasonToMeet } from './reason-to-meet';
import { renderEmpty } from './render-empty';
import { schedulingBurden } from './scheduling-burden';
import { selfCentered } from './self-centered';
import { smallFavor } from './small-favor';
import { subject } from './subject';
import { templateSyntax } from './template-syntax';
import { timeLimit } from './time-limit';
import { timezone } from './timezone';
import { unknownRule } from './unknown-rule';
import { unknownVariable } from './unknown-variable';
import { unusedVariable } from './unused-variable';
import { vagueCoffee } from './vague-coffee';

export const RULES: readonly Rule[] = [
  askFirst,
  coldReferral,
  flexibility,
  freeConsulting,
  frontmatter,
  googleableAsk,
  influencerTarget,
  leftoverPlaceholder,
  length,
  longMeeting,
  meetingBurden,
  missingPurpose,
  personalization,
  reasonToMeet,
  renderEmpty,
  schedulingBurden,
  selfCentered,
  smallFavor,
  subject,
  templateSyntax,
  timeLimit,
  timezone,
  unknownRule,
  unknownVariable,
  unusedVariable,
  vagueCoffee,
];
