// Home's next steps (issue 16): everything that waits for the member across the
// capabilities, by urgency, then growth suggestions; the newcomer's three-step
// start; a lead's programs; askable mentors and member-page actions; accent-folded
// directory search without the viewer's own card; and, on the demo network, the
// demo learner's notifications agreeing with their next steps. Both databases.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';

import { Client, DB_KIND, PLN_BIN, PlnServer, expectError, expectStatus, randomTag, setRole, signup, signupMany, useServer, useTempDatabase } from './lib/server.mjs';

const DAY = 24 * 3600 * 1000;

function inDays(n) {
  return new Date(Date.now() + n * DAY).toISOString().slice(0, 10);
}

function urgency(item) {
  return item.due_at ? Date.parse(item.due_at) : Date.parse(item.since) + 7 * DAY;
}

async function nextSteps(client, what = 'next steps') {
  const r = await client.get('/me/next-steps');
  expectStatus(r, 200, what);
  return r.body;
}

function offer(skill, extra = {}) {
  return { fields: ['Data Science'], skills: [skill], help: 'Happy to help.', format: 'video', cadence: 'biweekly', capacity: 3, ...extra };
}

describe(`next steps (${DB_KIND})`, () => {
  const ctx = useServer();

  it('greets a newcomer with the three-step start, then suggests what helps next, saying why', async () => {
    expectError(await new Client(ctx.url).get('/me/next-steps'), 401, 'unauthenticated', 'anonymous');
    const n = await signup(ctx.url, { name: `Newcomer ${randomTag(5)}` });
    let steps = await nextSteps(n, 'newcomer');
    assert.equal(steps.newcomer, true);
    assert.deepEqual(steps.start.map((s) => [s.step, s.done]), [['field', false], ['skills', false], ['goal', false]]);
    assert.deepEqual(steps.items, []);
    assert.deepEqual(steps.programs, []);
    const kinds = steps.suggestions.map((s) => s.kind);
    for (const k of ['add_field', 'add_skills', 'add_goal', 'find_mentor', 'first_connection']) assert.ok(kinds.includes(k), `${k} in ${kinds}`);
    assert.ok(steps.suggestions.every((s) => s.detail.length > 20), 'each suggestion says why');

    await n.patchProfile({ fields: ['Data Science'] });
    steps = await nextSteps(n, 'after the field');
    assert.equal(steps.newcomer, true);
    assert.deepEqual(steps.start.map((s) => s.done), [true, false, false]);
    await n.patchProfile({ skills: [{ name: 'SQL', level: 2 }], goals: ['Land a first analyst job'] });
    steps = await nextSteps(n, 'after the three steps');
    assert.equal(steps.newcomer, false);
    assert.deepEqual(steps.start.map((s) => s.done), [true, true, true]);
    const mentor = steps.suggestions.find((s) => s.kind === 'find_mentor');
    assert.equal(mentor.title, 'Find a mentor in Data Science');
    assert.equal(mentor.link, '/mentors?field=Data%20Science', 'the mentor link opens Find a mentor, not the directory');
    assert.ok(steps.suggestions.some((s) => s.kind === 'ask_feedback' && s.title === 'Ask for feedback on SQL'));
    assert.ok(!steps.suggestions.some((s) => s.kind.startsWith('add_')));
  });

  it('lists what waits across capabilities by urgency, each with its notification; others and blocked members see nothing of it', async () => {
    const tag = randomTag(6);
    const [me, friend, mentee, mentor, reviewer, lead, mentorInProgram, third] = await signupMany(ctx.url, 8, `ns${tag}`);
    await setRole(ctx.server, lead.email, 'program_lead');

    // A connection request with a note.
    const cr = await friend.post('/connections/requests', { to: me.id, note: 'We met at the meetup.' });
    expectStatus(cr, 201, 'connection request');
    // A mentorship request to me as mentor.
    expectStatus(await me.put('/me/mentor-offer', offer(`Skill${tag}`)), 200, 'my offer');
    const mr = await mentee.post('/mentorship/requests', { mentor: me.id, message: 'Please guide me.', goals: ['Learn SQL'] });
    expectStatus(mr, 201, 'mentorship request to me');
    // My request to a mentor who asks for more information.
    expectStatus(await mentor.put('/me/mentor-offer', offer(`Other${tag}`)), 200, 'mentor offer');
    const mine = await me.post('/mentorship/requests', { mentor: mentor.id, message: 'Hello', goals: ['Get a job'] });
    expectStatus(mine, 201, 'my request');
    expectStatus(await mentor.post(`/mentorship/requests/${mine.body.id}/ask-info`, { question: 'Which tools do you use?' }), 200);
    // A feedback request to me (reviewers are connections).
    const link = await reviewer.post('/connections/requests', { to: me.id });
    expectStatus(await me.post(`/connections/requests/${link.body.id}/accept`), 200, 'connect to the reviewer');
    const fr = await reviewer.post('/feedback/requests', {
      skill: 'Writing', artifact: { title: 'Blog post', url: '', text: 'Draft' }, question: 'Is it clear?', reviewers: [me.id], deadline: inDays(3),
    });
    expectStatus(fr, 201, 'feedback request');
    // A program asking me to rank mentors.
    const prog = await lead.post('/programs', { name: `Cohort ${tag}` });
    expectStatus(prog, 201, 'program');
    const imported = await lead.post(`/programs/${prog.body.id}/import`, `${me.email},mentee\n${mentorInProgram.email},mentor,2\n`, { contentType: 'text/csv' });
    expectStatus(imported, 200, 'import');

    let steps = await nextSteps(me);
    const byKind = Object.fromEntries(steps.items.map((i) => [i.kind, i]));
    assert.deepEqual(Object.keys(byKind).sort(), ['connection_request', 'feedback_review', 'mentorship_info', 'mentorship_request', 'program_preferences']);
    assert.equal(byKind.connection_request.title, `${friend.me.profile.name} wants to connect with you`);
    assert.equal(byKind.connection_request.detail, 'We met at the meetup.');
    assert.equal(byKind.connection_request.connection_request_id, cr.body.id);
    assert.equal(byKind.connection_request.member.id, friend.id);
    assert.equal(byKind.connection_request.due_at, null);
    assert.equal(byKind.mentorship_request.mentorship_request_id, mr.body.id);
    assert.ok(byKind.mentorship_request.due_at, 'a mentorship request is due when it expires');
    assert.equal(byKind.mentorship_info.detail, 'Which tools do you use?');
    assert.equal(byKind.feedback_review.feedback_request_id, fr.body.id);
    assert.equal(byKind.feedback_review.link, `/feedback/${fr.body.id}`);
    assert.equal(byKind.feedback_review.due_at.slice(0, 10), inDays(3));
    assert.equal(byKind.program_preferences.program_id, prog.body.id);
    const keys = steps.items.map(urgency);
    assert.deepEqual(keys, [...keys].sort((a, b) => a - b), 'ordered by urgency');
    assert.equal(steps.items[0].kind, 'feedback_review', 'the 3-day deadline comes first');

    // Every waiting item has its notification, and the badge counts them.
    const notes = (await me.get('/notifications?limit=100')).body.items;
    const told = (kind, pred = () => true) => notes.some((n) => n.kind === kind && pred(n));
    assert.ok(told('connection.request', (n) => n.title === byKind.connection_request.title));
    assert.ok(told('mentorship.request'));
    assert.ok(told('mentorship.info_requested'));
    assert.ok(told('feedback.request', (n) => n.link === byKind.feedback_review.link));
    assert.ok(told('program.preferences', (n) => n.link === `/programs/${prog.body.id}`));
    assert.ok((await me.get('/notifications/unread-count')).body.unread >= steps.items.length);

    // The lead sees the program's state; the program's mentor was told too.
    const leadSteps = await nextSteps(lead, 'lead');
    assert.deepEqual(leadSteps.programs.map((p) => [p.id, p.stage, p.mentees, p.mentors, p.ranked]), [[prog.body.id, 'preferences_open', 1, 1, 0]]);
    assert.match(leadSteps.programs[0].state, /^Preferences open: 0 of 1 mentee ranked/);
    assert.ok((await mentorInProgram.get('/notifications')).body.items.some((n) => n.kind === 'program.joined'));

    // Answering makes items go; a check-in takes the accepted mentorship's place.
    expectStatus(await me.put(`/programs/${prog.body.id}/preferences`, { ranked: [mentorInProgram.id] }), 200, 'rank');
    const acc = await me.post(`/mentorship/requests/${mr.body.id}/accept`, {});
    expectStatus(acc, 200, 'accept');
    steps = await nextSteps(me, 'after answering');
    const kinds = steps.items.map((i) => i.kind).sort();
    assert.deepEqual(kinds, ['check_in', 'connection_request', 'feedback_review', 'mentorship_info']);
    const checkIn = steps.items.find((i) => i.kind === 'check_in');
    assert.equal(checkIn.mentorship_id, acc.body.mentorship);
    assert.equal(checkIn.title, `Next check-in with ${mentee.me.profile.name}`);
    assert.equal(checkIn.overdue, false);
    assert.equal((await nextSteps(lead, 'lead after ranking')).programs[0].ranked, 1);

    // A third member sees none of it; blocking the reviewer hides their request.
    assert.deepEqual((await nextSteps(third, 'third')).items, []);
    expectStatus(await me.post('/blocks', { member: reviewer.id }), 201, 'block');
    steps = await nextSteps(me, 'after the block');
    assert.ok(!steps.items.some((i) => i.member?.id === reviewer.id), 'a blocked member never appears');
  });

  it('Find a mentor marks the current, pending and past mentors not askable, with the reason; member pages say which actions apply', async () => {
    const skill = `Ask${randomTag(6)}`;
    const [learner, current, pending, past, free, other] = await signupMany(ctx.url, 6, 'ask');
    for (const m of [current, pending, past, free]) expectStatus(await m.put('/me/mentor-offer', offer(skill)), 200, 'offer');
    for (const m of [current, past]) {
      const r = await learner.post('/mentorship/requests', { mentor: m.id, message: 'Hi', goals: [`Goal with ${m.id}`] });
      expectStatus(r, 201, 'request');
      const acc = await m.post(`/mentorship/requests/${r.body.id}/accept`, {});
      expectStatus(acc, 200, 'accept');
      if (m === past) expectStatus(await past.post(`/mentorships/${acc.body.mentorship}/end`, { note: 'Done.' }), 200, 'end');
    }
    expectStatus(await learner.post('/mentorship/requests', { mentor: pending.id, message: 'Hi', goals: ['Learn'] }), 201, 'pending');

    const found = await learner.get(`/mentors?skill=${skill}`);
    expectStatus(found, 200, 'find mentors');
    const byId = Object.fromEntries(found.body.items.map((m) => [m.offer.mentor.id, m]));
    assert.equal(byId[free.id].askable, true);
    assert.equal(byId[free.id].not_askable, undefined);
    assert.deepEqual([byId[current.id].askable, byId[current.id].not_askable, byId[current.id].not_askable_reason], [false, 'current', 'your current mentor']);
    assert.equal(byId[pending.id].not_askable, 'pending');
    assert.match(byId[pending.id].not_askable_reason, /^request pending since \d{4}-\d{2}-\d{2}$/);
    assert.equal(byId[past.id].not_askable, 'past');
    assert.match(byId[past.id].not_askable_reason, /^mentored you until \d{4}-\d{2}-\d{2}$/);
    assert.equal(found.body.items[0].offer.mentor.id, free.id, 'askable mentors come first');
    // Another member may ask all four.
    const forOther = (await other.get(`/mentors?skill=${skill}`)).body.items;
    assert.equal(forOther.length, 4);
    assert.ok(forOther.every((m) => m.askable));

    const page = async (viewer, member) => {
      const r = await viewer.get(`/members/${member.id}`);
      expectStatus(r, 200, 'member page');
      return r.body;
    };
    assert.deepEqual((await page(learner, free)).actions, { can_connect: true, can_answer_request: false, can_follow: true, can_ask_mentor: true });
    const cur = (await page(learner, current)).actions;
    assert.equal(cur.can_ask_mentor, false);
    assert.equal(cur.ask_mentor_note, 'your current mentor');
    assert.match((await page(learner, pending)).actions.ask_mentor_note, /^request pending since/);
    expectStatus(await free.put('/me/mentor-offer', offer(skill, { paused: true })), 200, 'pause');
    const paused = (await page(learner, free)).actions;
    assert.equal(paused.can_ask_mentor, false);
    assert.equal(paused.ask_mentor_note, 'not taking mentorship requests right now');
    const cr = await other.post('/connections/requests', { to: learner.id });
    expectStatus(cr, 201);
    const fromOther = (await page(learner, other)).actions;
    assert.deepEqual([fromOther.can_connect, fromOther.can_answer_request], [false, true]);
    assert.equal((await page(learner, learner)).actions, undefined, 'no actions on your own page');
    const anon = await new Client(ctx.url).get(`/members/${free.id}`);
    if (anon.status === 200) assert.equal(anon.body.actions, undefined, 'no actions for anonymous visitors');
    // Blocked either way: the page is gone, as for a missing member.
    expectStatus(await current.post('/blocks', { member: learner.id }), 201, 'block');
    expectError(await learner.get(`/members/${current.id}`), 404, 'not_found');
    assert.ok(!(await learner.get(`/mentors?skill=${skill}`)).body.items.some((m) => m.offer.mentor.id === current.id));
  });

  it('directory search is accent- and case-insensitive and never lists the searcher', async () => {
    const tag = randomTag(8);
    const sofia = await signup(ctx.url, { name: `Sofía Núñez ${tag}` });
    const searcher = await signup(ctx.url, { name: `Sofia Searcher ${tag}` });
    const q = async (s) => (await searcher.getAll(`/members?q=${encodeURIComponent(s)}`)).map((m) => m.id);
    for (const s of [`Sofia ${tag}`, `sofia ${tag}`, `SOFÍA ${tag}`, `nunez ${tag}`, `Núñez ${tag}`]) {
      assert.deepEqual(await q(s), [sofia.id], s);
    }
    assert.deepEqual(await q(tag), [sofia.id], 'the searcher\'s own card is never a result');
    assert.deepEqual((await sofia.getAll(`/members?q=${tag}`)).map((m) => m.id), [searcher.id]);
  });
});

