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
    assert.ok(hover.value.includes('README.md#time-limit'));
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
});
