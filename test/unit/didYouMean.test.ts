import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closest } from '../../server/src/service/document/didYouMean';

describe('closest (did-you-mean)', () => {
  it('prefers a case-insensitive match to any near one', () => {
    assert.equal(closest('KIND', ['kinds', 'kind']), 'kind');
  });

  it('allows one edit below 6 characters, two up to 8, three from 9', () => {
    assert.equal(closest('knd', ['kind']), 'kind');
    assert.equal(closest('kd', ['kind']), undefined);
    assert.equal(closest('subjct', ['subject']), 'subject');
    assert.equal(closest('sbjct', ['subject']), undefined);
    assert.equal(closest('varbles', ['variables']), 'variables');
    assert.equal(closest('sellsadvce', ['sellsAdvice']), 'sellsAdvice');
    assert.equal(closest('recipient.compnay', ['recipient.company']), 'recipient.company');
    assert.equal(closest('recipient.cpny', ['recipient.company']), 'recipient.company');
    assert.equal(closest('recipient.cmp', ['recipient.company']), undefined);
  });

  it('keeps the first of equally near candidates', () => {
    assert.equal(closest('cat', ['bat', 'hat']), 'bat');
  });
});
