// Cohort programs (issue 4): authorization (non-leads, other leads,
// participants, outsiders), CSV import preview/commit/errors (all or nothing),
// hard constraints honoured by the matching (avoid lists, forbids, same
// organization, blocks, pins), preferences, and publishing exactly once.
import assert from 'node:assert/strict';
import { describe, it, before } from 'node:test';

import { DB_KIND, detailFields, expectError, expectStatus, setRole, signupMany, useServer } from './lib/server.mjs';

function csvPost(client, path, csv) {
  return client.post(path, csv, { contentType: 'text/csv' });
}

function pairOf(proposal, mentee) {
  return proposal.pairs.find((p) => p.mentee.id === mentee.id)?.mentor.id ?? null;
}

describe(`programs (${DB_KIND})`, () => {
  const ctx = useServer();
  let lead, otherLead, outsider, e1, e2, e3, mA, mB;
  let program;

  before(async () => {
    [lead, otherLead, outsider, e1, e2, e3, mA, mB] = await signupMany(ctx.url, 8, 'prog');
    await setRole(ctx.server, lead.email, 'program_lead');
    await setRole(ctx.server, otherLead.email, 'program_lead');
  });

  it('only program leads and admins create programs; bad input is a 422', async () => {
    expectError(await outsider.post('/programs', { name: 'Mine' }), 403, 'not_program_lead', 'member creates');
    const bad = await lead.post('/programs', { name: '  ', default_capacity: 50, extra: 1 });
    expectStatus(bad, 422, 'bad program');
    assert.deepEqual(detailFields(bad).sort(), ['default_capacity', 'extra']);
    const empty = await lead.post('/programs', { name: ' ' });
    expectStatus(empty, 422, 'blank name');
    assert.deepEqual(detailFields(empty), ['name']);

    const created = await lead.post('/programs', { name: 'Spring  cohort', exclude_same_organization: true, default_capacity: 1 });
    expectStatus(created, 201, 'create');
    program = created.body;
    assert.equal(program.name, 'Spring cohort');
    assert.equal(program.status, 'draft');
    assert.equal(program.my_role, 'lead');
    assert.deepEqual(program.leads.map((l) => l.id), [lead.id]);
    assert.deepEqual((await lead.get('/programs')).body.items.map((p) => p.id), [program.id]);
    assert.deepEqual((await otherLead.get('/programs')).body.items, []);
  });

  it('other leads and outsiders cannot see or manage the program', async () => {
    const id = program.id;
    for (const [who, c] of [['other lead', otherLead], ['outsider', outsider]]) {
      expectError(await c.get(`/programs/${id}`), 404, 'not_found', `${who} get`);
      expectError(await c.get(`/programs/${id}/participants`), 404, 'not_found', `${who} participants`);
      expectError(await csvPost(c, `/programs/${id}/import/preview`, `${e1.email},mentee\n`), 404, 'not_found', `${who} preview`);
      expectError(await c.post(`/programs/${id}/matching`), 404, 'not_found', `${who} matching`);
      expectError(await c.post(`/programs/${id}/publish`), 404, 'not_found', `${who} publish`);
      expectError(await c.get(`/programs/${id}/dashboard`), 404, 'not_found', `${who} dashboard`);
      expectError(await c.put(`/programs/${id}/preferences`, { ranked: [] }), 404, 'not_found', `${who} preferences`);
    }
    expectError(await outsider.get('/programs/999999'), 404, 'not_found', 'missing program');
  });

  it('import preview reports every problem with its line and stores nothing; commit is all or nothing', async () => {
    const id = program.id;
    const messy = [
      'email,role,capacity',
      `${e1.email},mentee,`,
      'nobody@nowhere.example,mentee,',
      `${mA.email},boss,`,
      `"${mB.email}",mentor,x`,
      `${e1.email.toUpperCase()},mentee,`,
      `${e2.email},mentee,3`,
    ].join('\r\n');
    const preview = await csvPost(lead, `/programs/${id}/import/preview`, messy);
    expectStatus(preview, 200, 'preview');
    const p = preview.body;
    assert.equal(p.committed, false);
    assert.equal(p.can_commit, false);
    assert.deepEqual(p.to_add.map((r) => [r.line, r.member.id]), [[2, e1.id]]);
    assert.deepEqual(p.unknown_emails.map((r) => r.line), [3]);
    assert.deepEqual(p.duplicates.map((r) => r.line), [6]);
    assert.deepEqual(p.errors.map((e) => [e.line, e.field]), [[4, 'role'], [5, 'capacity'], [7, 'capacity']]);

    const commit = await csvPost(lead, `/programs/${id}/import`, messy);
    expectStatus(commit, 422, 'commit of a bad file');
    assert.deepEqual(detailFields(commit), ['line 3', 'line 4', 'line 5', 'line 6', 'line 7']);
    assert.deepEqual((await lead.get(`/programs/${id}/participants`)).body.items, [], 'nothing stored');

    const syntax = await csvPost(lead, `/programs/${id}/import/preview`, `${e1.email},mentee\n${e2.email},"mentee\n`);
    expectStatus(syntax, 422, 'unclosed quote');
    assert.deepEqual(detailFields(syntax), ['line 2']);
    assert.match(syntax.body.error.message, /line 2, column \d+/);

    expectError(await lead.post(`/programs/${id}/import`, { csv: 'x' }), 415, 'unsupported_media_type', 'JSON body');

    const good = `\uFEFF${e1.email},mentee\r\n${e2.email},mentee\r\n${e3.email},mentee\r\n${mA.email},mentor,1\r\n${mB.email},mentor,2\r\n`;
    const ok = await csvPost(lead, `/programs/${id}/import`, good);
    expectStatus(ok, 200, 'commit');
    assert.equal(ok.body.committed, true);
    assert.equal(ok.body.to_add.length, 5);
    const participants = (await lead.get(`/programs/${id}/participants`)).body.items;
    assert.deepEqual(
      participants.map((x) => [x.member.id, x.role, x.capacity, x.email]),
      [
        [e1.id, 'mentee', 0, e1.email],
        [e2.id, 'mentee', 0, e2.email],
        [e3.id, 'mentee', 0, e3.email],
        [mA.id, 'mentor', 1, mA.email],
        [mB.id, 'mentor', 2, mB.email],
      ].sort((a, b) => (a[1] === b[1] ? a[0] - b[0] : a[1] < b[1] ? -1 : 1)),
    );
    const again = await csvPost(lead, `/programs/${id}/import/preview`, good);
    assert.equal(again.body.to_add.length, 0);
    assert.equal(again.body.already_participants.length, 5);
  });

  it('participants see their program, set only their own preferences, and cannot manage it', async () => {
    const id = program.id;
    const seen = await e1.get(`/programs/${id}`);
    expectStatus(seen, 200, 'participant reads');
    assert.equal(seen.body.my_role, 'mentee');
    assert.deepEqual(seen.body.counterparts.map((c) => c.member.id).sort(), [mA.id, mB.id].sort());
    expectError(await e1.get(`/programs/${id}/participants`), 403, 'not_program_lead', 'participant list');
    expectError(await e1.post(`/programs/${id}/matching`), 403, 'not_program_lead', 'participant runs');
    expectError(await csvPost(e1, `/programs/${id}/import`, `${outsider.email},mentee\n`), 403, 'not_program_lead', 'participant imports');
    expectError(await lead.put(`/programs/${id}/preferences`, { ranked: [] }), 403, 'not_participant', 'lead is no participant');

    const bad = await e1.put(`/programs/${id}/preferences`, { ranked: [e2.id, mA.id, mA.id], avoid: [mA.id] });
    expectStatus(bad, 422, 'bad preferences');
    assert.deepEqual(detailFields(bad), ['ranked[0]', 'ranked[2]', 'avoid[0]']);
    const mentorRanks = await mA.put(`/programs/${id}/preferences`, { ranked: [mB.id] });
    expectStatus(mentorRanks, 422, 'mentors do not rank');

    const ok = await e1.put(`/programs/${id}/preferences`, { ranked: [mA.id] });
    expectStatus(ok, 200, 'e1 ranks A');
    assert.deepEqual(ok.body.me.ranked, [mA.id]);
    expectStatus(await e2.put(`/programs/${id}/preferences`, { avoid: [mA.id] }), 200, 'e2 avoids A');
  });

  it('matching honours avoid lists, same organization, blocks, forbids and pins', async () => {
    const id = program.id;
    // e1 and B share an organization (excluded); B blocks e3; e2 avoids A.
    await e1.patchProfile({ organization: 'Acme Labs' });
    await mB.patchProfile({ organization: 'acme labs' });
    expectStatus(await mB.post('/blocks', { member: e3.id }), 201, 'block');
    expectError(await lead.post(`/programs/${id}/publish`), 409, 'wrong_status', 'publish before matching');

    const first = await lead.post(`/programs/${id}/matching`);
    expectStatus(first, 200, 'run');
    // Allowed: e1–A, e2–B, e3–A; A has room for one: e1 ranked A first.
    assert.equal(pairOf(first.body, e1), mA.id);
    assert.equal(pairOf(first.body, e2), mB.id);
    assert.equal(pairOf(first.body, e3), null);
    assert.deepEqual(first.body.unmatched.map((u) => [u.mentee.id, u.reason]), [[e3.id, 'capacity']]);
    const e1pair = first.body.pairs.find((p) => p.mentee.id === e1.id);
    assert.equal(e1pair.preference_rank, 1);
    assert.equal(e1pair.score_milli, e1pair.fit_milli + 1000);
    assert.ok(e1pair.reasons.includes('ranked #1 by the mentee'));
    assert.equal((await lead.get(`/programs/${id}`)).body.status, 'matching');

    // Forbid e1–A: e3 takes A and e1 has no allowed mentor left.
    expectStatus(await lead.post(`/programs/${id}/constraints`, { mentee: e1.id, mentor: mA.id, rule: 'forbid' }), 200, 'forbid');
    const second = (await lead.post(`/programs/${id}/matching`)).body;
    assert.equal(pairOf(second, e3), mA.id);
    assert.deepEqual(second.unmatched.map((u) => [u.mentee.id, u.reason]), [[e1.id, 'no_allowed_mentor']]);

    // Pins must respect the hard constraints.
    const badPin = await lead.post(`/programs/${id}/constraints`, { mentee: e2.id, mentor: mA.id, rule: 'pin' });
    expectStatus(badPin, 422, 'pin against an avoid list');
    assert.deepEqual(detailFields(badPin), ['rule']);
    expectStatus(await lead.post(`/programs/${id}/constraints`, { mentee: e3.id, mentor: mB.id, rule: 'pin' }), 422, 'pin across a block');
    const notParticipants = await lead.post(`/programs/${id}/constraints`, { mentee: mA.id, mentor: e1.id, rule: 'pin' });
    assert.deepEqual(detailFields(notParticipants), ['mentee', 'mentor']);

    // Clear the forbid and pin e3–A: e1 loses A although it ranked A first.
    expectStatus(await lead.post(`/programs/${id}/constraints`, { mentee: e1.id, mentor: mA.id, rule: 'none' }), 200, 'clear');
    const pinned = await lead.post(`/programs/${id}/constraints`, { mentee: e3.id, mentor: mA.id, rule: 'pin' });
    expectStatus(pinned, 200, 'pin');
    assert.deepEqual(pinned.body.items, [{ mentee: e3.id, mentor: mA.id, rule: 'pin' }]);
    const third = (await lead.post(`/programs/${id}/matching`)).body;
    assert.equal(pairOf(third, e3), mA.id);
    assert.equal(third.pairs.find((p) => p.mentee.id === e3.id).pinned, true);
    assert.deepEqual(third.unmatched.map((u) => [u.mentee.id, u.reason]), [[e1.id, 'capacity']]);
    assert.deepEqual((await lead.get(`/programs/${id}/proposal`)).body.pairs, third.pairs, 'the proposal is stored');
  });

  it('publishes exactly once; afterwards nothing about the assignment changes', async () => {
    const id = program.id;
    const before = await lead.get(`/programs/${id}/dashboard`);
    expectStatus(before, 200, 'dashboard');
    assert.deepEqual(
      [before.body.mentees, before.body.mentors, before.body.capacity, before.body.matched, before.body.unmatched],
      [3, 2, 3, 2, 1],
    );
    expectError(await e2.post(`/programs/${id}/publish`), 403, 'not_program_lead', 'participant publishes');

    // mA's own mentor offer is full (one personal mentee): a program pair is bound by the
    // program's capacity, so publishing still succeeds, and the offer shows no open slot.
    const offer = { fields: ['Data Science'], skills: ['SQL'], help: 'Analytics jobs.', format: 'video', cadence: 'monthly', capacity: 1 };
    expectStatus(await mA.put('/me/mentor-offer', offer), 200, 'offer');
    const personal = await outsider.post('/mentorship/requests', { mentor: mA.id, message: 'Hi', goals: ['Learn SQL'] });
    expectStatus(personal, 201, 'personal request');
    expectStatus(await mA.post(`/mentorship/requests/${personal.body.id}/accept`), 200, 'personal accept');

    const published = await lead.post(`/programs/${id}/publish`);
    expectStatus(published, 200, 'publish');
    const mAOffer = (await mA.get('/me/mentor-offer')).body;
    assert.equal(mAOffer.open_slots, 0, JSON.stringify(mAOffer));
    assert.equal(published.body.status, 'published');
    assert.ok(published.body.published_at);
    expectError(await lead.post(`/programs/${id}/publish`), 409, 'wrong_status', 'publish twice');
    expectError(await lead.post(`/programs/${id}/matching`), 409, 'wrong_status', 'run after publishing');
    expectError(await csvPost(lead, `/programs/${id}/import`, `${outsider.email},mentee\n`), 409, 'wrong_status', 'import after publishing');
    expectError(await e1.put(`/programs/${id}/preferences`, { ranked: [] }), 409, 'wrong_status', 'preferences after publishing');
    expectError(
      await lead.post(`/programs/${id}/constraints`, { mentee: e1.id, mentor: mA.id, rule: 'forbid' }),
      409,
      'wrong_status',
      'constraints after publishing',
    );

    const mine = (await e3.get(`/programs/${id}`)).body;
    assert.deepEqual(mine.my_pairs.map((p) => [p.mentee, p.mentor, p.partner.id]), [[e3.id, mA.id, mA.id]]);
    const mentor = (await mA.get(`/programs/${id}`)).body;
    assert.deepEqual(mentor.my_pairs.map((p) => p.partner.id), [e3.id]);
    assert.deepEqual((await e1.get(`/programs/${id}`)).body.my_pairs, [], 'unmatched mentee has no pair');

    // Everyone concerned is told, in the publishing transaction (newest first, after the
    // import's invitation: mentees to rank mentors, mentors that they take part).
    const kinds = async (c) =>
      (await c.get('/notifications')).body.items.filter((n) => n.link === `/programs/${id}`).map((n) => n.kind);
    assert.deepEqual(await kinds(e3), ['program.matched', 'program.preferences']);
    assert.deepEqual(await kinds(mA), ['program.matched', 'program.joined']);
    assert.deepEqual(await kinds(e1), ['program.unmatched', 'program.preferences']);
    assert.deepEqual(await kinds(outsider), []);

    // Each published pair is now an accepted mentorship of the two members.
    const ships = (await e3.get('/mentorships')).body.items;
    const fromProgram = ships.filter((m) => m.program === id);
    assert.equal(fromProgram.length, 1, JSON.stringify(ships));
    assert.equal(fromProgram[0].mentor.id, mA.id);
    assert.equal(fromProgram[0].status, 'active');

    const dash = (await lead.get(`/programs/${id}/dashboard`)).body;
    assert.equal(dash.status, 'published');
    assert.equal(dash.matched, 2);
    assert.equal(dash.check_ins, 0, 'the new mentorships have no check-ins yet');
    assert.equal(dash.pairs.length, 2);

    expectError(await e3.post(`/programs/${id}/close`), 403, 'not_program_lead', 'participant closes');
    const closed = await lead.post(`/programs/${id}/close`);
    expectStatus(closed, 200, 'close');
    assert.equal(closed.body.status, 'closed');
    expectError(await lead.post(`/programs/${id}/close`), 409, 'wrong_status', 'close twice');
    assert.equal((await e3.get(`/programs/${id}`)).body.my_pairs.length, 1, 'pairs stay after closing');
  });

  it('publishing refuses a stale proposal', async () => {
    const created = await lead.post('/programs', { name: 'Second cohort' });
    const id = created.body.id;
    expectStatus(await csvPost(lead, `/programs/${id}/import`, `${e1.email},mentee\n${mA.email},mentor,1\n`), 200, 'import');
    const run1 = (await lead.post(`/programs/${id}/matching`)).body;
    assert.equal(pairOf(run1, e1), mA.id);
    expectStatus(await e1.put(`/programs/${id}/preferences`, { avoid: [mA.id] }), 200, 'avoid after matching');
    expectError(await lead.post(`/programs/${id}/publish`), 409, 'stale_proposal', 'stale');
    expectStatus(await lead.post(`/programs/${id}/matching`), 200, 'rerun');
    expectStatus(await lead.post(`/programs/${id}/publish`), 200, 'publish fresh');
  });
});
