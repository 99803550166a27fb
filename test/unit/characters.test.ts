import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineBreakOf } from '../../server/src/service/document/characters';

describe('lineBreakOf', () => {
  it('answers CRLF only for a text that already has one', () => {
    assert.equal(lineBreakOf('---\r\nkind: request\r\n---\r\nHi,'), '\r\n');
    assert.equal(lineBreakOf('---\nkind: request\n---\nHi,'), '\n');
    assert.equal(lineBreakOf('Hi,\rThanks'), '\n');
    assert.equal(lineBreakOf(''), '\n');
  });
});
