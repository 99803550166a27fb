/** Every rule's documented examples behave as documented: `docs.worse` trips the rule and `docs.better` passes it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/service/rules';
import type { RuleMeta } from '../../server/src/service/rules/rule';
import { lintText } from '../helpers/ruleTester';

/** A template holding `example` where the rule's docs say its examples sit (`docs.examplesIn`). */
function exampleTemplate(meta: RuleMeta, example: string): string {
  const kind = meta.kinds === 'all' ? 'request' : meta.kinds[0];
  if (meta.docs.examplesIn !== 'front matter') return `---\nkind: ${kind}\n---\nHi Sam,\n\n${example}\n\nBest,\nJim\n`;
  const [frontMatter, body = 'Hi Sam,\n\nBest,\nJim'] = example.split('\n---\n');
  const kindLine = /^kind:/m.test(frontMatter!) ? '' : `kind: ${kind}\n`;
  return `---\n${kindLine}${frontMatter}\n---\n${body}\n`;
}

function flagged(meta: RuleMeta, example: string): string[] {
  const text = exampleTemplate(meta, example);
  return lintText(text)
    .filter((finding) => finding.rule === meta.id)
    .map((finding) => finding.message);
}

describe('rule docs examples', () => {
  for (const { meta } of RULES) {
    it(`${meta.id}: ${meta.docs.worse === undefined ? '' : 'the worse example trips it, '}the better one passes`, () => {
      if (meta.docs.worse !== undefined) assert.notDeepEqual(flagged(meta, meta.docs.worse), [], `not flagged: ${meta.docs.worse}`);
      assert.deepEqual(flagged(meta, meta.docs.better), [], `flagged: ${meta.docs.better}`);
    });
  }
});
