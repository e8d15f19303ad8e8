// The server's resident memory, read from /proc: VmRSS of the process and of every process it started (so a
// wrapper such as `dotnet run` still counts what it runs), in KiB; null once the process is gone.
import { readFileSync, readdirSync } from 'node:fs';

function ownRss(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return null;
  }
}

function children(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => {
      try {
        return readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

export function readRssKiB(pid) {
  const own = ownRss(pid);
  if (own === null) return null;
  let total = own;
  const seen = new Set([pid]);
  const queue = children(pid);
  while (queue.length) {
    const child = queue.shift();
    if (seen.has(child)) continue;
    seen.add(child);
    total += ownRss(child) ?? 0;
    queue.push(...children(child));
  }
  return total;
}

export const mib = (kib) => (kib === null || kib === undefined ? 'n/a' : `${(kib / 1024).toFixed(0)} MiB`);

/**
 * Samples the RSS every `everyMs`: keeps the peak, and each rise of more than `jumpKiB` between two samples with
 * what `inFlight()` said was being sent at the time (to tell which requests cost memory).
 */
export class RssSampler {
  constructor(pid, inFlight, everyMs = 100, jumpKiB = 64 * 1024) {
    this.pid = pid;
    this.peak = readRssKiB(pid) ?? 0;
    this.last = this.peak;
    this.jumps = [];
    this.timer = setInterval(() => {
      const now = readRssKiB(pid);
      if (now === null) return;
      if (now - this.last > jumpKiB) this.jumps.push({ fromKiB: this.last, toKiB: now, inFlight: inFlight() });
      this.last = now;
      this.peak = Math.max(this.peak, now);
    }, everyMs);
    this.timer.unref();
  }

  stop() {
    clearInterval(this.timer);
  }
}
