import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  apiCall,
  assertNoPageErrors,
  description,
  eventually,
  launch,
  newPage,
  PASSWORD,
  screenshot,
  signUpApi,
  skip,
  TEST_TIMEOUT,
  unique,
  uniqueEmail,
} from './helpers.mjs';

describe('accounts', { skip, timeout: TEST_TIMEOUT * 4 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('keyboard only: the login form can be completed with Tab and Enter', { timeout: TEST_TIMEOUT }, async () => {
    const setup = await newPage(browser);
    const name = `Kim ${unique('Keys')}`;
    const me = await signUpApi(setup.context, { name });
    await setup.context.close();

    const { context, page } = await newPage(browser);
    await page.goto('/login');
    await page.getByRole('heading', { level: 1, name: 'Log in to pln' }).waitFor();

    // Tab from the top of the page until the email field has focus.
    const email = page.getByLabel('Email');
    await eventually(
      async () => {
        await page.keyboard.press('Tab');
        return email.evaluate((el) => el === document.activeElement);
      },
      { message: 'Tab to reach the email field', interval: 0, timeout: 5000 },
    );
    // Focus is visible on the focused control.
    const outline = await email.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none', 'focused email field shows a focus outline');

    await page.keyboard.type(me.email);
    await page.keyboard.press('Tab');
    assert.equal(await page.getByLabel('Password').evaluate((el) => el === document.activeElement), true);
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: /^Welcome, Kim/ }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByText(name).waitFor();
    await screenshot(page, 'home');
    assertNoPageErrors(page);
    await context.close();
  });

  test('bad input: an invalid email shows the field error', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/signup');
    await page.getByLabel('Name').fill('Ivy Invalid');
    const email = page.getByLabel('Email');
    await email.fill('not-an-email');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();

    await eventually(async () => (await email.getAttribute('aria-invalid')) === 'true', { message: 'email marked invalid' });
    const desc = await description(email);
    assert.match(desc, /\S/, 'the email field is described by its error message');
    assert.equal(await email.evaluate((el) => el === document.activeElement), true, 'focus moves to the invalid field');
    await page.getByRole('alert').first().waitFor();
    assert.equal(new URL(page.url()).pathname, '/signup', 'still on the sign-up page');
    await screenshot(page, 'signup-error');
    assertNoPageErrors(page);
    await context.close();
  });

  test('a taken email is reported on the email field', { timeout: TEST_TIMEOUT }, async () => {
    const setup = await newPage(browser);
    const me = await signUpApi(setup.context, { name: 'Taken Tom' });
    await setup.context.close();

    const { context, page } = await newPage(browser);
    await page.goto('/signup');
    await page.getByLabel('Name').fill('Second Tom');
    await page.getByLabel('Email').fill(me.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').first().waitFor();
    assert.equal(new URL(page.url()).pathname, '/signup');
    await context.close();
  });

  test('wrong password shows the error and keeps the visitor on the login page', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    await page.getByLabel('Email').fill(uniqueEmail('nobody'));
    await page.getByLabel('Password').fill('wrong-password-123');
    await page.getByRole('button', { name: 'Log in' }).click();
    const alert = page.getByRole('alert').first();
    await alert.waitFor();
    assert.match(await alert.innerText(), /\S/);
    assert.equal(new URL(page.url()).pathname, '/login');
    await screenshot(page, 'login-error');
    await context.close();
  });

  test('unauthenticated visitors are sent to log in, then back where they were going', { timeout: TEST_TIMEOUT }, async () => {
    const setup = await newPage(browser);
    const me = await signUpApi(setup.context, { name: 'Rita Redirect' });
    // Anonymous visitors see a member only once something of theirs is public.
    await apiCall(setup.context, me, 'PATCH', '/me/profile', {
      bio: 'Learning in public.',
      visibility: { bio: 'public' },
    });
    await setup.context.close();

    const { context, page } = await newPage(browser);
    // A member page shows a visitor the public sections only and invites them to log in.
    await page.goto(`/members/${me.id}`);
    await page.getByRole('heading', { level: 1, name: 'Rita Redirect' }).waitFor();
    await page.getByRole('link', { name: 'Log in to connect' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Connect', exact: true }).count(), 0);

    await page.goto('/connections');
    await page.getByRole('heading', { level: 1, name: 'Log in to pln' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/login');
    await page.getByLabel('Email').fill(me.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'My connections' }).waitFor();

    // Log out from the header: back to the login page, and the session is gone.
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in to pln' }).waitFor();
    // Signed out, "/" is the landing page that says what pln is, with both ways in.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: /Keep learning from the people around you/ }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in to pln' }).waitFor();
    await context.close();
  });
});
