// Cohort programs (issue 4): a program lead creates a program, imports
// participants from CSV (preview first), runs the optimal matching, reviews
// the pairs with their reasons and scores, pins or forbids pairs and re-runs,
// publishes, and follows the dashboard. Participants state their preferences.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import {
  Api,
  ApiError,
  type ImportPreview,
  type PairConstraint,
  type Program,
  type ProgramDashboard,
  type ProgramParticipant,
  type ProgramSummary,
  type Proposal,
  type ProposedPair,
} from '../api';
import { useAuth } from '../auth';
import {
  Alert,
  EmptyState,
  Loading,
  SelectField,
  TextAreaField,
  TextField,
  errorText,
  fieldErrors,
  formatDate,
  useTitle,
} from '../components/ui';
import { Link, useNavigate } from 'react-router';
import { ConfirmDialog } from '../components/Dialog';
import { Table } from '../components/Table';
import { useUnsavedChanges } from '../components/UnsavedChanges';
import { useInvalidate } from '../lib/query';
import { Button } from '../components/Button';

const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  matching: 'Matching',
  published: 'Published',
  closed: 'Closed',
};

const ROLE_LABELS: Record<string, string> = { lead: 'Lead', mentee: 'Mentee', mentor: 'Mentor' };

const UNMATCHED_LABELS: Record<string, string> = {
  no_allowed_mentor: 'No allowed mentor (avoid lists, forbidden pairs, same organization or blocks)',
  capacity: 'Every allowed mentor is full',
};

function score(milli: number): string {
  return (milli / 1000).toFixed(2);
}

