import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { RULES } from '../../server/src/service/rules';
import { createService, positionOf, textDocument } from '../helpers/serviceFixture';
import { template } from '../helpers/ruleTester';

const service = createService();
const ASK = 'Could we grab coffee next week to talk about how you built the volunteer mentoring program?';
const TEXT = template(
  'kind: request\nsubject: Your volunteer mentoring program\nvariables:\n  recipient.firstName: Marta\n  sender.firstName: Ivo',
  `Hi {{recipient.firstName}},\n\n🙌 I coordinate volunteers at a food bank. ${ASK}\n\nThanks,\n{{sender.firstName}} {{sender.lastName}}\n`,
);
const timeLimit = RULES.find((rule) => rule.meta.id === 'time-limit')!.meta;

function hoverText(marker: string, where: 'after' | 'before' = 'before', text = TEXT): { value: string; range?: string } | null {
  const document = textDocument(text);
  const result = service.hover(document, positionOf(document, marker, where));
  if (!result) return null;
  return { value: (result.contents as MarkupContent).value, range: result.range && document.getText(result.range) };
}

describe('hover', () => {
  it('on a finding shows the rule’s description, why and a better example', () => {
    const hover = hoverText('grab coffee');
    assert.ok(hover);
    assert.ok(hover.value.includes(`**time-limit** — ${timeLimit.description}`));
    assert.ok(hover.value.includes(timeLimit.docs.why));
    assert.ok(hover.value.includes(`**Better:** ${timeLimit.docs.better}`));
    assert.match(hover.value, /\[Rule documentation\]\(file:\/\/[^)]*\/docs\/rules\/time-limit\.md\)/);
  });

  it('covers the whole finding range after an emoji (UTF-16)', () => {
    const hover = hoverText('volunteering program?', 'before', TEXT.replace('volunteer mentoring program?', 'volunteering program?'));
    assert.ok(hover);
    assert.ok(hover.value.includes('**time-limit**'));
    assert.ok(hover.range?.endsWith('volunteering program?'));
  });

  it('on a declared placeholder shows its sample value', () => {
    const hover = hoverText('recipient.firstName}},');
    assert.ok(hover);
    assert.match(hover.value, /Placeholder `recipient\.firstName`/);
    assert.match(hover.value, /Sample value: `Marta`/);
    assert.equal(hover.range, '{{recipient.firstName}}');
  });

  it('on an undeclared placeholder says it is not declared', () => {
    const hover = hoverText('sender.lastName');
    assert.ok(hover);
    assert.match(hover.value, /Not declared under `variables`/);
  });

  it('returns nothing on plain text without findings', () => {
    assert.equal(hoverText('Thanks,'), null);
  });

  describe('front-matter keys', () => {
    const KEYED = template(
      [
        'kind: request',
        'subject: "Your {{recipient.project}} write-up"',
        'relationship: warm',
        'recipient:',
        '  seniority: executive',
        '  sellsAdvice: false',
        'consent: none',
        'variables:',
        '  recipient.firstName: Marta',
        '  recipient.project: tool library',
        '  sender.title: organizer',
      ].join('\n'),
      'Hi {{recipient.firstName}},\n\nCould we talk for 15 minutes about how you run the {{recipient.project}}?\n\nThanks,\nIvo\n',
    );
    const keyHover = (marker: string) => hoverText(marker, 'before', KEYED);

    for (const [marker, name, values] of [
      ['kind:', 'kind', ['request', 'intro-request', 'introduction', 'decline', 'thank-you', 'follow-up', 'questions']],
      ['relationship:', 'relationship', ['cold', 'warm', 'mutual']],
      ['seniority:', 'recipient.seniority', ['peer', 'senior', 'executive', 'influencer']],
      ['sellsAdvice:', 'recipient.sellsAdvice', ['true', 'false']],
      ['consent:', 'consent', ['asked', 'granted', 'none']],
    ] as const) {
      it(`on \`${name}\` says what it means and lists its allowed values`, () => {
        const hover = keyHover(marker);
        assert.ok(hover, `a hover on ${name}`);
        assert.ok(hover.value.startsWith(`**${name}** (front matter) — `));
        assert.match(hover.value, new RegExp(`Allowed values: ${values.map((value) => `\`${value}\``).join(', ')}\\.`));
        assert.equal(hover.range, marker.slice(0, -1));
      });
    }

    it('gives defaults where the linter assumes one', () => {
      assert.match(keyHover('kind:')!.value, /Default: `request`\./);
      assert.match(keyHover('relationship:')!.value, /Default: `cold`\./);
    });

    it('on keys without a fixed set of values explains them without a value list', () => {
      for (const marker of ['subject:', 'recipient:', 'variables:']) {
        const hover = keyHover(marker);
        assert.ok(hover, marker);
        assert.match(hover.value, new RegExp(`^\\*\\*${marker.slice(0, -1)}\\*\\* \\(front matter\\)`));
        assert.doesNotMatch(hover.value, /Allowed values/);
      }
    });

    it('answers anywhere on the key name, and not on its value', () => {
      const document = textDocument(KEYED);
      const start = positionOf(document, 'relationship:', 'before');
      assert.ok(service.hover(document, { line: start.line, character: start.character + 5 }));
      assert.equal(keyHover('warm'), null);
    });

    it('on a declared variable shows its sample value and how often it is used', () => {
      const project = keyHover('recipient.project: tool');
      assert.ok(project);
      assert.match(project.value, /^Variable `recipient\.project`/);
      assert.match(project.value, /Sample value: `tool library`/);
      assert.match(project.value, /Used 2 times/, 'once in the subject, once in the body');
      assert.equal(project.range, 'recipient.project');
      assert.match(keyHover('sender.title')!.value, /Not used by any placeholder yet/);
    });

    it('does not take a body line that looks like `key:` for front matter', () => {
      const hover = hoverText('kind: of', 'before', template('kind: request', 'kind: of an odd opening line\n\nThanks,\nIvo\n'));
      assert.doesNotMatch(hover?.value ?? '', /front matter/);
    });
  });
});