const run = promisify(execFile);

describe(`next steps on the demo network (${DB_KIND})`, () => {
  const db = useTempDatabase('pln-it-home-demo-');

  it("the demo learner's next steps and notifications agree; the lead sees the program", async () => {
    const out = await run(PLN_BIN, ['demo', ...db.target], { timeout: 120_000 });
    const m = /Log in as (\S+) with password (\S+)/.exec(out.stdout + out.stderr);
    assert.ok(m, out.stdout);
    db.server = await PlnServer.start({ dataDir: db.dataDir, databaseUrl: db.pg?.url });
    const c = new Client(db.server.baseUrl);
    const login = await c.post('/auth/login', { email: m[1], password: m[2] });
    expectStatus(login, 200, 'demo login');
    c.csrf = login.body.csrf_token;

    const steps = await nextSteps(c, 'demo learner');
    // Half a profile on purpose (src/demo/people.cc): a field and skills, no goal yet.
    assert.equal(steps.newcomer, true);
    assert.deepEqual(steps.start.map((s) => s.done), [true, true, false]);
    assert.ok(steps.suggestions.some((s) => s.kind === 'add_goal'));
    const kinds = new Set(steps.items.map((i) => i.kind));
    for (const k of ['connection_request', 'feedback_review', 'check_in', 'program_preferences']) assert.ok(kinds.has(k), `${k} in ${[...kinds]}`);
    const keys = steps.items.map(urgency);
    assert.deepEqual(keys, [...keys].sort((a, b) => a - b), 'ordered by urgency');

    const notes = await c.getAll('/notifications');
    const tell = { connection_request: 'connection.request', feedback_review: 'feedback.request', program_preferences: 'program.preferences' };
    for (const item of steps.items) {
      const kind = tell[item.kind];
      if (!kind) continue;
      assert.ok(
        notes.some((n) => n.kind === kind && (n.title === item.title || n.link === item.link)),
        `a ${kind} notification for "${item.title}"; got ${JSON.stringify(notes.map((n) => [n.kind, n.title]))}`,
      );
    }
    // The demo's history is there too (reviews received, the mentor's check-in, the decline).
    for (const kind of ['feedback.review', 'mentorship.check_in', 'mentorship.declined', 'mentorship.accepted']) {
      assert.ok(notes.some((n) => n.kind === kind), `${kind} in the demo learner's notifications`);
    }
    const unread = (await c.get('/notifications/unread-count')).body.unread;
    assert.equal(unread, notes.length, 'the badge counts every unread notification');
    assert.ok(unread >= steps.items.filter((i) => tell[i.kind]).length);

    const lead = new Client(db.server.baseUrl);
    const ll = await lead.post('/auth/login', { email: 'lead@pln.example', password: m[2] });
    expectStatus(ll, 200, 'lead login');
    lead.csrf = ll.body.csrf_token;
    const leadSteps = await nextSteps(lead, 'lead');
    assert.equal(leadSteps.programs.length, 1);
    assert.equal(leadSteps.programs[0].stage, 'preferences_open');
    assert.ok(leadSteps.programs[0].mentees > 0 && leadSteps.programs[0].mentors > 0);
  });
});
