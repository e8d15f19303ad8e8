// HTTP/1.1 itself broken, written as raw bytes on a connection of its own: request lines that are not one,
// raw non-UTF-8 bytes and control characters in the target, no Host, HTTP/0.9 and HTTP/2 prefaces, bodies
// longer or shorter than Content-Length, Content-Length and Transfer-Encoding together (request smuggling),
// broken chunks, header lines without a colon or folded, a flood of pipelined requests, a connection dropped
// half-way. Expected: a 4xx or a closed connection, never 5xx, and no request smuggled through.

const BODY = '{"query":"{ __typename }"}';

function request(ctx, { method = 'POST', target = ctx.path, version = 'HTTP/1.1', headers = [], body = '' }) {
  const lines = [`${method} ${target} ${version}`, ...headers];
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1')]);
}

const host = (ctx) => `Host: ${ctx.host}`;
const json = 'Content-Type: application/json';
const close = 'Connection: close';

const CASES = [
  ['not a request line', (rng) => Buffer.from(rng.pick(['GARBAGE\r\n\r\n', '\r\n\r\n', ' \r\n\r\n', 'GET\r\n\r\n', 'GET /graphql\r\n\r\n', 'GET /graphql HTTP/9.9\r\n\r\n', 'GET  /graphql  HTTP/1.1\r\n\r\n', '\u0000\u0000\u0000\r\n\r\n']), 'latin1')],
  ['no Host', (rng, ctx) => request(ctx, { headers: [json, close, `Content-Length: ${BODY.length}`], body: BODY })],
  ['two Hosts', (rng, ctx) => request(ctx, { headers: [host(ctx), 'Host: evil.example', json, close, `Content-Length: ${BODY.length}`], body: BODY })],
  ['raw bytes in the target', (rng, ctx) => request(ctx, { method: 'GET', target: `${ctx.path}?query=${rng.pick(['{ __typename }', '\u00ff\u00fe', '\u0000', '%7B__typename%7D\u0080', '\t'])}`, headers: [host(ctx), close] })],
  ['an absolute or odd target', (rng, ctx) => request(ctx, { target: rng.pick([`http://${ctx.host}${ctx.path}`, `http://evil.example${ctx.path}`, '*', `${ctx.path}#x`, 'graphql', `..${ctx.path}`, `${ctx.path}\\..\\`]), headers: [host(ctx), json, close, `Content-Length: ${BODY.length}`], body: BODY })],
  ['HTTP/1.0 and HTTP/0.9', (rng, ctx) => request(ctx, { version: rng.pick(['HTTP/1.0', 'HTTP/0.9', 'HTTP/2.0', 'HTTP/1.2', 'HTTP/1', 'HTTPS/1.1', 'http/1.1']), headers: [json, `Content-Length: ${BODY.length}`], body: BODY })],
  ['an HTTP/2 preface', () => Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u0000\u0000', 'latin1')],
  ['a TLS hello', () => Buffer.from('16030100a5010000a10303', 'hex')],
  ['a body shorter than Content-Length', (rng, ctx) => request(ctx, { headers: [host(ctx), json, close, `Content-Length: ${BODY.length + rng.logInt(1, 10_000_000)}`], body: BODY })],
  ['a body longer than Content-Length', (rng, ctx) => request(ctx, { headers: [host(ctx), json, `Content-Length: ${rng.int(0, BODY.length - 1)}`], body: BODY + 'GET /status HTTP/1.1\r\n\r\n' })],
  ['a wrong Content-Length', (rng, ctx) => request(ctx, { headers: [host(ctx), json, close, `Content-Length: ${rng.pick(['-1', 'abc', '1e3', '0x10', ' ', '99999999999999999999999', `${BODY.length}, ${BODY.length + 1}`, `${BODY.length}\u0000`])}`], body: BODY })],
  ['two Content-Lengths', (rng, ctx) => request(ctx, { headers: [host(ctx), json, close, `Content-Length: ${BODY.length}`, `Content-Length: ${BODY.length + 5}`], body: `${BODY}xxxxx` })],
  ['Content-Length and chunked (smuggling)', (rng, ctx) => request(ctx, {
    headers: [host(ctx), json, rng.pick(['Transfer-Encoding: chunked', 'Transfer-Encoding:  chunked', 'Transfer-Encoding: xchunked', 'Transfer-Encoding: chunked, identity', 'Transfer-Encoding\t: chunked']), `Content-Length: 4`],
    body: `${BODY.length.toString(16)}\r\n${BODY}\r\n0\r\n\r\nPOST ${ctx.path} HTTP/1.1\r\nHost: ${ctx.host}\r\n${json}\r\nContent-Length: 100\r\n\r\n`,
  })],
  ['broken chunks', (rng, ctx) => request(ctx, {
    headers: [host(ctx), json, close, 'Transfer-Encoding: chunked'],
    body: rng.pick([
      `zz\r\n${BODY}\r\n0\r\n\r\n`,
      `FFFFFFFFFFFFFFFF\r\n${BODY}\r\n0\r\n\r\n`,
      `${BODY.length.toString(16)}\r\n${BODY}\r\n`,
      `${BODY.length.toString(16)};ext=${'x'.repeat(20_000)}\r\n${BODY}\r\n0\r\n\r\n`,
      `-1\r\n${BODY}\r\n0\r\n\r\n`,
      `${(BODY.length + 10).toString(16)}\r\n${BODY}\r\n0\r\n\r\n`,
      `1\r\n{\r\n${'1\r\n \r\n'.repeat(20_000)}0\r\n\r\n`,
      `${BODY.length.toString(16)}\r\n${BODY}\r\n0\r\nX-Trailer: ${'t'.repeat(50_000)}\r\n\r\n`,
    ]),
  })],
  ['odd header lines', (rng, ctx) => request(ctx, {
    headers: [host(ctx), json, close, `Content-Length: ${BODY.length}`, rng.pick(['NoColonHere', ': empty-name', 'X-Folded: a\r\n  folded', 'X-Nul: a\u0000b', `X-${'n'.repeat(40_000)}: v`, 'X Space: v', 'Content-Type : application/json', '\u00ff\u00fe: v', 'X-CR: a\rb'])],
    body: BODY,
  })],
  ['pipelined requests', (rng, ctx) => {
    const count = rng.logInt(2, 500);
    const one = request(ctx, { headers: [host(ctx), json, `Content-Length: ${BODY.length}`], body: BODY });
    return Buffer.concat([...Array(count).fill(one), request(ctx, { headers: [host(ctx), json, close, `Content-Length: ${BODY.length}`], body: BODY })]);
  }],
  ['dropped half-way', (rng, ctx) => {
    const full = request(ctx, { headers: [host(ctx), json, `Content-Length: ${BODY.length}`], body: BODY });
    return full.subarray(0, rng.int(1, full.length - 1));
  }],
  ['a WebSocket upgrade with a broken key', (rng, ctx) => request(ctx, {
    method: 'GET',
    headers: [host(ctx), 'Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 13', `Sec-WebSocket-Key: ${rng.pick(['', 'short', '!!!!', 'x'.repeat(5000)])}`, 'Sec-WebSocket-Protocol: graphql-transport-ws'],
  })],
  ['a WebSocket upgrade over POST', (rng, ctx) => request(ctx, {
    headers: [host(ctx), json, 'Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', `Content-Length: ${BODY.length}`],
    body: BODY,
  })],
];

// An HTTP version the server does not speak is rightly answered 505 (HTTP Version Not Supported): the one 5xx
// that is the correct answer to a client's request.
const OTHER_VERSIONS = new Set(['not a request line', 'HTTP/1.0 and HTTP/0.9']);

export default {
  name: 'malformed-http',
  weight: 5,
  make(rng, ctx) {
    const [what, make] = rng.pick(CASES);
    return { raw: make(rng, ctx), note: `raw HTTP: ${what}`, ...(OTHER_VERSIONS.has(what) ? { allowStatus: [505] } : {}) };
  },
};
