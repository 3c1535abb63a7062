import { describe, expect, it } from 'vitest';
import {
  crashHandler,
  RestartPolicy,
  type ConnectionActions,
  type Notice,
} from '../../client/src/restart-policy';

function policyAt(clock: { t: number }) {
  const notices: Notice[] = [];
  return {
    notices,
    policy: new RestartPolicy(
      (n) => notices.push(n),
      () => clock.t,
    ),
  };
}

describe('the client restart policy', () => {
  it('restarts a dead server and tells the user once, not once per crash', () => {
    const clock = { t: 0 };
    const { notices, policy } = policyAt(clock);
    for (let i = 0; i < 3; i++) {
      expect(policy.shouldRestart()).toBe(true);
      clock.t += 10 * 60_000;
    }
    expect(notices.map((n) => n.severity)).toEqual(['warning']);
    expect(notices[0].message).toMatch(/restarted/);
  });

  it('gives up after five crashes within three minutes, and says so', () => {
    const clock = { t: 0 };
    const { notices, policy } = policyAt(clock);
    const answers = Array.from({ length: 5 }, () => {
      clock.t += 20_000;
      return policy.shouldRestart();
    });
    expect(answers).toEqual([true, true, true, true, false]);
    expect(notices.map((n) => n.severity)).toEqual(['warning', 'error']);
    expect(notices[1].message).toMatch(/5 times in 3 minutes/);
  });

  it('forgets crashes older than three minutes, and all of them after a restart the user asked for', () => {
    const clock = { t: 0 };
    const { policy } = policyAt(clock);
    for (let i = 0; i < 4; i++) policy.shouldRestart();
    clock.t += 3 * 60_000;
    expect(policy.shouldRestart()).toBe(true); // the four earlier crashes have aged out
    for (let i = 0; i < 3; i++) policy.shouldRestart();
    policy.reset();
    expect(policy.shouldRestart()).toBe(true);
  });
});

describe('the client handler of a failing connection', () => {
  // stand-ins for the client library's enums, which cannot load outside the editor
  const actions = { keep: 1, restart: 2, doNotRestart: 1 } as unknown as ConnectionActions;

  it('keeps the client through any number of failed writes, so that the close restarts it', async () => {
    const { policy } = policyAt({ t: 0 });
    const handler = crashHandler(policy, actions);
    const answers = [];
    for (let count = 1; count <= 8; count++) {
      answers.push(await handler.error(new Error('write EPIPE'), undefined, count));
    }
    expect(answers.every((a) => a.action === actions.keep && a.handled)).toBe(true);
    expect((await handler.closed()).action).toBe(actions.restart);
  });

  it('does not restart once the policy has given up', async () => {
    const { policy } = policyAt({ t: 0 });
    const handler = crashHandler(policy, actions);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await handler.closed()).action);
    expect(answers.at(-1)).toBe(actions.doNotRestart);
  });
});
