import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiCall, assertNoPageErrors, launch, newPage, screenshot, signUpApi, skip, TEST_TIMEOUT, unique } from './helpers.mjs';

/** a asks b to connect and b accepts, through the API. */
async function connect(a, b) {
  const req = await apiCall(a.context, a.me, 'POST', '/connections/requests', { to: b.me.id });
  await apiCall(b.context, b.me, 'POST', `/connections/requests/${req.id}/accept`);
}

describe('people you may know', { skip, timeout: TEST_TIMEOUT * 2 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('the Home panel explains suggestions; Connect and Dismiss work; the member page shows the path', { timeout: TEST_TIMEOUT }, async () => {
    const tag = unique('P');
    const members = {};
    for (const who of ['Me', 'Hub', 'Cleo', 'Dana']) {
      const ctx = await newPage(browser);
      const me = await signUpApi(ctx.context, { name: `${who} ${tag}` });
      members[who] = { ...ctx, me };
    }
    const { Me: me, Hub: hub, Cleo: cleo, Dana: dana } = members;
    await connect(me, hub);
    await connect(hub, cleo);
    await connect(hub, dana);

    const p = me.page;
    await p.goto('/');
    const panel = p.getByRole('region', { name: 'People you may know' });
    const cleoCard = panel.getByRole('listitem', { name: `Cleo ${tag}` });
    const danaCard = panel.getByRole('listitem', { name: `Dana ${tag}` });
    await cleoCard.waitFor();
    await danaCard.waitFor();
    await cleoCard.getByText(`1 mutual connection: Hub ${tag}`).waitFor();
    await screenshot(p, 'people-you-may-know');

    // Connect from the panel: a real request is sent.
    await cleoCard.getByRole('button', { name: `Connect with Cleo ${tag}` }).click();
    await cleoCard.getByText('Request sent', { exact: true }).waitFor();
    await panel.getByRole('status').filter({ hasText: `Request sent to Cleo ${tag}.` }).waitFor();
    const outgoing = await apiCall(me.context, me.me, 'GET', '/connections/requests?direction=outgoing&status=pending');
    assert.deepEqual(outgoing.items.map((r) => r.to.id), [cleo.me.id]);

    // Dismiss: the card goes and stays gone after a reload.
    await danaCard.getByRole('button', { name: `Dismiss Dana ${tag}` }).click();
    await danaCard.waitFor({ state: 'detached' });
    await panel.getByRole('status').filter({ hasText: `Dana ${tag} will not be suggested again.` }).waitFor();
    await p.reload();
    await panel.getByRole('heading', { name: 'People you may know' }).waitFor();
    await p.waitForLoadState('networkidle');
    assert.equal(await panel.getByRole('listitem', { name: `Dana ${tag}` }).count(), 0, 'dismissed stays dismissed');
    assert.equal(await panel.getByRole('listitem', { name: `Cleo ${tag}` }).count(), 0, 'pending requests are not suggested');

    // How you're connected, on Cleo's page: You → Hub → Cleo.
    await p.goto(`/members/${cleo.me.id}`);
    const paths = p.getByRole('region', { name: "How you're connected" });
    const path = paths.getByRole('list', { name: 'Path 1, 2 steps' });
    await path.waitFor();
    await path.getByRole('link', { name: `Hub ${tag}` }).waitFor();
    assert.deepEqual(
      (await path.getByRole('listitem').allTextContents()).map((s) => s.trim()),
      ['You', `Hub ${tag}`, `Cleo ${tag}`],
    );
    await screenshot(p, 'how-connected');
    await path.getByRole('link', { name: `Hub ${tag}` }).click();
    await p.getByRole('heading', { level: 1, name: `Hub ${tag}` }).waitFor();
    await p.getByRole('region', { name: "How you're connected" }).getByText('You are connected directly.').waitFor();
    assertNoPageErrors(p);
  });

  test('a newcomer without connections gets field-based suggestions, never an error', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await newPage(browser);
    const me = await signUpApi(context, { name: `New ${unique('N')}` });
    // The demo network's Data Science members share this field: the cold-start recommender
    // has candidates, so the panel must show cards (not the empty state).
    await apiCall(context, me, 'PATCH', '/me/profile', { fields: ['Data Science'], stage: 'learner' });
    await page.goto('/');
    const panel = page.getByRole('region', { name: 'People you may know' });
    await panel.getByRole('heading', { name: 'People you may know' }).waitFor();
    await panel.getByRole('listitem').first().waitFor();
    assert.ok((await panel.getByRole('listitem').count()) > 0, 'suggestions for a newcomer with a field');
    assert.equal(await panel.getByText('No suggestions yet').count(), 0, 'no empty state beside the cards');
    assert.equal(await panel.getByRole('alert').count(), 0);
  });
});
