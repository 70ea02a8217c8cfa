// Blocks (issue 17): after C blocks a member, every listing that shows another
// member drops the pair — for the blocker, for the blocked member and, where a
// listing shows a tie between the two (a published review, an endorsement, an
// alumni tie, a path), for third members too. Each listing is first shown to
// hold the other member, then the block is made, then the same reads are made
// again.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DB_KIND, expectError, expectStatus, randomTag, setRole, signup, uniqueEmail, useServer } from './lib/server.mjs';

async function connect(a, b) {
  const r = await a.post('/connections/requests', { to: b.id });
  expectStatus(r, 201, 'connection request');
  expectStatus(await b.post(`/connections/requests/${r.body.id}/accept`), 200, 'accept');
}

function inDays(n) {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
}

const REVIEW = {
  ratings: { clarity: 4, depth: 3, impact: 5 },
  strengths: 'Clear story.',
  improvements: 'Quantify the impact.',
  next_step: 'Add one metric.',
};

// The ids of the members a listing shows, found by `pick` on each item.
async function idsIn(client, path, pick) {
  const r = await client.get(path);
  expectStatus(r, 200, `GET ${path}`);
  return r.body.items.flatMap(pick);
}

describe(`blocks hide members from every listing (${DB_KIND})`, () => {
  const ctx = useServer();

  it('after C blocks A, D and E, no listing shows them to each other or shows their ties to B', async () => {
    const tag = randomTag(10);
    const skill = `Blk${randomTag(6)}`;
    const person = async (who) => Object.assign(await signup(ctx.url, { email: uniqueEmail(who), name: `${who} ${tag}` }), { label: who });
    // C blocks A (a connection, mentee, reviewer and endorser), D (two hops away
    // through M: suggested and pathed) and E (a pending connection request).
    // B is the third member, L the program lead.
    const [c, a, d, e, b, m, lead] = [
      await person('cee'), await person('ay'), await person('dee'), await person('ee'),
      await person('bee'), await person('em'), await person('lead'),
    ];
    await connect(a, c);
    await connect(b, a);
    await connect(c, m);
    await connect(m, d);
    expectStatus(await e.post('/connections/requests', { to: c.id }), 201, 'E asks C');
    expectStatus(await a.post('/follows', { member: c.id }), 201, 'A follows C');
    await c.patchProfile({ skills: [{ name: skill, level: 5 }] });

    // A's feedback request to C, reviewed and published on A's profile.
    const fr = await a.post('/feedback/requests', {
      skill, artifact: { title: 'Case study' }, question: 'Convincing?', reviewers: [c.id], deadline: inDays(7),
    });
    expectStatus(fr, 201, 'feedback request');
    const review = await c.post(`/feedback/requests/${fr.body.id}/reviews`, REVIEW);
    expectStatus(review, 201, 'review');
    expectStatus(await a.patch(`/feedback/reviews/${review.body.id}`, { on_profile: true }), 200, 'publish review');
    expectStatus(await c.post(`/members/${a.id}/endorsements`, { skill: 'SQL' }), 201, 'C endorses A');

    // C mentors A; the mentorship ends and both show the alumni tie.
    expectStatus(await c.put('/me/mentor-offer', {
      fields: ['Data Science'], skills: [skill], help: 'Analytics jobs.', format: 'video', cadence: 'monthly', capacity: 3,
    }), 200, 'offer');
    const mentorsOfA = await idsIn(a, '/mentors?for=me', (i) => [i.offer.mentor.id]);
    assert.ok(mentorsOfA.includes(c.id), 'discovery lists C for A before the block');
    const mr = await a.post('/mentorship/requests', { mentor: c.id, message: 'Hello', goals: [`Learn ${skill}`] });
    expectStatus(mr, 201, 'mentorship request');
    assert.ok((await idsIn(c, '/mentorship/requests?role=mentor', (i) => [i.mentee.id])).includes(a.id));
    const accepted = await c.post(`/mentorship/requests/${mr.body.id}/accept`);
    expectStatus(accepted, 200, 'accept mentorship');
    const mid = accepted.body.mentorship;
    expectStatus(await c.post(`/mentorships/${mid}/end`, { note: 'Done.' }), 200, 'end');
    for (const x of [a, c]) expectStatus(await x.put(`/mentorships/${mid}/alumni`, { visible: true }), 200, 'alumni');

    // A program with A as mentee and C as mentor, matched together.
    await setRole(ctx.server, lead.email, 'program_lead');
    const program = await lead.post('/programs', { name: `Cohort ${tag}` });
    expectStatus(program, 201, 'program');
    const pid = program.body.id;
    const csv = `${a.email},mentee\n${c.email},mentor,2\n`;
    expectStatus(await lead.post(`/programs/${pid}/import`, csv, { contentType: 'text/csv' }), 200, 'import participants');
    const firstRun = await lead.post(`/programs/${pid}/matching`);
    expectStatus(firstRun, 200, 'matching');
    assert.deepEqual(firstRun.body.pairs.map((p) => [p.mentee.id, p.mentor.id]), [[a.id, c.id]]);

    // Every read that shows the pair, as a function of who reads.
    const reads = {
      'C searches the directory': () => idsIn(c, `/members?q=${tag}`, (v) => [v.id]),
      'A searches the directory': () => idsIn(a, `/members?q=${tag}`, (v) => [v.id]),
      "C's connections": () => idsIn(c, '/connections', (i) => [i.member.id]),
      "A's connections": () => idsIn(a, '/connections', (i) => [i.member.id]),
      "C's incoming requests": () => idsIn(c, '/connections/requests?direction=incoming&status=pending', (r) => [r.from.id]),
      "E's outgoing requests": () => idsIn(e, '/connections/requests?direction=outgoing&status=pending', (r) => [r.to.id]),
      'people C may know': () => idsIn(c, '/recommendations/people?limit=50', (s) => [s.member.id]),
      'people D may know': () => idsIn(d, '/recommendations/people?limit=50', (s) => [s.member.id]),
      "reviewers suggested to A": () => idsIn(a, `/feedback/reviewer-suggestions?skill=${skill}`, (s) => [s.member.id]),
      "C's feedback requests to review": () => idsIn(c, '/feedback/requests?role=reviewer', (r) => [r.requester.id]),
      "A's feedback requests": () => idsIn(a, '/feedback/requests?role=requester', (r) => r.reviewers.map((x) => x.member.id)),
      "A's mentorship requests": () => idsIn(a, '/mentorship/requests?role=mentee', (r) => [r.mentor.id]),
      "C's mentorships": () => idsIn(c, '/mentorships', (x) => [x.mentee.id]),
      "A's own alumni ties": () => idsIn(a, `/members/${a.id}/mentorship-alumni`, (t) => [t.other.id]),
      "B reads A's alumni ties": () => idsIn(b, `/members/${a.id}/mentorship-alumni`, (t) => [t.other.id]),
      "B reads C's alumni ties": () => idsIn(b, `/members/${c.id}/mentorship-alumni`, (t) => [t.other.id]),
      "B reads A's published reviews": () => idsIn(b, `/members/${a.id}/reviews`, (r) => [r.reviewer.id]),
      "B reads A's endorsements": () => idsIn(b, `/members/${a.id}/endorsements`, (x) => [x.endorser.id]),
      "A reads A's endorsements": () => idsIn(a, `/members/${a.id}/endorsements`, (x) => [x.endorser.id]),
      "B's paths to C": () => idsIn(b, `/members/${c.id}/paths`, (p) => p.members.map((x) => x.id)),
      "A's program counterparts": async () => {
        const r = await a.get(`/programs/${pid}`);
        expectStatus(r, 200, 'program for A');
        return r.body.counterparts.map((x) => x.member.id);
      },
      "C's program counterparts": async () => {
        const r = await c.get(`/programs/${pid}`);
        expectStatus(r, 200, 'program for C');
        return r.body.counterparts.map((x) => x.member.id);
      },
    };
    // Who each read must show before the block, and must not show after it.
    const expected = {
      'C searches the directory': [a, d, e],
      'A searches the directory': [c],
      "C's connections": [a],
      "A's connections": [c],
      "C's incoming requests": [e],
      "E's outgoing requests": [c],
      'people C may know': [d],
      'people D may know': [c],
      "reviewers suggested to A": [c],
      "C's feedback requests to review": [a],
      "A's feedback requests": [c],
      "A's mentorship requests": [c],
      "C's mentorships": [a],
      "A's own alumni ties": [c],
      "B reads A's alumni ties": [c],
      "B reads C's alumni ties": [a],
      "B reads A's published reviews": [c],
      "B reads A's endorsements": [c],
      "A reads A's endorsements": [c],
      "B's paths to C": [a],
      "A's program counterparts": [c],
      "C's program counterparts": [a],
    };
    for (const [what, read] of Object.entries(reads)) {
      const shown = await read();
      for (const x of expected[what]) assert.ok(shown.includes(x.id), `before the block, ${what} shows ${x.label}: ${shown}`);
    }
    // Member pages, mentor offer and paths answer for each other before the block.
    expectStatus(await a.get(`/members/${c.id}`), 200);
    expectStatus(await c.get(`/members/${a.id}`), 200);
    expectStatus(await a.get(`/members/${c.id}/mentor-offer`), 200);
    expectStatus(await c.get(`/members/${a.id}/mentorship-alumni`), 200);
    const cToD = await c.get(`/members/${d.id}/paths`);
    expectStatus(cToD, 200);
    assert.deepEqual(cToD.body.items.map((p) => p.members.map((x) => x.id)), [[c.id, m.id, d.id]]);

    for (const x of [a, d, e]) expectStatus(await c.post('/blocks', { member: x.id }), 201, 'block');
    assert.deepEqual((await c.get('/blocks')).body.items.map((x) => x.id).sort(), [a.id, d.id, e.id].sort(), 'the blocker lists whom they blocked');

    for (const [what, read] of Object.entries(reads)) {
      const shown = await read();
      for (const x of expected[what]) assert.ok(!shown.includes(x.id), `after the block, ${what} still shows ${x.label}`);
    }
    for (const [who, other] of [[a, c], [c, a], [d, c], [c, d], [e, c]]) {
      expectError(await who.get(`/members/${other.id}`), 404, 'not_found', `member page ${who.label} → ${other.label}`);
      expectError(await who.get(`/members/${other.id}/paths`), 404, 'not_found', `paths ${who.label} → ${other.label}`);
      expectError(await who.get(`/members/${other.id}/mentorship-alumni`), 404, 'not_found', `alumni ${who.label} → ${other.label}`);
    }
    expectError(await a.get(`/members/${c.id}/mentor-offer`), 404, 'not_found', 'mentor offer after the block');
    expectError(await a.get(`/mentorships/${mid}`), 404, 'not_found', 'the mentorship itself');

    // The lead's re-run never pairs the two again: A has no allowed mentor.
    const rerun = await lead.post(`/programs/${pid}/matching`);
    expectStatus(rerun, 200, 'matching after the block');
    assert.deepEqual(rerun.body.pairs, []);
    assert.deepEqual(rerun.body.unmatched.map((u) => [u.mentee.id, u.reason]), [[a.id, 'no_allowed_mentor']]);

    // Nothing A does reaches C's notifications any more.
    const before = (await c.get('/notifications/unread-count')).body.unread;
    expectError(await a.post('/connections/requests', { to: c.id }), 404, 'not_found', 'connect after the block');
    expectError(await a.post(`/members/${c.id}/endorsements`, { skill }), 404, 'not_found', 'endorse after the block');
    expectError(await a.post('/mentorship/requests', { mentor: c.id, message: 'Again', goals: ['More'] }), 404, 'not_found', 'ask again');
    assert.equal((await c.get('/notifications/unread-count')).body.unread, before, 'no new notification for C');
  });

  it('a review cannot be published on the profile after a block, and unblocking lets it back', async () => {
    const [owner, reviewer, third] = [await signup(ctx.url), await signup(ctx.url), await signup(ctx.url)];
    await connect(owner, reviewer);
    const fr = await owner.post('/feedback/requests', {
      skill: 'SQL', artifact: { title: 'Query plan' }, question: 'Fast enough?', reviewers: [reviewer.id], deadline: inDays(3),
    });
    expectStatus(fr, 201, 'feedback request');
    const review = await reviewer.post(`/feedback/requests/${fr.body.id}/reviews`, REVIEW);
    expectStatus(review, 201, 'review');

    expectStatus(await reviewer.post('/blocks', { member: owner.id }), 201, 'the reviewer blocks the owner');
    const refused = await owner.patch(`/feedback/reviews/${review.body.id}`, { on_profile: true });
    expectError(refused, 409, 'blocked', 'publishing after the block');
    assert.match(refused.body.error.message, /blocked/);
    assert.deepEqual((await third.get(`/members/${owner.id}/reviews`)).body.items, [], 'nothing was published');
    // Other reactions stay possible: they show nothing to anyone else.
    expectStatus(await owner.patch(`/feedback/reviews/${review.body.id}`, { thanked: true }), 200, 'thanks');

    expectStatus(await reviewer.del(`/blocks/${owner.id}`), 204, 'unblock');
    expectStatus(await owner.patch(`/feedback/reviews/${review.body.id}`, { on_profile: true }), 200, 'publish after unblock');
    const shown = await third.get(`/members/${owner.id}/reviews`);
    assert.deepEqual(shown.body.items.map((r) => r.reviewer.id), [reviewer.id]);
  });
});
