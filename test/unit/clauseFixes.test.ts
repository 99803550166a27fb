import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/service/fixes/edits';
import type { Fix } from '../../server/src/service/types';
import { lintText, template } from '../helpers/ruleTester';

const FRONT_MATTER = 'kind: request\nsubject: Your guide to payment retries\nvariables:\n  recipient.firstName: Ana\n  sender.firstName: Jo';

/** A request with `body` between a greeting and a sign-off. */
function letter(body: string, frontMatter = FRONT_MATTER): string {
  return template(frontMatter, `Hi {{recipient.firstName}},\n\n${body}\n\nThanks,\n{{sender.firstName}}\n`);
}

function preferredFix(text: string, rule: string): Fix {
  const finding = lintText(text).find((candidate) => candidate.rule === rule);
  assert.ok(finding, `expected a ${rule} finding`);
  const fix = finding.fixes.find((candidate) => candidate.preferred);
  assert.ok(fix, `expected a preferred ${rule} fix`);
  return fix;
}

/** The text after the rule's preferred fix, checked to clear the finding and to add no rule that was not there. */
function applyPreferred(text: string, rule: string): string {
  const before = new Set(lintText(text).map((finding) => finding.rule));
  const fixed = applyEdits(text, preferredFix(text, rule).edits);
  const after = lintText(fixed).map((finding) => finding.rule);
  assert.ok(!after.includes(rule), `${rule} still fires after its fix:\n${fixed}`);
  assert.deepEqual(after.filter((id) => !before.has(id)), [], `the fix added findings:\n${fixed}`);
  return fixed;
}

const INTRO = 'I build checkout flows for a grocery delivery startup.';

describe('time-limit fix folds the length into the ask', () => {
  const cases: [string, string, string][] = [
    ['a call', 'Could we have a call next week about your guide to payment retries?', 'Could we have a 15-minute call next week about your guide to payment retries?'],
    ['a chat about X', 'Would you be open to a chat about your guide to payment retries?', 'Would you be open to a 15-minute chat about your guide to payment retries?'],
    ['a video call stays video', 'Would you be up for a video call on Thursday about your guide to payment retries?', 'Would you be up for a 15-minute video call on Thursday about your guide to payment retries?'],
    ['"an" becomes "a"', 'Would you have time for an online chat about your guide to payment retries?', 'Would you have time for a 15-minute online chat about your guide to payment retries?'],
    ['coffee stays coffee', 'Could I buy you a coffee near your office to hear about your guide to payment retries?', 'Could I buy you a 15-minute coffee near your office to hear about your guide to payment retries?'],
    ['coffee without an article', 'Could we grab coffee next week to talk about your guide to payment retries?', 'Could we grab a 15-minute coffee next week to talk about your guide to payment retries?'],
    ['a quick call keeps "quick"', 'Would you be free for a quick call about your guide to payment retries?', 'Would you be free for a quick 15-minute call about your guide to payment retries?'],
    ['a meeting verb', 'Could we talk next week about your guide to payment retries?', 'Could we talk for 15 minutes next week about your guide to payment retries?'],
    ['"are you free"', 'Are you free next Tuesday to go over your guide to payment retries?', 'Are you free for 15 minutes next Tuesday to go over your guide to payment retries?'],
    ['"some of your time"', 'I would love to borrow some of your time to ask about your guide to payment retries.', 'I would love to borrow 15 minutes of your time to ask about your guide to payment retries.'],
  ];
  for (const [name, ask, folded] of cases) {
    it(name, () => {
      const fixed = applyPreferred(letter(`${INTRO} ${ask}`), 'time-limit');
      assert.ok(fixed.includes(`${INTRO} ${folded}\n`), fixed);
    });
  }

  it('asks no second question when there is nothing to fold into', () => {
    const ask = 'I would be grateful for your time to discuss your guide to payment retries.';
    const fixed = applyPreferred(letter(`${INTRO} ${ask}`), 'time-limit');
    assert.ok(fixed.includes(`${ask} It would take no more than 15 minutes.\n`), fixed);
  });

  it('offers only statements as alternatives, in the format asked for', () => {
    const finding = lintText(letter(`${INTRO} Could I buy you a coffee near your office to hear about your guide to payment retries?`)).find(
      (candidate) => candidate.rule === 'time-limit',
    );
    assert.ok(finding);
    for (const fix of finding.fixes.slice(1)) {
      const inserted = fix.edits.map((edit) => edit.newText).join('');
      assert.doesNotMatch(inserted, /\?/, `a second question: ${inserted}`);
      assert.doesNotMatch(inserted, /\b(?:call|phone|video)\b/i, `another format: ${inserted}`);
    }
  });

  it('makes the length a tab stop in snippet form', () => {
    const fix = preferredFix(letter(`${INTRO} Could we have a call next week about your guide to payment retries?`), 'time-limit');
    assert.equal(fix.edits[0]?.snippet, '${1:15}-minute ');
  });
});

