/** The client's crash-recovery policy, driven by a fake clock. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRestartPolicy, RESTARTED_MESSAGE, type CloseDecision, type RestartPolicy } from '../../client/src/restartPolicy';

const MINUTE = 60_000;

function clockedPolicy(): { policy: RestartPolicy; advance: (ms: number) => void } {
  let time = 1_000_000;
  return { policy: createRestartPolicy({ maxRestarts: 5, windowMs: 3 * MINUTE, now: () => time }), advance: (ms) => void (time += ms) };
}

/** `count` crashes `gap` ms apart. */
function crash(policy: RestartPolicy, advance: (ms: number) => void, count: number, gap = 1000): CloseDecision[] {
  const decisions: CloseDecision[] = [];
  for (let index = 0; index < count; index++) {
    if (index > 0) advance(gap);
    decisions.push(policy.closed());
  }
  return decisions;
}

describe('restart policy', () => {
  it('restarts after a crash and tells the user once', () => {
    const { policy, advance } = clockedPolicy();
    const [first] = crash(policy, advance, 1);
    assert.deepEqual(first?.notice, { severity: 'warning', message: RESTARTED_MESSAGE });
    assert.equal(first?.restart, true);
    assert.match(first!.log, /restarting it \(1 of 5 restarts allowed in 3 minutes\)/);
  });

  it('restarts quietly after further crashes in the same window, logging each', () => {
    const { policy, advance } = clockedPolicy();
    const decisions = crash(policy, advance, 5, 10_000);
    assert.ok(decisions.every((decision) => decision.restart));
    assert.deepEqual(decisions.map((decision) => decision.notice !== undefined), [true, false, false, false, false]);
    assert.equal(new Set(decisions.map((decision) => decision.log)).size, 5);
  });

  it('gives up on the sixth crash within three minutes, with one error and nothing after', () => {
    const { policy, advance } = clockedPolicy();
    const decisions = crash(policy, advance, 6, 30_000);
    const last = decisions[5]!;
    assert.equal(last.restart, false);
    assert.equal(last.notice?.severity, 'error');
    assert.match(last.notice!.message, /stopped 6 times in 3 minutes and will not be restarted/);
    advance(10 * MINUTE);
    const later = policy.closed();
    assert.deepEqual([later.restart, later.notice], [false, undefined]);
  });

  it('forgets crashes older than the window: slow crashes keep restarting, and a new burst is announced again', () => {
    const { policy, advance } = clockedPolicy();
    const slow = crash(policy, advance, 20, 40_000);
    assert.ok(slow.every((decision) => decision.restart), 'one crash every 40 s never reaches 6 in 3 minutes');
    advance(3 * MINUTE);
    const [afterQuiet] = crash(policy, advance, 1);
    assert.equal(afterQuiet?.notice?.message, RESTARTED_MESSAGE);
  });

  it('counts a crash exactly at the window edge as outside it', () => {
    const { policy, advance } = clockedPolicy();
    crash(policy, advance, 5, 0);
    advance(3 * MINUTE);
    const next = policy.closed();
    assert.equal(next.restart, true);
    assert.ok(next.notice, 'the older crashes left the window, so this one starts a new burst');
  });

  it('tolerates a few connection errors, then shuts the server down with one error', () => {
    const { policy } = clockedPolicy();
    for (const count of [undefined, 1, 2, 3]) {
      const decision = policy.error(count);
      assert.deepEqual([decision.shutdown, decision.notice], [false, undefined], `count ${count}`);
    }
    const fourth = policy.error(4);
    assert.equal(fourth.shutdown, true);
    assert.equal(fourth.notice?.severity, 'error');
    assert.deepEqual([policy.error(5).notice, policy.closed().restart, policy.closed().notice], [undefined, false, undefined]);
  });

  it('uses a real clock and the library’s limits by default', () => {
    const policy = createRestartPolicy();
    const decisions = Array.from({ length: 6 }, () => policy.closed());
    assert.deepEqual(decisions.map((decision) => decision.restart), [true, true, true, true, true, false]);
  });
});
