// Automated accessibility audit (axe-core, WCAG 2.x A/AA rules) of every page,
// at desktop and phone widths. Manual checks (keyboard, focus, labels) live in
// the other files through role/label locators.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiCall, audit, launch, newPage, signUpApi, signUpUi, skip, TEST_TIMEOUT, unique } from './helpers.mjs';

describe('accessibility audit', { skip, timeout: TEST_TIMEOUT * 3 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  for (const width of [1280, 360]) {
    test(`every page passes axe at ${width}px`, { timeout: TEST_TIMEOUT }, async () => {
      const tag = unique('A');
      const other = await newPage(browser);
      const otherMe = await signUpApi(other.context, { name: `Olga ${tag}` });
      await apiCall(other.context, otherMe, 'PATCH', '/me/profile', {
        headline: 'Accessibility reviewer',
        fields: [`Field ${tag}`],
        skills: [{ name: 'WCAG', level: 5 }],
        bio: 'Line one\nLine two',
        goals: ['Review more apps'],
        visibility: { goals: 'connections' },
      });

      // The server's Content-Security-Policy forbids injected scripts; axe is test-only.
      const { context, page } = await newPage(browser, { width, height: 800, bypassCSP: true });
      await page.goto('/login');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await audit(page, 'login');
      await page.goto('/signup');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await audit(page, 'signup');

      // Error states too.
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('alert').first().waitFor();
      await audit(page, 'signup with errors');

      const me = await signUpUi(page, { name: `Ada ${tag}` });
      assert.ok(me);
      await audit(page, 'profile');
      // Olga asks Ada to connect, so Requests has content.
      const meView = await page.evaluate(() => fetch('/api/v1/me').then((r) => r.json()));
      await apiCall(other.context, otherMe, 'POST', '/connections/requests', { to: meView.id, note: 'Hello Ada' });

      for (const [path, name] of [
        ['/', /^Welcome, Ada/],
        ['/directory', 'Directory'],
        [`/directory?field=${encodeURIComponent(`Field ${tag}`)}`, 'Directory'],
        [`/members/${otherMe.id}`, `Olga ${tag}`],
        ['/requests', 'Connection requests'],
        ['/requests?tab=outgoing', 'Connection requests'],
        ['/connections', 'My connections'],
        ['/mentors', 'Find a mentor'],
        ['/mentoring', 'Mentoring'],
        ['/no-such-page', 'Page not found'],
      ]) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name }).waitFor();
        await page.waitForFunction(() => !document.querySelector('.loading'));
        await audit(page, path);
      }

      // An open dialog.
      await page.goto(`/members/${otherMe.id}`);
      await page.getByRole('button', { name: 'Accept', exact: true }).click();
      await page.getByRole('button', { name: 'Remove connection' }).click();
      await page.getByRole('dialog').waitFor();
      await audit(page, 'confirm dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });

      await context.close();
      await other.context.close();
    });
  }
});
