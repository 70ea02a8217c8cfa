// Layout at phone, tablet and desktop widths (issue 16 item 2): every main page, as the demo
// learner and as the demo program lead, holds without horizontal scrolling at 390, 768 and
// 1280 px, passes axe at 390 and 1280 px, and is photographed at both for a person to review
// (build/screenshots/, not compared pixel by pixel). The desktop navigation fits one row and the
// closed phone menu shows what waits.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { audit, launch, newPage, skip, TEST_TIMEOUT } from './helpers.mjs';

const SHOTS = process.env.PLN_SCREENSHOTS ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'build', 'screenshots');
const DEMO_PASSWORD = 'demo-password';

/** Signs in through the API in the context (its cookies), returns GET /me. */
async function signIn(context, email) {
  const res = await context.request.post('/api/v1/auth/login', { data: { email, password: DEMO_PASSWORD } });
  assert.equal(res.status(), 200, `login ${email}: ${res.status()} ${await res.text()}`);
  return (await context.request.get('/api/v1/me')).json();
}

async function pagesFor(context, who) {
  const me = await signIn(context, who === 'lead' ? 'lead@pln.example' : 'demo@pln.example');
  const pages = [
    ['home', '/'],
    ['directory', '/directory'],
    ['requests', '/requests'],
    ['connections', '/connections'],
    ['notifications', '/notifications'],
    ['feedback', '/feedback'],
    ['mentors', '/mentors'],
    ['mentoring', '/mentoring'],
    ['programs', '/programs'],
    ['profile', '/profile'],
  ];
  const skill = me.profile.skills[0]?.name;
  if (skill) pages.push(['skill-timeline', `/skills/${encodeURIComponent(skill)}`]);
  const conns = await (await context.request.get('/api/v1/connections?limit=1')).json();
  if (conns.items[0]) pages.push(['member', `/members/${conns.items[0].member.id}`]);
  const programs = await (await context.request.get('/api/v1/programs')).json();
  if (programs.items[0]) pages.push(['program', `/programs/${programs.items[0].id}`]);
  return pages;
}

async function overflow(page) {
  return page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
}

/** Waits until the page shows its heading and nothing is loading any more. */
async function settle(page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
}

describe('layout at 390, 768 and 1280 px', { skip, timeout: TEST_TIMEOUT * 6 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });

  test('signed-out pages: landing, log in, sign up', { timeout: TEST_TIMEOUT }, async () => {
    for (const width of [390, 768, 1280]) {
      const { context, page } = await newPage(browser, { width, height: 900, bypassCSP: true });
      for (const [name, path] of [
        ['landing', '/'],
        ['login', '/login'],
        ['signup', '/signup'],
      ]) {
        await page.goto(path);
        await settle(page);
        assert.ok((await overflow(page)) <= 0, `${path} at ${width}px scrolls sideways`);
        if (width !== 768) {
          await audit(page, `${path} at ${width}px`);
          await page.screenshot({ path: join(SHOTS, `visitor-${name}-${width}.png`), fullPage: true });
        }
      }
      // The landing page says what pln is and offers both ways in.
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: /Keep learning from the people around you/ }).waitFor();
      const main = page.getByRole('main');
      await main.getByRole('link', { name: 'Sign up' }).waitFor();
      await main.getByRole('link', { name: 'Log in' }).waitFor();
      await context.close();
    }
  });

  for (const who of ['learner', 'lead']) {
    test(`every main page holds at three widths as the demo ${who}`, { timeout: TEST_TIMEOUT * 4 }, async () => {
      for (const width of [390, 768, 1280]) {
        const { context, page } = await newPage(browser, { width, height: 900, bypassCSP: true });
        const pages = await pagesFor(context, who);
        for (const [name, path] of pages) {
          await page.goto(path);
          await settle(page);
          assert.ok((await overflow(page)) <= 0, `${path} at ${width}px is ${await overflow(page)}px too wide`);
          if (width !== 768) {
            await audit(page, `${who} ${path} at ${width}px`);
            await page.screenshot({ path: join(SHOTS, `${who}-${name}-${width}.png`), fullPage: true });
          }
        }
        assert.deepEqual(page.pageErrors, [], 'uncaught errors in the page');
        await context.close();
      }
    });
  }

  test('desktop navigation is one row; the closed phone menu shows the pending count', { timeout: TEST_TIMEOUT }, async () => {
    const desk = await newPage(browser, { width: 1280, height: 900 });
    await signIn(desk.context, 'demo@pln.example');
    await desk.page.goto('/');
    const nav = desk.page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Home' }).waitFor();
    const rows = () => nav.locator('a, button').evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top / 8))).size);
    assert.equal(await rows(), 1, 'navigation items sit on one row');
    // Still one row with the widest counts the badges show.
    await desk.page.evaluate(() => {
      for (const c of document.querySelectorAll('#primary-nav .count')) c.firstChild.textContent = '99+';
    });
    assert.equal(await rows(), 1, 'navigation items sit on one row with 99+ badges');
    // The member's name is not cut to nothing.
    const nameWidth = await nav.locator('.user-name').evaluate((e) => e.getBoundingClientRect().width);
    assert.ok(nameWidth > 40, `name shown ${nameWidth}px wide`);
    await desk.context.close();

    const phone = await newPage(browser, { width: 390, height: 800 });
    const me = await signIn(phone.context, 'demo@pln.example');
    const pending = await (await phone.context.request.get('/api/v1/connections/requests?direction=incoming&status=pending&limit=100')).json();
    const unread = (await (await phone.context.request.get('/api/v1/notifications/unread-count')).json()).unread;
    assert.ok(me.id);
    await phone.page.goto('/');
    const menu = phone.page.getByRole('button', { name: /Menu/ });
    await menu.waitFor();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await phone.page.getByRole('navigation', { name: 'Main' }).isVisible(), false, 'menu closed');
    const waiting = pending.items.length + unread;
    if (waiting > 0) {
      await phone.page.waitForFunction((n) => document.querySelector('.menu-toggle .count')?.textContent?.startsWith(String(n > 99 ? '99+' : n)), waiting);
      assert.match(await menu.textContent(), new RegExp(`Menu\\s*${waiting > 99 ? '99\\+' : waiting}\\s*waiting`));
    }
    await phone.context.close();
  });
});
