import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertNoPageErrors,
  description,
  eventually,
  launch,
  newPage,
  screenshot,
  signUpUi,
  skip,
  TEST_TIMEOUT,
  unique,
} from './helpers.mjs';

describe('profile', { skip, timeout: TEST_TIMEOUT * 3 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a newcomer signs up, fills the profile, reloads and sees it persisted', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await newPage(browser);
    const field = `Field ${unique('F')}`;
    await signUpUi(page, { name: 'Nadia Newcomer' });

    // Basics and about.
    await page.getByLabel('Headline').fill('Bootcamp graduate moving into data');
    await page.getByLabel('Career stage').selectOption('learner');
    await page.getByLabel(/^Bio/).fill('Former teacher.\nNow learning SQL and Python.');
    await page.getByLabel(/^Location/).fill('Porto');
    await page.getByLabel(/^Organization/).fill('Open Bootcamp');

    // A field of interest (chip), added with Enter.
    await page.getByLabel('Add a field').fill(field);
    await page.getByLabel('Add a field').press('Enter');
    await page.getByRole('button', { name: `Remove field ${field}` }).waitFor();

    // Skills with levels.
    await page.getByLabel('Add a skill').fill('Python');
    await page.getByLabel('Level', { exact: true }).selectOption('4');
    await page.getByRole('button', { name: 'Add skill' }).click();
    await page.getByLabel('Add a skill').fill('SQL');
    await page.getByLabel('Level', { exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Add skill' }).click();
    await page.getByLabel('Level for SQL').selectOption('3');
    // Remove and re-add works too.
    await page.getByLabel('Add a skill').fill('Excel');
    await page.getByRole('button', { name: 'Add skill' }).click();
    await page.getByRole('button', { name: 'Remove skill Excel' }).click();
    assert.equal(await page.getByLabel('Level for Excel').count(), 0);

    // A goal.
    await page.getByLabel('Add a goal').fill('Land my first data analyst role');
    await page.getByRole('button', { name: 'Add goal' }).click();
    // Typed but not added with the button: saved as well.
    await page.getByLabel('Add a goal').fill('Find a mentor in analytics');

    // Open to and visibility.
    await page.getByLabel('Being mentored').check();
    await page.getByLabel('Who can see: Goals').selectOption('public');
    await page.getByLabel('Who can see: Fields and skills').selectOption('members');

    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await screenshot(page, 'profile');

    // Reload: everything came back from the server.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    assert.equal(await page.getByLabel('Headline').inputValue(), 'Bootcamp graduate moving into data');
    assert.equal(await page.getByLabel('Career stage').inputValue(), 'learner');
    assert.equal(await page.getByLabel(/^Bio/).inputValue(), 'Former teacher.\nNow learning SQL and Python.');
    assert.equal(await page.getByLabel(/^Location/).inputValue(), 'Porto');
    assert.equal(await page.getByLabel(/^Organization/).inputValue(), 'Open Bootcamp');
    await page.getByRole('button', { name: `Remove field ${field}` }).waitFor();
    assert.equal(await page.getByLabel('Level for Python').inputValue(), '4');
    assert.equal(await page.getByLabel('Level for SQL').inputValue(), '3');
    assert.equal(await page.getByLabel('Goal 1', { exact: true }).inputValue(), 'Land my first data analyst role');
    assert.equal(await page.getByLabel('Goal 2', { exact: true }).inputValue(), 'Find a mentor in analytics');
    assert.equal(await page.getByLabel('Being mentored').isChecked(), true);
    assert.equal(await page.getByLabel('Mentoring others').isChecked(), false);
    assert.equal(await page.getByLabel('Who can see: Goals').inputValue(), 'public');
    assert.equal(await page.getByLabel('Show me in the directory').isChecked(), true);

    // The header shows the name; the dashboard now points at the member's field.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome back, Nadia/ }).waitFor();
    const browse = page.getByRole('link', { name: `Browse ${field}` });
    await browse.waitFor();
    assert.match(await browse.getAttribute('href'), new RegExp(`^/directory\\?field=${encodeURIComponent(field).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await page.getByRole('heading', { name: 'Find a mentor' }).waitFor();
    // It leads to Find a mentor (mentors only), filtered by the member's field, not the directory.
    const mentorsLink = page.getByRole('link', { name: `See mentors in ${field}` });
    assert.equal(await mentorsLink.getAttribute('href'), `/mentors?field=${encodeURIComponent(field)}`);
    await mentorsLink.click();
    await page.getByRole('heading', { level: 1, name: 'Find a mentor' }).waitFor();
    assert.equal(await page.getByRole('search').getByLabel('Field').inputValue(), field);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /Welcome back, Nadia/ }).waitFor();

    // The member's own public page shows the profile as others see it.
    await page.getByRole('link', { name: 'My profile' }).click();
    await page.getByRole('link', { name: 'View my public page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nadia Newcomer' }).waitFor();
    await page.getByText('Land my first data analyst role').waitFor();
    await page.getByText('Intermediate (3 of 5)').waitFor();
    assertNoPageErrors(page);
    await context.close();
  });

  test('bad profile input shows errors next to the fields and saves nothing', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await newPage(browser);
    await signUpUi(page, { name: 'Erin Errors' });
    await page.getByLabel('Headline').fill('Should not be saved');
    await page.getByLabel('Name').fill('   ');
    await page.getByRole('button', { name: 'Save profile' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Your profile was not saved' });
    await alert.waitFor();
    const name = page.getByLabel('Name');
    await eventually(async () => (await name.getAttribute('aria-invalid')) === 'true', { message: 'name marked invalid' });
    assert.match(await description(name), /\S/);
    await screenshot(page, 'profile-error');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    assert.equal(await page.getByLabel('Name').inputValue(), 'Erin Errors');
    assert.equal(await page.getByLabel('Headline').inputValue(), '', 'no partial write');
    await context.close();
  });

  test('the app works at 360px wide', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    await signUpUi(page, { name: 'Mo Mobile' });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok((await overflow()) <= 0, 'no horizontal scrolling on the profile page');
    await screenshot(page, 'profile-360');

    // The main navigation is behind a Menu button on small screens.
    const menu = page.getByRole('button', { name: 'Menu' });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await page.getByRole('link', { name: 'Directory' }).click();
    await page.getByRole('heading', { level: 1, name: 'Directory' }).waitFor();
    await page.locator('.member-card').first().waitFor();
    assert.ok((await overflow()) <= 0, 'no horizontal scrolling in the directory');
    await screenshot(page, 'directory-360');

    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome, Mo/ }).waitFor();
    // A newcomer's Home starts with three steps: field, skills, a goal.
    const start = page.getByRole('region', { name: 'Start here' });
    assert.equal(await start.getByRole('listitem').count(), 3);
    assert.equal(await start.getByRole('link', { name: 'Choose your field' }).getAttribute('href'), '/profile#fields');
    await start.getByRole('link', { name: 'List a few skills' }).waitFor();
    await start.getByRole('link', { name: 'Set a learning goal' }).waitFor();
    assert.ok((await overflow()) <= 0, 'no horizontal scrolling on the home page');
    await screenshot(page, 'home-360');
    await context.close();
  });

  test('leaving with unsaved changes asks first; staying keeps them, leaving discards them', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await newPage(browser);
    await signUpUi(page, { name: 'Uma Unsaved' });
    await page.getByLabel('Headline').fill('Half-typed headline');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Directory' }).click();
    const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Stay on this page' }).click();
    await ask.waitFor({ state: 'hidden' });
    assert.equal(new URL(page.url()).pathname, '/profile', 'still on the profile');
    assert.equal(await page.getByLabel('Headline').inputValue(), 'Half-typed headline', 'the typing is kept');

    await nav.getByRole('link', { name: 'Directory' }).click();
    await ask.getByRole('button', { name: 'Leave and discard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Directory' }).waitFor();
    const me = await page.evaluate(() => fetch('/api/v1/me').then((r) => r.json()));
    assert.equal(me.profile.headline ?? '', '', 'nothing was saved');

    // After saving, leaving does not ask.
    await nav.getByRole('link', { name: 'My profile' }).click();
    await page.getByLabel('Headline').fill('Saved headline');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await nav.getByRole('link', { name: 'Directory' }).click();
    await page.getByRole('heading', { level: 1, name: 'Directory' }).waitFor();
    assert.equal(await ask.count(), 0);
    assertNoPageErrors(page);
    await context.close();
  });
});
