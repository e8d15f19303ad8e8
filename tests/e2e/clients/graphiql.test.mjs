// GraphiQL, as the server serves it at /graphql to a browser, in headless Chromium (playwright-core driving the
// Chromium scripts/test.sh ensures, BROWSER_E2E_CHROMIUM): the schema loads (no "Error fetching schema"), the Docs
// pane lists Query's fields, and typing `{ rep` in the editor makes autocomplete offer `report`. Screenshots go to
// CLIENTS_E2E_RESULTS (graphiql-docs.png, graphiql-autocomplete.png). Without a browser the tests fail, saying why.
// Then, when the server allows an origin (CLIENTS_E2E_CORS_ORIGIN, e.g. http://127.0.0.1:5399), a page served from
// that origin (by a small HTTP server the test starts on its port) calls the API as a front-end served elsewhere does,
// under the browser's own CORS rules; the same page at another origin (localhost instead of 127.0.0.1) cannot read
// the answers. (The page is served for real, not routed inside the browser: Chromium refuses a routed page, having no
// address, access to the loopback address the API is on.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { RESULTS, SERVER_TOKEN, SERVER_URL } from './support.mjs';

const CHROMIUM = process.env.BROWSER_E2E_CHROMIUM || '/usr/bin/chromium';
// The launch flags of the web page's browser suite (tests/e2e/browser/page.mjs).
const LAUNCH_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];
const shared = { browser: undefined, page: undefined, problems: [] };

before(async () => {
  if (!existsSync(CHROMIUM)) return;
  shared.browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
  shared.page = await shared.browser.newPage({ viewport: { width: 1400, height: 900 } });
  shared.page.on('pageerror', (error) => shared.problems.push(`page error: ${error.message}`));
  // Errors GraphiQL logs, and requests that failed, but for the favicon the page does not link (a browser's own ask).
  shared.page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) shared.problems.push(`console: ${message.text()}`);
  });
  shared.page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') shared.problems.push(`${response.status()} ${response.url()}`);
  });
});

after(async () => { await shared.browser?.close(); });

function page() {
  assert.ok(shared.page, `no Chromium at ${CHROMIUM} (scripts/test.sh installs one: ensure_chromium in tests/e2e/browser.sh)`);
  return shared.page;
}

test('GraphiQL: a browser opening /graphql gets the GraphiQL page, and the schema loads (no "Error fetching schema")', async () => {
  const response = await page().goto(SERVER_URL, { waitUntil: 'networkidle', timeout: 30_000 });
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'] ?? '', /text\/html/);
  await page().locator('.graphiql-container').waitFor({ timeout: 15_000 });
  // GraphiQL introspects as soon as it starts; give the answer time to arrive and be shown.
  await page().waitForLoadState('networkidle', { timeout: 15_000 });
  const text = await page().locator('body').innerText();
  assert.doesNotMatch(text, /Error fetching schema/i, 'GraphiQL shows "Error fetching schema"');
});

test('GraphiQL: the Docs pane lists Query\'s fields, report among them', async () => {
  await page().getByRole('button', { name: 'Show Documentation Explorer' }).click({ timeout: 10_000 });
  const explorer = page().locator('.graphiql-doc-explorer');
  await explorer.waitFor({ timeout: 10_000 });
  assert.equal(await explorer.locator('.graphiql-doc-explorer-error').count(), 0,
    `the Docs pane shows an error: ${await explorer.locator('.graphiql-doc-explorer-error').allInnerTexts().catch(() => [])}`);
  await explorer.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first().click({ timeout: 10_000 });
  await explorer.locator('.graphiql-doc-explorer-field-name', { hasText: /^report$/ }).first().waitFor({ timeout: 10_000 });
  const fields = await explorer.locator('.graphiql-doc-explorer-field-name').allInnerTexts();
  await page().screenshot({ path: join(RESULTS, 'graphiql-docs.png') });
  for (const field of ['report', 'reports', 'indicators']) assert.ok(fields.includes(field), `Query's fields shown: ${fields.join(', ')}`);
});