function CreateProgramForm() {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [capacity, setCapacity] = useState('2');
  const [excludeOrg, setExcludeOrg] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const [created, setCreated] = useState(false);
  useUnsavedChanges(!created && (name.trim() !== '' || description.trim() !== ''));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      const p = await Api.createProgram({
        name,
        description,
        exclude_same_organization: excludeOrg,
        default_capacity: Number(capacity),
      });
      setCreated(true);
      // After the guard has seen the form is no longer dirty.
      setTimeout(() => navigate(`/programs/${p.id}`), 0);
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(errorText(err, 'Could not create the program.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="new-program-h">
      <h2 id="new-program-h">New program</h2>
      {error && <Alert>{error}</Alert>}
      <TextField label="Name" value={name} onChange={setName} error={errors['name']} required maxLength={120} />
      <TextAreaField label="Description" optional value={description} onChange={setDescription} error={errors['description']} maxLength={4000} rows={3} />
      <SelectField label="Default mentor capacity" value={capacity} onChange={setCapacity} error={errors['default_capacity']}>
        {[1, 2, 3, 4, 5, 6, 8, 10].map((n) => (
          <option key={n} value={String(n)}>
            {n} mentee{n === 1 ? '' : 's'}
          </option>
        ))}
      </SelectField>
      <div className="field">
        <label>
          <input type="checkbox" checked={excludeOrg} onChange={(e) => setExcludeOrg(e.target.checked)} /> Never pair people from the same organization
        </label>
      </div>
      <Button variant="primary" type="submit" disabled={busy}>
        {busy ? 'Creating…' : 'Create program'}
      </Button>
    </form>
  );
}

export function ProgramsPage() {
  useTitle('Programs');
  const { me } = useAuth();
  const q = useQuery({ queryKey: ['programs'], queryFn: () => Api.programs() });
  const items: ProgramSummary[] | null = q.data?.items ?? null;
  const error = q.error ? errorText(q.error, 'Could not load your programs.') : null;
  const canCreate = me?.role === 'program_lead' || me?.role === 'admin';
  return (
    <div className="programs">
      <h1>Programs</h1>
      <p className="lead">Cohort mentoring programs you lead or take part in.</p>
      {error && <Alert>{error}</Alert>}
      {items === null && !error ? (
        <Loading />
      ) : items && items.length === 0 ? (
        <EmptyState title="No programs yet">
          <p>{canCreate ? 'Create a program, then import its participants.' : 'When a program lead adds you to a cohort, it shows up here.'}</p>
        </EmptyState>
      ) : (
        <ul className="feedback-list">
          {(items ?? []).map((p) => (
            <li key={p.id} className="card">
              <Link to={`/programs/${p.id}`}>{p.name}</Link>
              <p className="meta">
                <span>{STATUS_LABELS[p.status]}</span> · <span>you: {ROLE_LABELS[p.my_role]}</span> ·{' '}
                <span>
                  {p.mentees} mentees, {p.mentors} mentors
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
      {canCreate && <CreateProgramForm />}
    </div>
  );
}

function PreviewTable({ preview }: { preview: ImportPreview }) {
  const problems = [
    ...preview.errors.map((e) => ({ line: e.line, text: `${e.field}: ${e.message}` })),
    ...preview.unknown_emails.map((r) => ({ line: r.line, text: `no member with the e-mail ${r.email}` })),
    ...preview.duplicates.map((r) => ({ line: r.line, text: `${r.email} appears on an earlier line` })),
  ].sort((a, b) => a.line - b.line);
  return (
    <div className="import-preview">
      {problems.length > 0 && (
        <div role="alert" className="alert alert-error">
          <p>
            {problems.length} problem{problems.length === 1 ? '' : 's'} to fix before importing:
          </p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                Line {p.line}: {p.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Table
        caption={
          <>
            {preview.committed ? 'Imported' : 'To import'}: {preview.to_add.length} participant{preview.to_add.length === 1 ? '' : 's'}
            {preview.already_participants.length > 0 && `, ${preview.already_participants.length} already in the program (skipped)`}
          </>
        }
        rows={preview.to_add}
        rowKey={(r) => r.line}
        columns={[
          { key: 'line', header: 'Line', label: 'Line', cell: (r) => r.line, numeric: true },
          { key: 'member', header: 'Member', label: 'Member', cell: (r) => r.member?.name },
          { key: 'email', header: 'E-mail', label: 'E-mail', cell: (r) => r.email },
          { key: 'role', header: 'Role', label: 'Role', cell: (r) => ROLE_LABELS[r.role] },
          { key: 'capacity', header: 'Capacity', label: 'Capacity', cell: (r) => (r.role === 'mentor' ? r.capacity : '–') },
        ]}
      />
    </div>
  );
}

function ImportSection({ program, onImported }: { program: Program; onImported: () => void }) {
  const [csv, setCsv] = useState('');
  useUnsavedChanges(csv.trim() !== '');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileId = useId();

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) {
      setCsv(await file.text());
      setPreview(null);
    }
  };

  const run = async (commit: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const result = commit ? await Api.commitImport(program.id, csv) : await Api.previewImport(program.id, csv);
      setPreview(result);
      if (commit) {
        setCsv('');
        onImported();
      }
    } catch (err) {
      setError(errorText(err, 'Could not read the CSV.'));
      if (err instanceof ApiError && err.details.length > 0) {
        setError(`${errorText(err, 'Could not read the CSV.')} ${err.details.map((d) => `${d.field}: ${d.message}`).join('; ')}`);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="import-h">
      <h2 id="import-h">Import participants</h2>
      <p className="hint">
        One participant per line: <code>email,role,capacity</code> (role is mentee or mentor; an empty mentor capacity means{' '}
        {program.default_capacity}). A header line may name the columns in any order.
      </p>
      {error && <Alert>{error}</Alert>}
      <div className="field">
        <label htmlFor={fileId}>CSV file</label>
        <input id={fileId} type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void onFile(e)} />
      </div>
      <TextAreaField
        label="Or paste the CSV"
        value={csv}
        onChange={(v) => {
          setCsv(v);
          setPreview(null);
        }}
        rows={6}
        className="mono"
      />
      <div className="actions">
        <Button disabled={busy || !csv.trim()} onClick={() => void run(false)}>
          Preview
        </Button>
        <Button variant="primary" disabled={busy || !preview || preview.committed || !preview.can_commit} onClick={() => void run(true)}>
          Import {preview && !preview.committed ? `${preview.to_add.length} participant${preview.to_add.length === 1 ? '' : 's'}` : ''}
        </Button>
      </div>
      {preview && (
        <div role="status">
          <PreviewTable preview={preview} />
        </div>
      )}
    </section>
  );
}

function ParticipantsSection({ participants }: { participants: ProgramParticipant[] }) {
  return (
    <section className="card" aria-labelledby="participants-h">
      <h2 id="participants-h">Participants</h2>
      {participants.length === 0 ? (
        <p className="muted">No participants yet: import a CSV above.</p>
      ) : (
        <Table
          caption={<span className="visually-hidden">Participants</span>}
          rows={participants}
          rowKey={(p) => p.member.id}
          columns={[
            { key: 'name', header: 'Name', label: 'Name', cell: (p) => <Link to={`/members/${p.member.id}`}>{p.member.name}</Link> },
            { key: 'email', header: 'E-mail', label: 'E-mail', cell: (p) => p.email },
            { key: 'role', header: 'Role', label: 'Role', cell: (p) => ROLE_LABELS[p.role] },
            { key: 'capacity', header: 'Capacity', label: 'Capacity', cell: (p) => (p.role === 'mentor' ? p.capacity : '–') },
            {
              key: 'prefs',
              header: 'Preferences',
              label: 'Preferences',
              cell: (p) =>
                [p.ranked.length > 0 && `${p.ranked.length} ranked`, p.avoid.length > 0 && `${p.avoid.length} avoided`]
                  .filter(Boolean)
                  .join(', ') || '–',
            },
          ]}
        />
      )}
    </section>
  );
}

function MatchingSection({
  program,
  participants,
  onChanged,
}: {
  program: Program;
  participants: ProgramParticipant[];
  onChanged: () => void;
}) {
  const qc = useQueryClient();
  const proposalQ = useQuery({
    queryKey: ['program', program.id, 'proposal'],
    queryFn: () => Api.proposal(program.id).catch(() => null),
    enabled: program.status !== 'draft',
  });
  const proposal: Proposal | null = proposalQ.data ?? null;
  const setProposal = (p: Proposal) => qc.setQueryData(['program', program.id, 'proposal'], p);
  const constraintsQ = useQuery({
    queryKey: ['program', program.id, 'constraints'],
    queryFn: () => Api.constraints(program.id).then((r) => r.items).catch(() => [] as PairConstraint[]),
  });
  const constraints = constraintsQ.data ?? [];
  const setConstraints = (c: PairConstraint[]) => qc.setQueryData(['program', program.id, 'constraints'], c);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editable = program.status === 'draft' || program.status === 'matching';


  const nameOf = (id: number) => participants.find((p) => p.member.id === id)?.member.name ?? `#${id}`;

  const run = async () => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const p = await Api.runMatching(program.id);
      setProposal(p);
      setNotice(`Matching done: ${p.matched} matched, ${p.unmatched_count} unmatched.`);
      onChanged();
    } catch (err) {
      const details = err instanceof ApiError ? err.details.map((d) => d.message).join('; ') : '';
      setError(`${errorText(err, 'Could not run the matching.')}${details ? ` ${details}` : ''}`);
    } finally {
      setBusy(false);
    }
  };

  const setRule = async (mentee: number, mentor: number, rule: 'pin' | 'forbid' | 'none') => {
    setError(null);
    setNotice(null);
    try {
      const r = await Api.setConstraint(program.id, { mentee, mentor, rule });
      setConstraints(r.items);
      const what = rule === 'none' ? 'Rule cleared' : rule === 'pin' ? 'Pinned' : 'Forbidden';
      setNotice(`${what}: ${nameOf(mentee)} with ${nameOf(mentor)}. Run the matching again to update the proposal.`);
    } catch (err) {
      const details = err instanceof ApiError ? err.details.map((d) => d.message).join('; ') : '';
      setError(`${errorText(err, 'Could not change the pair.')}${details ? ` ${details}` : ''}`);
    }
  };

  const [confirmPublish, setConfirmPublish] = useState(false);
  // Errors show inside the confirmation dialog (ConfirmDialog keeps it open on failure).
  const publish = async () => {
    setError(null);
    await Api.publishProgram(program.id);
    setNotice('Published. Participants have been told their match.');
    onChanged();
  };

  return (
    <section className="card" aria-labelledby="matching-h">
      <h2 id="matching-h">Matching</h2>
      <p className="hint">
        The assignment matches as many mentees as possible, then maximises total compatibility (pln&apos;s fit score plus 0.2 × (6 − rank) for a
        mentor the mentee ranked), within capacities, avoid lists, forbidden pairs, blocks
        {program.exclude_same_organization ? ' and the same-organization rule' : ''}.
      </p>
      {error && <Alert>{error}</Alert>}
      {notice && (
        <p role="status" className="alert alert-success">
          {notice}
        </p>
      )}
      {editable && (
        <div className="actions">
          <Button variant="primary" disabled={busy} onClick={() => void run()}>
            {proposal ? 'Run matching again' : 'Run matching'}
          </Button>
          {proposal && program.status === 'matching' && (
            <Button disabled={busy} onClick={() => setConfirmPublish(true)}>
              Publish assignment
            </Button>
          )}
          <ConfirmDialog
            open={confirmPublish}
            title="Publish this assignment?"
            message={<p>Participants are told their match, and matching cannot be run again.</p>}
            confirmLabel="Publish"
            onClose={() => setConfirmPublish(false)}
            onConfirm={publish}
          />
        </div>
      )}
      {constraints.length > 0 && (
        <>
          <h3>Pinned and forbidden pairs</h3>
          <ul className="plain-list">
            {constraints.map((c) => (
              <li key={`${c.mentee}-${c.mentor}`}>
                {c.rule === 'pin' ? 'Pinned' : 'Forbidden'}: {nameOf(c.mentee)} with {nameOf(c.mentor)}{' '}
                {editable && (
                  <Button variant="link"
                    onClick={() => void setRule(c.mentee, c.mentor, 'none')}
                    aria-label={`Clear the rule for ${nameOf(c.mentee)} with ${nameOf(c.mentor)}`}
                  >
                    Clear
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {proposal && (
        <>
          <p className="meta">
            {proposal.published ? 'Published assignment' : 'Proposal'} from {formatDate(proposal.computed_at)}: <strong>{proposal.matched}</strong> matched,{' '}
            <strong>{proposal.unmatched_count}</strong> unmatched, total score {score(proposal.total_score_milli)}.
          </p>
          <Table
            tableClassName="pairs-table"
            caption={<span className="visually-hidden">Proposed pairs</span>}
            rows={proposal.pairs}
            rowKey={(p) => p.mentee.id}
            columns={[
              { key: 'mentee', header: 'Mentee', label: 'Mentee', cell: (p) => p.mentee.name },
              { key: 'mentor', header: 'Mentor', label: 'Mentor', cell: (p) => p.mentor.name },
              {
                key: 'score',
                header: 'Score',
                label: 'Score',
                cell: (p) => (
                  <>
                    {score(p.score_milli)}
                    <span className="hint"> (fit {score(p.fit_milli)})</span>
                  </>
                ),
              },
              {
                key: 'why',
                header: 'Why',
                label: 'Why',
                cell: (p) => (
                  <ul className="plain-list">
                    {p.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                ),
              },
              ...(editable
                ? [
                    {
                      key: 'actions',
                      header: 'Actions',
                      label: 'Actions',
                      cell: (p: ProposedPair) => (
                        <>
                          {!p.pinned && (
                            <Button
                              size="small"
                              onClick={() => void setRule(p.mentee.id, p.mentor.id, 'pin')}
                              aria-label={`Pin ${p.mentee.name} with ${p.mentor.name}`}
                            >
                              Pin
                            </Button>
                          )}{' '}
                          <Button
                            size="small"
                            onClick={() => void setRule(p.mentee.id, p.mentor.id, 'forbid')}
                            aria-label={`Forbid ${p.mentee.name} with ${p.mentor.name}`}
                          >
                            Forbid
                          </Button>
                        </>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {proposal.unmatched.length > 0 && (
            <>
              <h3>Unmatched mentees</h3>
              <ul className="plain-list">
                {proposal.unmatched.map((u) => (
                  <li key={u.mentee.id}>
                    {u.mentee.name}: {UNMATCHED_LABELS[u.reason]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function DashboardSection({ program }: { program: Program }) {
  const q = useQuery({
    queryKey: ['program', program.id, 'dashboard'],
    queryFn: () => Api.programDashboard(program.id),
  });
  const d: ProgramDashboard | null = q.data ?? null;
  if (!d) return null;
  const dash = (n: number | null) => (n === null ? '–' : String(n));
  return (
    <section className="card" aria-labelledby="dashboard-h">
      <h2 id="dashboard-h">Dashboard</h2>
      <dl className="stats">
        <div>
          <dt>Mentees</dt>
          <dd>{d.mentees}</dd>
        </div>
        <div>
          <dt>Mentors (capacity)</dt>
          <dd>
            {d.mentors} ({d.capacity})
          </dd>
        </div>
        <div>
          <dt>Matched</dt>
          <dd>{d.matched}</dd>
        </div>
        <div>
          <dt>Unmatched</dt>
          <dd>{d.unmatched}</dd>
        </div>
        <div>
          <dt>Check-ins logged</dt>
          <dd>{dash(d.check_ins)}</dd>
        </div>
        <div>
          <dt>At risk (no check-in for 30 days)</dt>
          <dd>{dash(d.at_risk)}</dd>
        </div>
      </dl>
      {d.status === 'published' && d.pairs.length > 0 && (
        <Table
          caption={<span className="visually-hidden">Mentorships</span>}
          rows={d.pairs}
          rowKey={(p) => p.mentee.id}
          columns={[
            { key: 'mentee', header: 'Mentee', label: 'Mentee', cell: (p) => p.mentee.name },
            { key: 'mentor', header: 'Mentor', label: 'Mentor', cell: (p) => p.mentor.name },
            { key: 'checkins', header: 'Check-ins', label: 'Check-ins', cell: (p) => dash(p.check_ins), numeric: true },
            { key: 'last', header: 'Last check-in', label: 'Last check-in', cell: (p) => (p.last_check_in ? formatDate(p.last_check_in) : '–') },
            { key: 'risk', header: 'At risk', label: 'At risk', cell: (p) => (p.at_risk === null ? '–' : p.at_risk ? 'Yes' : 'No') },
          ]}
        />
      )}
    </section>
  );
}

function LeadView({ program, reload }: { program: Program; reload: () => void }) {
  const invalidate = useInvalidate();
  const pq = useQuery({
    queryKey: ['program', program.id, 'participants'],
    queryFn: () => Api.programParticipants(program.id).then((r) => r.items),
  });
  const participants: ProgramParticipant[] = pq.data ?? [];
  const loadParticipants = () => void invalidate(['program', program.id, 'participants']);
  const [confirmClose, setConfirmClose] = useState(false);
  const editable = program.status === 'draft' || program.status === 'matching';
  const [closeError, setCloseError] = useState<string | null>(null);
  const close = async () => {
    setCloseError(null);
    await Api.closeProgram(program.id);
    reload();
  };
  return (
    <>
      {closeError && <Alert>{closeError}</Alert>}
      {program.status === 'published' && (
        <p>
          <Button onClick={() => setConfirmClose(true)}>
            Close program
          </Button>
        </p>
      )}
      <ConfirmDialog
        open={confirmClose}
        title="Close this program?"
        message={<p>Its mentorships stay as they are; no new matching or preferences after this.</p>}
        confirmLabel="Close program"
        danger
        onClose={() => setConfirmClose(false)}
        onConfirm={close}
      />
      <DashboardSection program={program} />
      {editable && (
        <ImportSection
          program={program}
          onImported={() => {
            loadParticipants();
            reload();
          }}
        />
      )}
      <ParticipantsSection participants={participants} />
      <MatchingSection program={program} participants={participants} onChanged={reload} />
    </>
  );
}

function PreferencesView({ program, onSaved }: { program: Program; onSaved: (p: Program) => void }) {
  const me = program.me!;
  const [ranked, setRanked] = useState<string[]>(() => Array.from({ length: 5 }, (_, i) => String(me.ranked[i] ?? '')));
  const [avoid, setAvoid] = useState<number[]>(me.avoid);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const editable = program.status === 'draft' || program.status === 'matching';
  const isMentee = me.role === 'mentee';
  // Unsaved: the choices differ from what the program holds for me.
  const stored = JSON.stringify([me.ranked.slice(0, 5).map(String), [...me.avoid].sort()]);
  const current = JSON.stringify([ranked.filter((r) => r !== ''), [...avoid].sort()]);
  useUnsavedChanges(editable && stored !== current);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setErrors({});
    setSaved(false);
    try {
      const p = await Api.setPreferences(program.id, {
        ranked: isMentee ? ranked.filter((r) => r !== '').map(Number) : [],
        avoid,
      });
      setSaved(true);
      onSaved(p);
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(errorText(err, 'Could not save your preferences.'));
    }
  };

  // Ranked field errors point at positions among the filled choices.
  const filled = ranked.map((r, i) => ({ r, i })).filter((x) => x.r !== '');
  const rankError = (i: number) => {
    const k = filled.findIndex((x) => x.i === i);
    return k >= 0 ? errors[`ranked[${k}]`] : undefined;
  };

  if (!editable) return null;
  return (
    <form className="card" onSubmit={save} noValidate aria-labelledby="prefs-h">
      <h2 id="prefs-h">Your preferences</h2>
      {error && <Alert>{error}</Alert>}
      {saved && (
        <p role="status" className="alert alert-success">
          Preferences saved.
        </p>
      )}
      {isMentee && (
        <fieldset className="field">
          <legend>Mentors you would like, best first (up to 5)</legend>
          {ranked.map((value, i) => (
            <SelectField
              key={i}
              label={`Choice ${i + 1}`}
              optional
              value={value}
              error={rankError(i)}
              onChange={(v) => setRanked((prev) => prev.map((x, j) => (j === i ? v : x)))}
            >
              <option value="">No choice</option>
              {program.counterparts.map((c) => (
                <option key={c.member.id} value={String(c.member.id)}>
                  {c.member.name}
                  {c.member.headline ? ` — ${c.member.headline}` : ''}
                </option>
              ))}
            </SelectField>
          ))}
        </fieldset>
      )}
      <fieldset className="field">
        <legend>{isMentee ? 'Mentors' : 'Mentees'} you would rather not be paired with</legend>
        {program.counterparts.length === 0 ? (
          <p className="hint">Nobody yet.</p>
        ) : (
          <ul className="checkbox-list">
            {program.counterparts.map((c) => (
              <li key={c.member.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={avoid.includes(c.member.id)}
                    onChange={() => setAvoid((prev) => (prev.includes(c.member.id) ? prev.filter((x) => x !== c.member.id) : [...prev, c.member.id]))}
                    aria-invalid={errors[`avoid[${avoid.indexOf(c.member.id)}]`] ? true : undefined}
                  />{' '}
                  {c.member.name}
                </label>
              </li>
            ))}
          </ul>
        )}
        {Object.entries(errors)
          .filter(([k]) => k.startsWith('avoid'))
          .map(([k, m]) => (
            <p key={k} className="field-error">
              {m}
            </p>
          ))}
      </fieldset>
      <Button variant="primary" type="submit" >
        Save preferences
      </Button>
    </form>
  );
}

export function ProgramPage({ id }: { id: number }) {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['program', id, 'detail'], queryFn: () => Api.program(id) });
  const program: Program | null = q.data ?? null;
  const error = q.error ? errorText(q.error, 'Could not load the program.') : null;
  const setProgram = (p: Program) => qc.setQueryData(['program', id, 'detail'], p);
  const load = () => void qc.invalidateQueries({ queryKey: ['program', id] });
  useTitle(program ? program.name : 'Program');

  if (error) {
    return (
      <div className="narrow">
        <h1>Program</h1>
        <Alert>{error}</Alert>
        <Link to="/programs">All programs</Link>
      </div>
    );
  }
  if (!program) return <Loading />;
  return (
    <div className="program">
      <p>
        <Link to="/programs">← All programs</Link>
      </p>
      <h1>{program.name}</h1>
      <p className="meta">
        <span>{STATUS_LABELS[program.status]}</span> · <span>you: {ROLE_LABELS[program.my_role]}</span> ·{' '}
        <span>
          {program.mentees} mentees, {program.mentors} mentors
        </span>{' '}
        · <span>led by {program.leads.map((l) => l.name).join(', ')}</span>
      </p>
      {program.description && <p className="lead">{program.description}</p>}
      {program.my_pairs.length > 0 && (
        <section className="card" aria-labelledby="my-match-h">
          <h2 id="my-match-h">Your match</h2>
          <ul className="plain-list">
            {program.my_pairs.map((p) => (
              <li key={`${p.mentee}-${p.mentor}`}>
                {program.me?.role === 'mentor' ? 'Mentee' : 'Mentor'}: <Link to={`/members/${p.partner.id}`}>{p.partner.name}</Link>
                {p.partner.headline && ` — ${p.partner.headline}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {program.me && program.my_role !== 'lead' && <PreferencesView program={program} onSaved={setProgram} />}
      {program.my_role === 'lead' && <LeadView program={program} reload={load} />}
    </div>
  );
}
