// Waits that always end, shared by the suites that run against one server (tests/e2e/subscriptions, tests/e2e/clients).
import { setTimeout as delay } from 'node:timers/promises';

/** Rejects after `ms` with a message naming what was awaited, so no wait hangs the suite. */
export function within(ms, promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Polls `read` until `accept` holds for its value (then returns it) or `ms` pass (then throws with the last value). */
export async function eventually(read, accept, ms, what) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await delay(50);
  }
}
