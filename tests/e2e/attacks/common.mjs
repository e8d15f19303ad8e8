// What the attacker's probes share: the ok/FAIL tally, a server's CPU and RSS read from /proc, GraphQL over HTTP,
// /status with the admin's token (its details are for admins only).
import { readFileSync } from 'node:fs';

export const tally = { passed: 0, failed: 0 };

export function check(what, ok, detail = '') {
  if (ok) tally.passed++; else tally.failed++;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` — ${detail}` : ''}`);
  return ok;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The error codes anywhere in an answer's text. */
export const codesOf = (text) => [...new Set([...text.matchAll(/"code":"([A-Z_0-9]+)"/g)].map((match) => match[1]))];

/** One server: its GraphQL URL and process, for requests and for its CPU and RSS. */
export function server(url, pid) {
  const statusUrl = new URL('/status', url).href;
  const adminToken = process.env.ATTACK_ADMIN_TOKEN;
  const cpuSeconds = () => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  const rssMiB = () => Math.round(Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024);
  async function post(body, token, { accept = 'application/graphql-response+json', timeout = 60_000 } = {}) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
    const text = await response.text();
    return { status: response.status, text, codes: codesOf(text) };
  }
  async function status() {
    const response = await fetch(statusUrl, { headers: adminToken ? { authorization: `Bearer ${adminToken}` } : {}, signal: AbortSignal.timeout(10_000) });
    return response.json();
  }
  /** The answer's data, or throws with what came instead. */
  async function data(query, variables, token) {
    const answer = await post({ query, variables }, token);
    const parsed = JSON.parse(answer.text);
    if (!parsed.data) throw new Error(`${answer.status} ${answer.text.slice(0, 300)}`);
    return parsed.data;
  }
  return { url, pid, cpuSeconds, rssMiB, post, status, data };
}

/** Watches a server's RSS (the highest seen) every 250 ms until stopped. */
export function watchRss(target) {
  let peak = target.rssMiB();
  const timer = setInterval(() => { try { peak = Math.max(peak, target.rssMiB()); } catch { /* gone */ } }, 250);
  return { stop: () => { clearInterval(timer); return peak; }, get peak() { return peak; } };
}