describe('reason-to-meet fix lands after the introduction', () => {
  const REST = 'Your guide to payment retries changed how we plan releases. Would you have 15 minutes for a call next week to talk about its retry schedule?';
  const introductions = [
    'I am {{sender.firstName}}, a designer on the payments team at a grocery startup.',
    "I'm a second-year associate in employment law.",
    'My name is Jo and I teach chemistry at a sixth-form college.',
    'I lead the data team at a small veterinary clinic.',
    "I've spent six years building timetables for secondary schools.",
    "I'm Jo, and I run the billing desk at a regional utility.",
  ];
  for (const introduction of introductions) {
    it(introduction, () => {
      const fixed = applyPreferred(letter(`${introduction} ${REST}`), 'reason-to-meet');
      const clause = 'I would be glad to share {{sender.offer}}, if it is useful for your work at {{recipient.company}}.';
      assert.ok(fixed.includes(`Hi {{recipient.firstName}},\n\n${introduction} ${clause} ${REST}\n`), fixed);
    });
  }

  it('declares the placeholders the clause brings', () => {
    const fixed = applyPreferred(letter(`${introductions[1]} ${REST}`), 'reason-to-meet');
    assert.match(fixed, /\n {2}sender\.firstName: Jo\n {2}sender\.offer: "offer"\n {2}recipient\.company: "company"\n---\n/);
  });

  it('never opens the message with "In return"', () => {
    const fixed = applyPreferred(letter('Would you have 15 minutes for a call next week about your guide to payment retries?'), 'reason-to-meet');
    const body = fixed.slice(fixed.indexOf('\n\n', fixed.indexOf('Hi {{')) + 2);
    assert.doesNotMatch(body, /^In return\b/, body);
    assert.match(body, /^I would be glad to share \{\{sender\.offer\}\}[^?]*\}\}\. Would you have 15 minutes/);
  });

  it('keeps "In return" for a place after the ask', () => {
    const text = letter('Would you have 15 minutes for a call next week about your guide to payment retries? I am a product designer at a grocery startup.');
    const fixed = applyPreferred(text, 'reason-to-meet');
    assert.match(fixed, /grocery startup\. In return, I can share \{\{sender\.offer\}\}/);
  });

  it('puts the clause after a greeting run into the first sentence', () => {
    const text = template(FRONT_MATTER, 'Hey, would you have 15 minutes for a call next week about your guide to payment retries?\n');
    const fixed = applyPreferred(text, 'reason-to-meet');
    assert.match(fixed, /\nHey, I would be glad to share [^?]*\}\}\. Would you have 15 minutes/);
  });
});

describe('clauses keep the format already asked for', () => {
  it('a flexibility clause for a coffee ask offers coffee or in person, not only calls', () => {
    const fix = preferredFix(
      letter(`${INTRO} Could I buy you a 15-minute coffee next week to hear about your guide to payment retries?`),
      'flexibility',
    );
    const inserted = fix.edits[0]!.newText;
    assert.match(inserted, /coffee|in person|come to you|your office/i, inserted);
  });

  it('no flexibility alternative for a coffee ask proposes only a remote format', () => {
    const finding = lintText(letter(`${INTRO} Could I buy you a 15-minute coffee next week to hear about your guide to payment retries?`)).find(
      (candidate) => candidate.rule === 'flexibility',
    );
    assert.ok(finding);
    for (const fix of finding.fixes) {
      const inserted = fix.edits[0]!.newText;
      if (/\b(?:call|phone|video|email)\b/i.test(inserted)) assert.match(inserted, /coffee|in person|come to you|your office/i, inserted);
    }
  });
});

