/** Completion and hover of rule ids inside suppression comments, built-in and custom (`.outreachrc.json` customRules). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { parseConfig } from '../../server/src/service/config/settings';
import { RULES } from '../../server/src/service/rules';
import { createService, positionOf, textDocument } from '../helpers/serviceFixture';
import { request } from '../helpers/ruleTester';

const METAS = RULES.map((rule) => rule.meta);
const CUSTOM_MESSAGE = 'Name the one question you have instead of asking to pick a brain.';
const { config, problems } = parseConfig(
  JSON.stringify({ customRules: [{ id: 'no-pick-your-brain', message: CUSTOM_MESSAGE, patterns: ['\\bpick your brain\\b'] }] }),
  METAS,
);
assert.deepEqual(problems, []);
const service = createService(config);
const timeLimit = METAS.find((meta) => meta.id === 'time-limit')!;

const BODY = 'Hi Ines,\n\nCould we get coffee next week so I can pick your brain about analytics?\n\nThanks,\nTheo\n';

function complete(text: string, marker: string, where: 'after' | 'before' = 'after'): CompletionItem[] {
  const document = textDocument(text);
  return service.completions(document, positionOf(document, marker, where), true).items;
}

function edited(text: string, item: CompletionItem | undefined): string {
  assert.ok(item, 'no such completion item');
  const document = textDocument(text);
  const edit = item.textEdit as TextEdit;
  const start = document.offsetAt(edit.range.start);
  return text.slice(0, start) + edit.newText + text.slice(document.offsetAt(edit.range.end));
}

function hoverAt(text: string, marker: string): { value: string; range: string } | null {
  const document = textDocument(text);
  const result = service.hover(document, positionOf(document, marker, 'before'));
  if (!result) return null;
  return { value: (result.contents as MarkupContent).value, range: result.range ? document.getText(result.range) : '' };
}

describe('completion in suppression comments', () => {
  it('lists every built-in rule id with its description, and the custom rule ids', () => {
    const text = request(`{{!-- outreach-disable-next-line  --}}\n${BODY}`);
    const items = complete(text, 'outreach-disable-next-line ');
    assert.deepEqual(
      items.map((item) => item.label).sort(),
      [...METAS.map((meta) => meta.id), 'no-pick-your-brain'].sort(),
    );
    assert.equal(items.find((item) => item.label === 'time-limit')?.detail, timeLimit.description);
    const custom = items.find((item) => item.label === 'no-pick-your-brain');
    assert.equal(custom?.detail, CUSTOM_MESSAGE);
    assert.equal(custom?.labelDetails?.description, 'custom rule');
  });

  it('replaces the whole id under the cursor but not the closing --}}', () => {
    const text = request(`{{!-- outreach-disable time-li --}}\n${BODY}`);
    const items = complete(text, 'time-');
    assert.match(edited(text, items.find((item) => item.label === 'time-limit')), /\{\{!-- outreach-disable time-limit --\}\}\n/);
    const unclosed = request(`{{!-- outreach-disable-file no-pick\n${BODY}`);
    const custom = complete(unclosed, 'no-pick').find((item) => item.label === 'no-pick-your-brain');
    assert.match(edited(unclosed, custom), /\{\{!-- outreach-disable-file no-pick-your-brain\n/);
  });

  it('leaves out the ids the comment already names, in every directive form', () => {
    for (const directive of ['disable-next-line', 'disable', 'enable', 'disable-file']) {
      const text = request(`{{!-- outreach-${directive} time-limit, no-pick-your-brain  --}}\n${BODY}`);
      const labels = complete(text, 'no-pick-your-brain ').map((item) => item.label);
      assert.ok(labels.includes('easy-out'), directive);
      assert.ok(!labels.includes('time-limit') && !labels.includes('no-pick-your-brain'), `${directive}: ${labels.join(', ')}`);
    }
  });

  it('completes the directive names, but nothing in an ordinary comment or after the closing --', () => {
    const text = request(`{{!-- outreach-dis --}}\n${BODY}`);
    const items = complete(text, 'outreach-dis');
    assert.deepEqual(items.map((item) => item.label), ['outreach-disable-next-line', 'outreach-disable', 'outreach-enable', 'outreach-disable-file']);
    assert.match(edited(text, items[0]), /^\{\{!-- outreach-disable-next-line --\}\}$/m);
    assert.deepEqual(complete(request(`{{!-- a note for later --}}\n${BODY}`), 'a note'), []);
    assert.deepEqual(complete(request(`{{!-- outreach-disable time-limit -- x}}\n${BODY}`), '-- x'), []);
  });

  it('still completes placeholders and clauses outside the comment', () => {
    const text = request(`{{!-- outreach-disable time-limit --}}\nHi {{recip\n`);
    assert.ok(complete(text, '{{recip').some((item) => item.label === 'recipient.firstName'));
  });
});

describe('hover in suppression comments', () => {
  it('on a built-in rule id shows the rule’s description and why', () => {
    const hover = hoverAt(request(`{{!-- outreach-disable-next-line easy-out, time-limit --}}\n${BODY}`), 'limit --}}');
    assert.ok(hover);
    assert.equal(hover.range, 'time-limit');
    assert.ok(hover.value.includes(`**time-limit** — ${timeLimit.description}`));
    assert.ok(hover.value.includes(timeLimit.docs.why));
  });

  it('on a custom rule id shows its message', () => {
    const hover = hoverAt(request(`{{!-- outreach-disable-file no-pick-your-brain --}}\n${BODY}`), 'no-pick-your-brain --}}');
    assert.ok(hover);
    assert.equal(hover.range, 'no-pick-your-brain');
    assert.match(hover.value, /\*\*no-pick-your-brain\*\* \(custom rule in `\.outreachrc\.json`\) — Name the one question/);
  });

  it('on an unknown id shows the unknown-rule finding, once, and nothing on the directive', () => {
    const text = request(`{{!-- outreach-disable-next-line timelimit --}}\n${BODY}`);
    const hover = hoverAt(text, 'timelimit');
    assert.ok(hover);
    assert.equal(hover.value.match(/\*\*unknown-rule\*\*/g)?.length, 1);
    assert.equal(hoverAt(text, 'outreach-disable'), null);
  });
});
