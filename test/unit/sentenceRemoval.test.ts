import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOutreachDocument } from '../../server/src/service/document/parse';
import { applyEdits, inlineSentenceRemoval, sentenceRemoval } from '../../server/src/service/fixes/edits';
import type { OffsetRange } from '../../server/src/service/types';

const FRONT_MATTER = '---\nkind: request\n---\n';

/** The body after removing `sentence` (which must occur once) with `removal`. */
function without(body: string, sentence: string, removal: typeof sentenceRemoval): string {
  const document = parseOutreachDocument(`${FRONT_MATTER}${body}`);
  const start = document.text.indexOf(sentence);
  assert.ok(start >= 0 && document.text.indexOf(sentence, start + 1) < 0);
  const range: OffsetRange = { start, end: start + sentence.length };
  return applyEdits(document.text, [{ range: removal(document, range), newText: '' }]).slice(FRONT_MATTER.length);
}

describe('sentenceRemoval', () => {
  it('takes the spaces after a sentence inside a line, or the ones before it at the line end', () => {
    assert.equal(without('Hi,\n\nOne. Two. Three.\n', 'Two.', sentenceRemoval), 'Hi,\n\nOne. Three.\n');
    assert.equal(without('Hi,\n\nOne. Two.\n', 'Two.', sentenceRemoval), 'Hi,\n\nOne.\n');
  });

  it('takes a paragraph of its own with one blank line, so paragraphs stay one blank line apart', () => {
    assert.equal(without('Hi,\n\nOne.\n\nTwo.\n\nThanks,\nSam\n', 'Two.', sentenceRemoval), 'Hi,\n\nOne.\n\nThanks,\nSam\n');
    assert.equal(without('Hi,\r\n\r\nOne.\r\n\r\nTwo.\r\n\r\nThanks,\r\nSam\r\n', 'Two.', sentenceRemoval), 'Hi,\r\n\r\nOne.\r\n\r\nThanks,\r\nSam\r\n');
  });

  it('removes a run of sentences as one', () => {
    assert.equal(without('Hi,\n\nOne. Two. Three.\n', 'Two. Three.', sentenceRemoval), 'Hi,\n\nOne.\n');
  });
});

describe('inlineSentenceRemoval', () => {
  it('removes the sentence and its spaces but keeps its line', () => {
    assert.equal(without('Hi,\n\nOne. Two. Three.\n', 'Two.', inlineSentenceRemoval), 'Hi,\n\nOne. Three.\n');
    assert.equal(without('Hi,\n\nOne.\n\nTwo.\n\nThanks,\nSam\n', 'Two.', inlineSentenceRemoval), 'Hi,\n\nOne.\n\n\n\nThanks,\nSam\n');
  });
});
