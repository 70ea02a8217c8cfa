import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  apiCall,
  assertNoPageErrors,
  eventually,
  launch,
  newPage,
  screenshot,
  signUpApi,
  signUpUi,
  skip,
  TEST_TIMEOUT,
  unique,
} from './helpers.mjs';

describe('directory', { skip, timeout: TEST_TIMEOUT * 3 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('finds people by a field filter and by text search', { timeout: TEST_TIMEOUT }, async () => {
    // Two members in a field nobody else has.
    const field = `Field ${unique('Dir')}`;
    const tag = unique('Zed');
    const people = [
      { name: `Paula ${tag}`, headline: 'Data engineer', skills: [{ name: 'Spark', level: 4 }] },
      { name: `Quentin ${tag}`, headline: 'Analytics lead', skills: [{ name: 'dbt', level: 5 }] },
    ];
    for (const p of people) {
      const setup = await newPage(browser);
      const me = await signUpApi(setup.context, { name: p.name });
      await apiCall(setup.context, me, 'PATCH', '/me/profile', {
        headline: p.headline,
        stage: 'experienced',
        fields: [field],
        skills: p.skills,
        open_to: { mentoring: true },
      });
      await setup.context.close();
    }

    const { context, page } = await newPage(browser);
    await signUpUi(page, { name: 'Dana Directory' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' }).click();
    await page.getByRole('heading', { level: 1, name: 'Directory' }).waitFor();

    // Filter by field: both show up, and the filter is in the URL.
    const search = page.getByRole('search', { name: 'Search members' });
    await search.getByLabel('Field', { exact: true }).fill(field);
    await search.getByRole('button', { name: 'Search' }).click();
    await eventually(() => new URL(page.url()).searchParams.get('field') === field, { message: 'field in the URL' });
    const results = page.getByRole('region', { name: 'Results' });
    for (const p of people) await results.getByRole('link', { name: p.name }).waitFor();
    assert.equal(await results.getByRole('article').count(), 2);
    await results.getByText(field).first().waitFor();
    await results.getByText('Spark').waitFor();
    await screenshot(page, 'directory');

    // The URL is shareable: loading it directly gives the same filtered result.
    await page.goto(`/directory?field=${encodeURIComponent(field)}&open_to=mentoring`);
    for (const p of people) await results.getByRole('link', { name: p.name }).waitFor();
    assert.equal(await search.getByLabel('Field', { exact: true }).inputValue(), field);
    assert.equal(await search.getByLabel('Open to').inputValue(), 'mentoring');

    // Text search narrows to one person.
    await page.goto('/directory');
    await search.getByLabel('Search', { exact: true }).fill(`Quentin ${tag}`);
    await search.getByLabel('Search', { exact: true }).press('Enter');
    await results.getByRole('link', { name: `Quentin ${tag}` }).waitFor();
    await eventually(async () => (await results.getByRole('article').count()) === 1, { message: 'one result' });
    assert.equal(await results.getByRole('link', { name: `Paula ${tag}` }).count(), 0);

    // Opening a card goes to the member's page.
    await results.getByRole('link', { name: `Quentin ${tag}` }).click();
    await page.getByRole('heading', { level: 1, name: `Quentin ${tag}` }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Directory' }).waitFor();

    // No match: an empty state with a hint and a way out.
    await page.goto(`/directory?q=${encodeURIComponent(`nobody-${unique()}`)}`);
    await page.getByText('No members match your search.').waitFor();
    await page.getByRole('link', { name: 'Clear all filters' }).first().click();
    await eventually(() => new URL(page.url()).search === '', { message: 'filters cleared' });
    await results.getByRole('article').first().waitFor();
    await screenshot(page, 'directory-all');
    assertNoPageErrors(page);
    await context.close();
  });

  test('"Load more" pages through the directory with the cursor', { timeout: TEST_TIMEOUT }, async (t) => {
    const { context, page } = await newPage(browser);
    const me = await signUpApi(context, { name: 'Lou Loadmore' });
    assert.ok(me.id);
    await page.goto('/directory');
    const results = page.getByRole('region', { name: 'Results' });
    await results.getByRole('article').first().waitFor();
    const more = page.getByRole('button', { name: 'Load more' });
    if ((await more.count()) === 0) {
      t.skip('fewer members than one page: the demo network is small');
      await context.close();
      return;
    }
    const before = await results.getByRole('article').count();
    await more.click();
    await eventually(async () => (await results.getByRole('article').count()) > before, { message: 'more results' });
    // Focus moves to the first newly loaded member for keyboard users.
    const focusedName = await page.evaluate(() => document.activeElement?.textContent ?? '');
    const names = await results.getByRole('article').nth(before).getByRole('heading').innerText();
    assert.equal(focusedName.trim(), names.trim());
    await context.close();
  });
});
