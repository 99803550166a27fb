/**
 * The workspace the integration suite opens. test/e2e/vscode.test.ts writes these files (plus a copy of the
 * request starter as `request.outreach.hbs`) into a temporary folder; the suite reads them back through VS Code.
 * Each test that edits a template has a file of its own, so the suites do not depend on each other's order.
 */

import { COFFEE } from '../fixtures/coffeeChat';

export { ASK, BLANK_BODY_LINE, COFFEE } from '../fixtures/coffeeChat';

/** A request with three safe fixes: a misspelt placeholder (and so an "unused" declaration) and an hour-long ask. */
export const FIX_ALL = COFFEE.replace('Hi {{recipient.firstName}}', 'Hi {{recipient.firstNmae}}').replace(
  'Could we grab coffee next week to talk',
  'Could we talk for an hour next week',
);

/** FIX_ALL after fix-all: the placeholder spelt right and the hour shortened. */
export const FIX_ALL_FIXED = COFFEE.replace('Could we grab coffee next week to talk', 'Could we talk for 15–20 minutes next week');

/** The reason-to-meet clause preferred before an ask (templates/phrases/reason-to-meet.yaml) and the first time-limit clause. */
export const REASON_CLAUSE = 'I would be glad to share {{sender.offer}}, if it is useful for your work at {{recipient.company}}.';
/** The declarations the reason fix adds for the placeholders its clause brings. */
export const REASON_DECLARATIONS = '\n  sender.offer: "offer"\n  recipient.company: "company"';
export const TIME_LIMIT_CLAUSE = 'Would you have 15 minutes for a call sometime in the next two weeks?';

export const FIXTURES: Readonly<Record<string, string>> = {
  'coffee.outreach.hbs': COFFEE,
  'quick-fix.outreach.hbs': COFFEE,
  'completion.outreach.hbs': COFFEE,
  'fix-all.outreach.hbs': FIX_ALL,
  'fix-all-command.outreach.hbs': FIX_ALL,
  'after-restart.outreach.hbs': COFFEE,
};

/** The clean starter, copied from templates/starters/request.outreach.hbs. */
export const STARTER = 'request.outreach.hbs';