test('GraphiQL: typing `{ rep` in the editor makes autocomplete offer report', async () => {
  const editor = page().locator('.graphiql-query-editor .CodeMirror').first();
  await editor.click({ timeout: 10_000 });
  await page().keyboard.press('Control+A');
  await page().keyboard.press('Delete');
  await page().keyboard.type('{ rep', { delay: 60 });
  const hints = page().locator('.CodeMirror-hints .CodeMirror-hint');
  await hints.first().waitFor({ timeout: 10_000 });
  const offered = await hints.allInnerTexts();
  await page().screenshot({ path: join(RESULTS, 'graphiql-autocomplete.png') });
  assert.ok(offered.map((hint) => hint.trim()).includes('report'), `autocomplete offered: ${offered.join(', ')}`);
});

test('GraphiQL: the page logged no error', () => {
  page();
  // A refused introspection shows as a failed fetch or an error GraphiQL logs.
  assert.deepEqual(shared.problems, []);
});

// ---------------------------------------------------------------------------------------------------------------
// CORS in the browser: a front-end served from another origin

const ORIGIN = process.env.CLIENTS_E2E_CORS_ORIGIN;
const noCors = ORIGIN ? false : 'the server was started without an allowed origin (CLIENTS_E2E_CORS_ORIGIN unset)';

/** Serves an empty page on the allowed origin's port (all addresses of the loopback), for as long as the tests run. */
async function frontEndServer() {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>a front-end served elsewhere</title>');
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(Number(new URL(ORIGIN).port), '127.0.0.1', resolve));
  return server;
}

/** Opens the front-end's page at `origin` in Chromium and runs `calls` in it. */
async function fromOrigin(origin, calls) {
  assert.ok(shared.browser, `no Chromium at ${CHROMIUM}`);
  const server = await frontEndServer();
  const context = await shared.browser.newContext();
  try {
    const page = await context.newPage();
    const logged = [];
    page.on('console', (message) => logged.push(message.text()));
    await page.goto(`${origin}/`);
    return { ...(await page.evaluate(calls, { url: SERVER_URL, token: SERVER_TOKEN })), logged };
  } finally {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** In the page: a POST with a token (so a preflight), then a GET whose ETag the page reads. */
const CALLS = async ({ url, token }) => {
  const query = '{ report(province: "nam-dinh", year: 2021) { version } }';
  try {
    const posted = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const got = await fetch(`${url}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/graphql-response+json' } });
    return { post: (await posted.json()).data?.report?.version ?? null, get: (await got.json()).data?.report?.version ?? null, etag: got.headers.get('etag') };
  } catch (error) {
    return { error: String(error) };
  }
};

test('CORS in Chromium: a page of the allowed origin POSTs with a token (preflight) and reads a GET\'s answer and ETag', { skip: noCors }, async () => {
  const result = await fromOrigin(ORIGIN, CALLS);
  assert.equal(result.error, undefined, `the browser refused: ${result.error}`);
  assert.ok(result.post >= 1, JSON.stringify(result));
  assert.ok(result.get >= 1, JSON.stringify(result));
  assert.ok(result.etag, `the page cannot read the ETag: ${JSON.stringify(result)}`);
});

test('CORS in Chromium: a page of another origin cannot read the answers', { skip: noCors }, async () => {
  // The same page and port under another host name: another origin.
  const other = new URL(ORIGIN);
  other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  const result = await fromOrigin(other.origin, CALLS);
  assert.match(result.error ?? '', /TypeError|Failed to fetch/, `another origin read an answer: ${JSON.stringify(result)}`);
  assert.ok(result.logged.some((line) => /CORS policy/.test(line) && /Access-Control-Allow-Origin/.test(line)),
    `refused, but not for CORS: ${result.logged.join(' | ')}`);
});
