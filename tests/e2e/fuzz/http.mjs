// Sends the generators' requests: over a fixed pool of keep-alive HTTP/1.1 connections (node:http), or, for
// requests that node:http would refuse to write (a broken request line, lying framing), as raw bytes on a
// connection of their own. Never throws: every outcome is a result, a status code or what went wrong instead.
import http from 'node:http';
import net from 'node:net';

/** The most of a response body kept to be read (larger bodies are counted, not kept). */
const KEEP_BYTES = 32 * 1024 * 1024;

export class HttpSender {
  /** @param {URL} url the GraphQL endpoint; @param {number} connections how many connections at most */
  constructor(url, connections, timeoutMs) {
    this.url = url;
    this.timeoutMs = timeoutMs;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  }

  close() {
    this.agent.destroy();
  }

  /**
   * Sends one request spec: { method, path?, query?, headers, body?, raw? }.
   * Resolves { status, outcome, contentType, body (Buffer, or null when too big), bytes, ms }: `status` the HTTP
   * status code, or null with `outcome` saying why there is none ("timeout", "reset", "closed without response"…).
   */
  send(spec) {
    return spec.raw ? this.sendRaw(spec) : this.sendHttp(spec);
  }

  sendHttp(spec) {
    const started = Date.now();
    const body = spec.body === undefined ? undefined : Buffer.isBuffer(spec.body) ? spec.body : Buffer.from(spec.body, 'utf8');
    const headers = [];
    for (const [name, value] of Object.entries(spec.headers ?? {})) {
      if (value === null || value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) headers.push([name, String(one)]);
    }
    if (body !== undefined && !headers.some(([name]) => name.toLowerCase() === 'content-length' || name.toLowerCase() === 'transfer-encoding')) {
      headers.push(['content-length', String(body.length)]);
    }
    const path = spec.path ?? this.url.pathname + (spec.query === undefined ? '' : `?${spec.query}`);
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ms: Date.now() - started, ...result });
      };
      let request;
      try {
        request = http.request({
          agent: this.agent,
          host: this.url.hostname,
          port: this.url.port,
          method: spec.method ?? 'POST',
          path,
          headers: Object.fromEntries(groupHeaders(headers)),
        });
      } catch (error) {
        // node:http refused to write it (a character it does not allow): not the server's doing.
        finish({ status: null, outcome: `not sent (${error.code ?? error.message})`, notSent: true });
        return;
      }
      const timer = setTimeout(() => {
        finish({ status: null, outcome: 'timeout' });
        request.destroy(new Error('timeout'));
      }, this.timeoutMs);
      request.on('response', (response) => {
        const chunks = [];
        let bytes = 0;
        response.on('data', (chunk) => {
          bytes += chunk.length;
          if (bytes <= KEEP_BYTES) chunks.push(chunk);
        });
        const done = (aborted) => finish({
          status: response.statusCode,
          outcome: aborted ? 'response cut off' : 'response',
          contentType: response.headers['content-type'] ?? '',
          body: bytes <= KEEP_BYTES ? Buffer.concat(chunks) : null,
          bytes,
          cutOff: aborted,
        });
        response.on('end', () => done(false));
        response.on('aborted', () => done(true));
        response.on('error', () => done(true));
      });
      request.on('error', (error) => finish({ status: null, outcome: describeError(error) }));
      if (body === undefined) request.end();
      else request.end(body);
    });
  }

  sendRaw(spec) {
    const started = Date.now();
    return new Promise((resolve) => {
      const chunks = [];
      let settled = false;
      const socket = net.connect({ host: this.url.hostname, port: Number(this.url.port) });
      const finish = (outcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearTimeout(halfClose);
        socket.destroy();
        const text = Buffer.concat(chunks);
        const head = text.subarray(0, Math.min(text.length, 64 * 1024)).toString('latin1');
        const match = /^HTTP\/\d\.\d (\d{3})/.exec(head);
        const headerEnd = head.indexOf('\r\n\r\n');
        const contentType = /\r\ncontent-type:\s*([^\r\n]*)/i.exec(head)?.[1] ?? '';
        const body = headerEnd >= 0 ? text.subarray(headerEnd + 4) : Buffer.alloc(0);
        resolve({
          ms: Date.now() - started,
          status: match ? Number(match[1]) : null,
          outcome: match ? 'response' : outcome,
          contentType,
          body: /chunked/i.test(head.slice(0, headerEnd)) ? null : body,
          bytes: body.length,
          raw: true,
        });
      };
      const timer = setTimeout(() => finish('timeout'), this.timeoutMs);
      // A request the server waits on for more bytes gets our end of the stream after a while.
      const halfClose = setTimeout(() => socket.end(), Math.min(1_000, this.timeoutMs / 2));
      socket.on('data', (chunk) => {
        chunks.push(chunk);
        if (Buffer.concat(chunks).indexOf('\r\n\r\n') >= 0 && spec.oneResponse !== false) {
          // Enough to know the answer; the rest (if any) is read until the server closes or a moment passes.
          setTimeout(() => finish('response'), 200);
        }
      });
      socket.on('end', () => finish('closed without response'));
      socket.on('close', () => finish('closed without response'));
      socket.on('error', (error) => finish(describeError(error)));
      socket.write(spec.raw);
    });
  }
}

function groupHeaders(pairs) {
  const grouped = new Map();
  for (const [name, value] of pairs) {
    const key = name.toLowerCase();
    if (!grouped.has(key)) grouped.set(key, [name, []]);
    grouped.get(key)[1].push(value);
  }
  return [...grouped.values()].map(([name, values]) => [name, values.length === 1 ? values[0] : values]);
}

function describeError(error) {
  if (error.message === 'timeout') return 'timeout';
  switch (error.code) {
    case 'ECONNRESET': return 'reset';
    case 'EPIPE': return 'reset';
    case 'ECONNREFUSED': return 'refused';
    case 'HPE_INVALID_CONSTANT':
    case 'HPE_INVALID_STATUS':
    case 'HPE_UNEXPECTED_CONTENT_LENGTH': return `unreadable response (${error.code})`;
    default: return error.code ?? error.message;
  }
}
