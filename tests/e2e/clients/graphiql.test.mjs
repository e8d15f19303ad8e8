// GraphiQL, as the server serves it at /graphql to a browser, in headless Chromium (playwright-core driving the
// Chromium scripts/test.sh ensures, BROWSER_E2E_CHROMIUM): the schema loads (no "Error fetching schema"), the Docs
// pane lists Query's fields, and typing `{ rep` in the editor makes autocomplete offer `report`. Screenshots go to
// CLIENTS_E2E_RESULTS (graphiql-docs.png, graphiql-autocomplete.png). Without a browser the tests fail, saying why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { RESULTS, SERVER_URL } from './support.mjs';

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
