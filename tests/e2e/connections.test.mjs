import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  apiCall,
  assertNoPageErrors,
  launch,
  newPage,
  screenshot,
  signUpApi,
  signUpUi,
  skip,
  TEST_TIMEOUT,
  unique,
} from './helpers.mjs';

/** Finds a member through the directory's text search and opens their page. */
async function openMemberViaDirectory(page, name) {
  await page.goto('/directory');
  const search = page.getByRole('search', { name: 'Search members' });
  await search.getByLabel('Search', { exact: true }).fill(name);
  await search.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('region', { name: 'Results' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('connections', { skip, timeout: TEST_TIMEOUT * 3 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a request with a note is sent, accepted in Requests, and both see each other in My connections', { timeout: TEST_TIMEOUT }, async () => {
    const tag = unique('C');
    const aliceName = `Alice ${tag}`;
    const bobName = `Bob ${tag}`;

    // Bob: a second member in his own browser context, signed up through the API.
    const bob = await newPage(browser);
    const bobMe = await signUpApi(bob.context, { name: bobName });
    await apiCall(bob.context, bobMe, 'PATCH', '/me/profile', {
      headline: 'Mentor in data engineering',
      stage: 'experienced',
      goals: ['Give back to the community'],
      visibility: { goals: 'connections' },
    });

    // Alice: a newcomer through the UI, finds Bob and asks to connect with a note.
    const alice = await newPage(browser);
    await signUpUi(alice.page, { name: aliceName });
    await openMemberViaDirectory(alice.page, bobName);
    const p = alice.page;
    await p.getByText('Goals are visible to connections only').waitFor();
    await p.getByRole('button', { name: 'Connect', exact: true }).click();
    const dialog = p.getByRole('dialog', { name: `Connect with ${bobName}` });
    await dialog.waitFor();
    await dialog.getByLabel('Note').fill('We met at the data meetup. I would love to learn from you.');
    await screenshot(p, 'connect-dialog');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await p.getByRole('status').filter({ hasText: `Connection request sent to Bob` }).waitFor();
    await p.getByRole('button', { name: 'Withdraw request' }).waitFor();
    await p.getByText('Request sent', { exact: true }).waitFor();
    await screenshot(p, 'member');

    // Bob accepts it in Requests.
    await bob.page.goto('/');
    await bob.page.getByRole('heading', { name: /1 connection request waiting/ }).waitFor();
    await bob.page.getByRole('link', { name: 'Review requests' }).click();
    await bob.page.getByRole('heading', { level: 1, name: 'Connection requests' }).waitFor();
    const incoming = bob.page.getByRole('tabpanel', { name: 'Received' });
    await incoming.getByRole('link', { name: aliceName }).waitFor();
    await incoming.getByText('We met at the data meetup.', { exact: false }).waitFor();
    await screenshot(bob.page, 'requests');
    await incoming.getByRole('button', { name: `Accept request from ${aliceName}` }).click();
    await bob.page.getByRole('status').filter({ hasText: `You are now connected with ${aliceName}` }).waitFor();
    await bob.page.getByText('No requests waiting for you.').waitFor();

    // Both see each other in My connections.
    await bob.page.getByRole('link', { name: 'My connections' }).click();
    await bob.page.getByRole('heading', { level: 1, name: 'My connections' }).waitFor();
    await bob.page.getByRole('link', { name: aliceName }).waitFor();

    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My connections' }).click();
    await p.getByRole('heading', { level: 1, name: 'My connections' }).waitFor();
    await p.getByRole('link', { name: bobName }).waitFor();
    await screenshot(p, 'connections');

    // Now connected, Alice sees Bob's goals and can remove the connection.
    await p.getByRole('link', { name: bobName }).click();
    await p.getByRole('heading', { level: 1, name: bobName }).waitFor();
    await p.getByText('Give back to the community').waitFor();
    assert.equal(await p.getByText('Goals are visible to connections only').count(), 0);
    await p.getByRole('button', { name: 'Remove connection' }).click();
    const confirm = p.getByRole('dialog', { name: `Remove ${bobName} from your connections?` });
    await confirm.getByRole('button', { name: 'Remove connection' }).click();
    await p.getByRole('button', { name: 'Connect', exact: true }).waitFor();

    assertNoPageErrors(p);
    assertNoPageErrors(bob.page);
    await alice.context.close();
    await bob.context.close();
  });

  test('outgoing requests can be withdrawn from the Sent tab; incoming can be declined', { timeout: TEST_TIMEOUT }, async () => {
    const tag = unique('W');
    const carol = await newPage(browser);
    const carolMe = await signUpApi(carol.context, { name: `Carol ${tag}` });
    const dave = await newPage(browser);
    const daveMe = await signUpApi(dave.context, { name: `Dave ${tag}` });
    const erin = await newPage(browser);
    const erinMe = await signUpApi(erin.context, { name: `Erin ${tag}` });
    await apiCall(carol.context, carolMe, 'POST', '/connections/requests', { to: daveMe.id, note: 'Hi Dave' });
    await apiCall(erin.context, erinMe, 'POST', '/connections/requests', { to: carolMe.id });

    const p = carol.page;
    await p.goto('/requests');
    // Keyboard: arrow keys move between the tabs.
    const received = p.getByRole('tab', { name: 'Received' });
    assert.equal(await received.getAttribute('aria-selected'), 'true');
    await p.getByRole('tabpanel', { name: 'Received' }).getByRole('link', { name: `Erin ${tag}` }).waitFor();
    await received.focus();
    await p.keyboard.press('ArrowRight');
    const sent = p.getByRole('tab', { name: 'Sent' });
    assert.equal(await sent.getAttribute('aria-selected'), 'true');
    const panel = p.getByRole('tabpanel', { name: 'Sent' });
    await panel.getByRole('link', { name: `Dave ${tag}` }).waitFor();
    await panel.getByRole('button', { name: `Withdraw request to Dave ${tag}` }).click();
    await p.getByRole('status').filter({ hasText: `You withdrew your request to Dave ${tag}` }).waitFor();
    await p.getByText('You have no pending requests.').waitFor();

    await received.click();
    await p.getByRole('tabpanel', { name: 'Received' }).getByRole('button', { name: `Decline request from Erin ${tag}` }).click();
    await p.getByText('No requests waiting for you.').waitFor();

    // Dave sees nothing pending any more.
    await dave.page.goto('/requests');
    await dave.page.getByText('No requests waiting for you.').waitFor();
    for (const x of [carol, dave, erin]) await x.context.close();
  });

  test('follow, unfollow and block (with confirmation) from a member page', { timeout: TEST_TIMEOUT }, async () => {
    const tag = unique('B');
    const frank = await newPage(browser);
    const frankMe = await signUpApi(frank.context, { name: `Frank ${tag}` });
    await frank.context.close();

    const { context, page } = await newPage(browser);
    await signUpUi(page, { name: `Gina ${tag}` });
    await page.goto(`/members/${frankMe.id}`);
    await page.getByRole('heading', { level: 1, name: `Frank ${tag}` }).waitFor();
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await page.getByRole('button', { name: 'Unfollow' }).waitFor();
    await page.getByRole('button', { name: 'Unfollow' }).click();
    await page.getByRole('button', { name: 'Follow', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Block', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Block Frank ${tag}?` });
    await dialog.waitFor();
    // Focus starts on the safe choice; Escape closes and returns focus to the Block button.
    assert.equal(await dialog.getByRole('button', { name: 'Cancel' }).evaluate((el) => el === document.activeElement), true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(
      await page.getByRole('button', { name: 'Block', exact: true }).evaluate((el) => el === document.activeElement),
      true,
      'focus returns to the button that opened the dialog',
    );
    // Cancel: nothing happens.
    await page.getByRole('button', { name: 'Block', exact: true }).click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Connect', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Block', exact: true }).click();
    await dialog.getByRole('button', { name: 'Block', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Member blocked' }).waitFor();

    // The blocked member is gone from the viewer's world.
    await page.goto(`/members/${frankMe.id}`);
    await page.getByRole('heading', { level: 1, name: 'Member not found' }).waitFor();
    await context.close();
  });
});
