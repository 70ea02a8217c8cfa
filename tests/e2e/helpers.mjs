// Shared helpers for the pln browser tests (not a test file itself).
// The tests drive Debian's Chromium through playwright-core and need a running
// server: PLN_E2E_URL=http://127.0.0.1:18090 node --test tests/e2e/
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const BASE = (process.env.PLN_E2E_URL ?? '').replace(/\/+$/, '');
/** Passed as `{ skip }` to test(): the suite needs a server. */
export const skip = BASE ? false : 'set PLN_E2E_URL to the base URL of a running pln server';
export const PASSWORD = 'correct-horse-battery-staple-42';
export const TIMEOUT = 15_000;
export const TEST_TIMEOUT = 120_000;

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.PLN_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** A fresh browser context (own cookie jar) and page. */
export async function newPage(browser, { width = 1280, height = 900, bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, baseURL: BASE, locale: 'en-US', bypassCSP });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.pageErrors = errors;
  return { context, page };
}

/** tag + 10 random lower-case letters: one "word" that survives any search normalisation. */
export function unique(tag = 'u') {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return tag + [...randomBytes(10)].map((b) => letters[b % 26]).join('');
}

export function uniqueEmail(tag = 'e2e') {
  return `${unique(tag)}@example.org`;
}

/** Signs a member up through the API in the given context (sharing its cookies); returns Me. */
export async function signUpApi(context, { name, email = uniqueEmail(), password = PASSWORD }) {
  const res = await context.request.post('/api/v1/auth/signup', { data: { name, email, password } });
  assert.equal(res.status(), 201, `signup ${email}: ${res.status()} ${await res.text()}`);
  const me = await res.json();
  return { ...me, email, password };
}

/** A JSON API call with the context's session cookie and the member's CSRF token. */
export async function apiCall(context, me, method, path, data) {
  const res = await context.request.fetch(`/api/v1${path}`, {
    method,
    headers: me?.csrf_token ? { 'X-CSRF-Token': me.csrf_token } : {},
    ...(data === undefined ? {} : { data }),
  });
  const text = await res.text();
  assert.ok(res.ok(), `${method} ${path}: ${res.status()} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Signs up through the UI form; ends on the profile page. */
export async function signUpUi(page, { name, email = uniqueEmail(), password = PASSWORD }) {
  await page.goto('/signup');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
  return { name, email, password };
}

export async function logInUi(page, { email, password = PASSWORD }) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Log out' }).waitFor();
}

export async function screenshot(page, name) {
  await page.screenshot({ path: `/tmp/pln-e2e-${name}.png`, fullPage: true });
}

/** Waits until fn() returns a truthy value (polling, no fixed sleeps). */
export async function eventually(fn, { timeout = TIMEOUT, interval = 100, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${message} (last: ${last})`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** The text of the elements an input's aria-describedby points to (its accessible description). */
export async function description(locator) {
  return locator.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

export function assertNoPageErrors(page) {
  assert.deepEqual(page.pageErrors, [], 'uncaught errors in the page');
}

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** Runs axe-core (WCAG 2.x A/AA) on the page; needs a context made with bypassCSP. */
export async function audit(page, label) {
  await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary),
    }));
  });
  assert.deepEqual(result, [], `${label}: accessibility violations\n${JSON.stringify(result, null, 2)}`);
}
