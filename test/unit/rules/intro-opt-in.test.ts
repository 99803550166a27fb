import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyConfig } from '../../../server/src/service/config/settings';
import { parseOutreachDocument } from '../../../server/src/service/document/parse';
import { lintDocument } from '../../../server/src/service/lint';
import { siblingName } from '../../../server/src/service/rules/intro-opt-in';
import type { Fix } from '../../../server/src/service/types';
import { lintText, phrases, ruleTester, template } from '../../helpers/ruleTester';

const BODY = 'Hi Mira and Tom,\n\nMira, meet Tom. He is rebuilding onboarding for a support team of forty, which you did at Juniper last year.\n\nBest,\nIngrid\n';
const introduction = (frontMatter: string, body = BODY): string => template(`kind: introduction\n${frontMatter}`, body);

ruleTester('intro-opt-in', {
  valid: [
    { name: 'consent asked', text: introduction('consent: asked') },
    { name: 'consent granted', text: introduction('consent: granted') },
    { name: 'consent granted, quoted', text: introduction('consent: "granted"') },
    { name: 'a misspelled value is the frontmatter rule’s to correct', text: introduction('consent: grantd') },
    { name: 'the opt-in request itself', text: template('kind: intro-request', 'Hi Mira,\n\nWould you be open to meeting Tom? He is rebuilding onboarding, as you did.') },
    { name: 'a request to be introduced is a request', text: template('kind: request', 'Hi Sam,\n\nCould you introduce me to Mira? I am rebuilding onboarding for our support team.') },
    { name: 'a double opt-in introduction with its subject', text: introduction('subject: "Mira <> Tom: onboarding for support teams"\nconsent: granted\nrelationship: warm') },
  ],
  invalid: [
    {
      name: 'consent: none is replaced',
      text: introduction('consent: none'),
      flagged: ['Hi Mira and Tom,'],
      message: /ask the busy person privately/,
      output: (fixed) => assert.ok(fixed.startsWith('---\nkind: introduction\nconsent: asked\n---\nHi Mira and Tom,')),
    },
    {
      name: 'no consent key: one is added at the end of the front matter',
      text: introduction('relationship: warm\nvariables:\n  sender.firstName: Ingrid', BODY.replace('Ingrid', '{{sender.firstName}}')),
      flagged: ['Hi Mira and Tom,'],
      output: (fixed) => assert.match(fixed, /^---\nkind: introduction\nrelationship: warm\nvariables:\n {2}sender\.firstName: Ingrid\nconsent: asked\n---\n/),
    },
    {
      name: 'a quoted value with a comment keeps the comment',
      text: introduction("consent: 'none' # will ask on Monday"),
      flagged: ['Hi Mira and Tom,'],
      output: (fixed) => assert.ok(fixed.includes('\nconsent: asked # will ask on Monday\n')),
    },
    {
      name: 'an empty value',
      text: introduction('consent:\nrelationship: warm'),
      flagged: ['Hi Mira and Tom,'],
      output: (fixed) => assert.ok(fixed.includes('\nconsent: asked\nrelationship: warm\n')),
    },
  ],
});

function optInFix(text: string, uri: string): Fix {
  const finding = lintDocument(parseOutreachDocument(text, uri), { config: emptyConfig(), phrases }).find((candidate) => candidate.rule === 'intro-opt-in');
  const fix = finding?.fixes.find((candidate) => candidate.title === 'Create opt-in request');
  assert.ok(fix, 'a "Create opt-in request" fix');
  return fix;
}

describe('intro-opt-in: the opt-in request it creates', () => {
  it('names the file after the introduction, beside it', () => {
    assert.equal(siblingName('file:///templates/alice-bob.outreach.hbs'), 'alice-bob.intro-request.outreach.hbs');
    assert.equal(siblingName('file:///t/mira%20tom.introduction.outreach.hbs'), 'mira tom.intro-request.outreach.hbs');
    assert.equal(siblingName('file:///t/intro.outreach'), 'intro.intro-request.outreach');
    assert.equal(siblingName('C:\\templates\\mira-tom.outreach.hbs'), 'mira-tom.intro-request.outreach.hbs');
    assert.equal(siblingName('file:///t/100%25.outreach.hbs'), '100%.intro-request.outreach.hbs');
  });

  it('is one unsafe fix: the file and the consent edit together', () => {
    const fix = optInFix(introduction('consent: none'), 'file:///templates/mira-tom.outreach.hbs');
    assert.equal(fix.safe, undefined);
    assert.equal(fix.edits.length, 1);
    assert.deepEqual(fix.newFiles?.map((file) => file.path), ['mira-tom.intro-request.outreach.hbs']);
  });

  it('asks the first person addressed about the second, reusing the introduction’s reason, and lints clean', () => {
    const text = optInFix(introduction('consent: none'), 'file:///templates/mira-tom.outreach.hbs').newFiles?.[0]?.text ?? '';
    assert.match(text, /^---\nkind: intro-request\nsubject: "Would you be open to meeting Tom\?"\n/);
    assert.match(text, /\n---\nHi Mira,\n\nWould you be open to an introduction to Tom\?/);
    assert.ok(text.includes('He is rebuilding onboarding for a support team of forty, which you did at Juniper last year.'));
    assert.ok(text.includes(phrases.inCategory('easy-out', 'intro-request')[0]!.text));
    assert.match(text, /\n\nBest,\nIngrid\n$/);
    assert.deepEqual(lintText(text).map((finding) => `${finding.rule}: ${finding.message}`), []);
  });

  it('falls back to phrase-library clauses and declares every placeholder it uses', () => {
    const bare = introduction('variables:\n  sender.firstName: Ingrid', 'Hi {{recipient.firstName}},\n\nMeet {{introducee.firstName}}!\n\nThanks,\n{{sender.firstName}}\n');
    const text = optInFix(bare, 'file:///t/bare.outreach.hbs').newFiles?.[0]?.text ?? '';
    assert.ok(text.includes(phrases.inCategory('intro-reason', 'intro-request')[0]!.text));
    assert.ok(text.includes(phrases.inCategory('intro-expectation', 'intro-request')[0]!.text));
    assert.match(text, /\n {2}sender\.firstName: "Ingrid"\n/);
    assert.deepEqual(lintText(text).map((finding) => `${finding.rule}: ${finding.message}`), []);
  });

  it('turns "meet B, a …" into who B is, and leaves out what is said to B', () => {
    const body = 'Hi Carmen and Theo,\n\nThank you both for saying yes.\n\nCarmen, meet Theo, a support lead I worked with for years. Theo, Carmen has offered a short call next week.\n\nBest,\nHana\n';
    const text = optInFix(introduction('consent: none', body), 'file:///t/carmen-theo.outreach.hbs').newFiles?.[0]?.text ?? '';
    assert.ok(text.includes('before making it. Theo is a support lead I worked with for years. '));
    assert.ok(!text.includes('Thank you both'));
    assert.ok(!text.includes('Carmen has offered'));
    assert.deepEqual(lintText(text).map((finding) => `${finding.rule}: ${finding.message}`), []);
  });

  it('keeps the introduction’s CRLF line ends', () => {
    const fix = optInFix(introduction('consent: none').replace(/\n/g, '\r\n'), 'file:///t/crlf.outreach.hbs');
    const text = fix.newFiles?.[0]?.text ?? '';
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/);
    assert.equal(fix.edits[0]?.newText, 'consent: asked');
  });
});
