import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Api, ApiError, type FieldError, type OpenToKey, type Profile, type Section, type Visibility } from '../api';
import { useAuth, useMe } from '../auth';
import {
  Alert,
  FieldErrorText,
  LEVEL_LABELS,
  OPEN_TO_LABELS,
  SelectField,
  STAGE_LABELS,
  TextAreaField,
  TextField,
  describedBy,
  useTitle,
} from '../components/ui';
import { Link, useSearchParams } from 'react-router';
import { useUnsavedChanges } from '../components/UnsavedChanges';
import { Button } from '../components/Button';

const LIMITS = { fields: 10, skills: 50, goals: 10 };

const SECTION_LABELS: Record<Section, { label: string; hint: string }> = {
  bio: { label: 'About (bio)', hint: '' },
  details: { label: 'Details (location, organization, open to)', hint: '' },
  skills: { label: 'Fields and skills', hint: '' },
  goals: { label: 'Goals', hint: '' },
  connections: { label: 'Connections list', hint: '' },
};

const VISIBILITY_LABELS: Record<Visibility, string> = {
  public: 'Everyone (public)',
  members: 'Members of this network',
  connections: 'My connections only',
};

const SECTIONS: Section[] = ['bio', 'details', 'skills', 'goals', 'connections'];

function normalize(p: Profile): Profile {
  return {
    name: p.name ?? '',
    headline: p.headline ?? '',
    bio: p.bio ?? '',
    location: p.location ?? '',
    organization: p.organization ?? '',
    stage: p.stage ?? '',
    fields: [...(p.fields ?? [])],
    skills: (p.skills ?? []).map((s) => ({ ...s })),
    goals: [...(p.goals ?? [])],
    open_to: { mentoring: false, being_mentored: false, opportunities: false, ...((p.open_to ?? {}) as Partial<Profile['open_to']>) },
    visibility: {
      bio: 'members',
      details: 'members',
      skills: 'members',
      goals: 'connections',
      connections: 'connections',
      ...((p.visibility ?? {}) as Partial<Profile['visibility']>),
    },
    discoverable: p.discoverable ?? true,
  };
}

/** The body sent with PATCH /me/profile: every key, trimmed, without empty goals. */
function toPatch(d: Profile): Partial<Profile> {
  const patch: Partial<Profile> = {
    name: d.name.trim(),
    headline: d.headline.trim(),
    bio: d.bio,
    location: d.location.trim(),
    organization: d.organization.trim(),
    fields: d.fields,
    skills: d.skills,
    goals: d.goals.map((g) => g.trim()).filter(Boolean),
    open_to: d.open_to,
    visibility: d.visibility,
    discoverable: d.discoverable,
  };
  if (d.stage) patch.stage = d.stage;
  return patch;
}

type Errors = Record<string, string[]>;

interface Pending {
  field: string;
  skill: string;
  level: string;
  goal: string;
}
const EMPTY_PENDING: Pending = { field: '', skill: '', level: '3', goal: '' };

const tidy = (v: string) => v.trim().replace(/\s+/g, ' ');

/** Adds what was typed in the "add" inputs (if valid and new) to the draft. */
function withPending(d: Profile, p: Pending): Profile {
  const out = { ...d };
  const f = tidy(p.field);
  if (f && !d.fields.some((x) => x.toLowerCase() === f.toLowerCase())) out.fields = [...d.fields, f];
  const s = tidy(p.skill);
  if (s && !d.skills.some((x) => x.name.toLowerCase() === s.toLowerCase())) out.skills = [...d.skills, { name: s, level: Number(p.level) }];
  const g = p.goal.trim();
  if (g) out.goals = [...d.goals, g];
  return out;
}

function indexErrors(details: FieldError[]): Errors {
  const e: Errors = {};
  for (const d of details) (e[d.field] ??= []).push(d.message);
  return e;
}

export function ProfilePage() {
  const me = useMe();
  const { setMe } = useAuth();
  const [params] = useSearchParams();
  useTitle('My profile');

  const [saved, setSaved] = useState<Profile>(() => normalize(me.profile));
  const [draft, setDraft] = useState<Profile>(() => normalize(me.profile));
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<string[] | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const summaryRef = useRef<HTMLDivElement>(null);
  // Text typed into the "Add a field / skill / goal" inputs but not added yet: saved too.
  const [pending, setPendingState] = useState<Pending>(EMPTY_PENDING);
  const setPending = (p: Partial<Pending>) => {
    setPendingState((old) => ({ ...old, ...p }));
    setStatus('idle');
  };

  const dirty = useMemo(
    () =>
      JSON.stringify(toPatch(draft)) !== JSON.stringify(toPatch(saved)) ||
      !!(pending.field.trim() || pending.skill.trim() || pending.goal.trim()),
    [draft, saved, pending],
  );


  useUnsavedChanges(dirty && status !== 'saving');

  const update = (patch: Partial<Profile>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setStatus('idle');
  };

  // Errors for one path (exact), or for everything under it (prefix).
  const err = (path: string): string | undefined => errors[path]?.join(' ');
  const errUnder = (prefix: string): string | undefined => {
    const msgs = Object.entries(errors)
      .filter(([k]) => k === prefix || k.startsWith(prefix + '.') || k.startsWith(prefix + '['))
      .flatMap(([, v]) => v);
    return msgs.length ? msgs.join(' ') : undefined;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const merged = withPending(draft, pending);
    setPendingState((p) => ({ ...EMPTY_PENDING, level: p.level }));
    const patch = toPatch(merged);
    // Keep what was sent in the form so that error indices (goals[1]) line up.
    const sentDraft = { ...merged, goals: patch.goals ?? [] };
    setDraft(sentDraft);
    setStatus('saving');
    setErrors({});
    setSummary(null);
    try {
      const updated = await Api.updateProfile(patch);
      setMe(updated);
      const n = normalize(updated.profile);
      setSaved(n);
      setDraft(n);
      setStatus('saved');
    } catch (ex) {
      setStatus('idle');
      if (ex instanceof ApiError) {
        const e2 = indexErrors(ex.details);
        setErrors(e2);
        const lines = ex.details.length
          ? ex.details.map((d) => `${fieldLabel(d.field, sentDraft)}: ${d.message}`)
          : [ex.userMessage];
        setSummary(lines);
      } else {
        setSummary(['Something went wrong. Please try again.']);
      }
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  };

  return (
    <div className="profile-page">
      <h1>My profile</h1>
      {params.get('welcome') && (
        <Alert tone="info">
          Welcome to pln, {me.profile.name.split(/\s+/)[0]}! Start by telling people who you are and what you want to learn.
          Everything except your name is optional.
        </Alert>
      )}
      <p className="lead">
        This is how other members see you. <Link to={`/members/${me.id}`}>View my public page</Link>
      </p>

      <form onSubmit={submit} noValidate className="profile-form">
        {summary && (
          <div ref={summaryRef} tabIndex={-1} className="alert alert-error" role="alert">
            <p>
              <strong>Your profile was not saved.</strong>
              {Object.keys(errors).length > 0 && ' Please correct these:'}
            </p>
            <ul>
              {summary.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          </div>
        )}

        <fieldset className="card" id="basics">
          <legend>Basics</legend>
          <TextField label="Name" required maxLength={100} autoComplete="name" value={draft.name} onChange={(v) => update({ name: v })} error={err('name')} />
          <TextField
            label="Headline"
            optional
            maxLength={160}
            hint="One line, e.g. “Junior data analyst learning machine learning”."
            value={draft.headline}
            onChange={(v) => update({ headline: v })}
            error={err('headline')}
          />
          <SelectField label="Career stage" optional value={draft.stage ?? ''} onChange={(v) => update({ stage: v as Profile['stage'] })} error={err('stage')}>
            {!saved.stage && <option value="">Not set</option>}
            {Object.entries(STAGE_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </SelectField>
        </fieldset>

        <fieldset className="card" id="about">
          <legend>About you</legend>
          <TextAreaField
            label="Bio"
            optional
            rows={6}
            maxLength={4000}
            hint="What you do, what you are learning, how people can help. Markdown is allowed."
            value={draft.bio}
            onChange={(v) => update({ bio: v })}
            error={err('bio')}
          />
          <div className="grid-2">
            <TextField label="Location" optional maxLength={100} autoComplete="address-level2" value={draft.location} onChange={(v) => update({ location: v })} error={err('location')} />
            <TextField
              label="Organization"
              optional
              maxLength={120}
              autoComplete="organization"
              value={draft.organization}
              onChange={(v) => update({ organization: v })}
              error={err('organization')}
            />
          </div>
        </fieldset>

        <FieldsEditor
          text={pending.field}
          setText={(field) => setPending({ field })}
          fields={draft.fields}
          onChange={(fields) => update({ fields })}
          error={errUnder('fields')}
        />

        <SkillsEditor
          name={pending.skill}
          setName={(skill) => setPending({ skill })}
          level={pending.level}
          setLevel={(level) => setPending({ level })}
          skills={draft.skills} onChange={(skills) => update({ skills })} errors={errors} />

        <GoalsEditor text={pending.goal} setText={(goal) => setPending({ goal })} goals={draft.goals} onChange={(goals) => update({ goals })} errors={errors} />

        <fieldset className="card" id="open-to" aria-describedby="open-to-hint">
          <legend>Open to</legend>
          <p className="hint" id="open-to-hint">
            Let people know how they can reach out to you.
          </p>
          {(Object.keys(OPEN_TO_LABELS) as OpenToKey[]).map((k) => (
            <div className="check" key={k}>
              <input
                type="checkbox"
                id={`open-to-${k}`}
                checked={draft.open_to[k]}
                onChange={(e) => update({ open_to: { ...draft.open_to, [k]: e.target.checked } })}
              />
              <label htmlFor={`open-to-${k}`}>{OPEN_TO_LABELS[k]}</label>
            </div>
          ))}
          {errUnder('open_to') && <FieldErrorText id="open-to-error">{errUnder('open_to')}</FieldErrorText>}
        </fieldset>

        <fieldset className="card" id="privacy" aria-describedby="privacy-hint">
          <legend>Privacy</legend>
          <p className="hint" id="privacy-hint">
            Your name, headline and career stage are always visible. Choose who can see the rest.
          </p>
          <div className="grid-2">
            {SECTIONS.map((s) => (
              <SelectField
                key={s}
                label={`Who can see: ${SECTION_LABELS[s].label}`}
                hint={SECTION_LABELS[s].hint || undefined}
                value={draft.visibility[s]}
                onChange={(v) => update({ visibility: { ...draft.visibility, [s]: v as Visibility } })}
                error={err(`visibility.${s}`)}
              >
                {(Object.keys(VISIBILITY_LABELS) as Visibility[]).map((v) => (
                  <option key={v} value={v}>
                    {VISIBILITY_LABELS[v]}
                  </option>
                ))}
              </SelectField>
            ))}
          </div>
          <div className="check">
            <input
              type="checkbox"
              id="discoverable"
              checked={draft.discoverable}
              onChange={(e) => update({ discoverable: e.target.checked })}
              aria-describedby="discoverable-hint"
            />
            <label htmlFor="discoverable">Show me in the directory and in recommendations</label>
          </div>
          <p className="hint check-hint" id="discoverable-hint">
            When off, people can still open your page from a link or a connection.
          </p>
          {err('discoverable') && <FieldErrorText id="discoverable-error">{err('discoverable')!}</FieldErrorText>}
        </fieldset>

        <div className="save-bar">
          <Button variant="primary" type="submit" disabled={status === 'saving'}>
            {status === 'saving' ? 'Saving…' : 'Save profile'}
          </Button>
          <p role="status" className="save-status">
            {status === 'saved' && !dirty ? (
              <span className="saved">
                <span aria-hidden="true">✓ </span>Saved
              </span>
            ) : dirty ? (
              <span className="muted">You have unsaved changes.</span>
            ) : null}
          </p>
        </div>
      </form>
    </div>
  );
}

function fieldLabel(path: string, d: Profile): string {
  const m = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path);
  if (!m) return path;
  const [, root, idx, sub] = m;
  const i = idx !== undefined ? Number(idx) : undefined;
  switch (root) {
    case 'name':
      return 'Name';
    case 'headline':
      return 'Headline';
    case 'bio':
      return 'Bio';
    case 'location':
      return 'Location';
    case 'organization':
      return 'Organization';
    case 'stage':
      return 'Career stage';
    case 'fields':
      return i !== undefined ? `Field “${d.fields[i] ?? i + 1}”` : 'Fields of interest';
    case 'skills':
      return i !== undefined ? `Skill “${d.skills[i]?.name ?? i + 1}”${sub === 'level' ? ' level' : ''}` : 'Skills';
    case 'goals':
      return i !== undefined ? `Goal ${i + 1}` : 'Goals';
    case 'visibility':
      return sub && sub in SECTION_LABELS ? `Visibility of ${SECTION_LABELS[sub as Section].label}` : 'Visibility';
    case 'open_to':
      return 'Open to';
    case 'discoverable':
      return 'Directory listing';
    default:
      return path;
  }
}

function onEnter(fn: () => void) {
  return (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      fn();
    }
  };
}

interface TextState {
  text: string;
  setText: (v: string) => void;
}

function FieldsEditor({
  text,
  setText,
  fields,
  onChange,
  error,
}: TextState & { fields: string[]; onChange: (f: string[]) => void; error?: string }) {
  const [local, setLocal] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const add = () => {
    const v = tidy(text);
    if (!v) {
      setLocal('Type a field first, e.g. Data Science.');
      return;
    }
    if (fields.some((f) => f.toLowerCase() === v.toLowerCase())) {
      setLocal(`“${v}” is already in your fields.`);
      return;
    }
    if (fields.length >= LIMITS.fields) {
      setLocal(`You can list at most ${LIMITS.fields} fields.`);
      return;
    }
    onChange([...fields, v]);
    setText('');
    setLocal(null);
    inputRef.current?.focus();
  };
  const remove = (i: number) => {
    onChange(fields.filter((_, j) => j !== i));
    inputRef.current?.focus();
  };
  const message = local ?? error;
  return (
    <fieldset className="card" id="fields" aria-describedby={`${id}-hint`}>
      <legend>Fields of interest</legend>
      <p className="hint" id={`${id}-hint`}>
        The areas you work or want to work in, e.g. Data Science or UX Design. Up to {LIMITS.fields}.
      </p>
      {fields.length > 0 ? (
        <ul className="chips" aria-label="Your fields of interest">
          {fields.map((f, i) => (
            <li key={f + i} className="chip">
              <span>{f}</span>
              <button type="button" className="chip-remove" aria-label={`Remove field ${f}`} onClick={() => remove(i)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No fields yet.</p>
      )}
      <div className="add-row">
        <div className={`field grow${message ? ' has-error' : ''}`}>
          <label htmlFor={`${id}-new`}>Add a field</label>
          <input
            id={`${id}-new`}
            ref={inputRef}
            value={text}
            maxLength={60}
            onChange={(e) => {
              setText(e.target.value);
              setLocal(null);
            }}
            onKeyDown={onEnter(add)}
            aria-invalid={message ? true : undefined}
            aria-describedby={describedBy(message && `${id}-error`)}
          />
        </div>
        <Button onClick={add}>
          Add field
        </Button>
      </div>
      {message && <FieldErrorText id={`${id}-error`}>{message}</FieldErrorText>}
    </fieldset>
  );
}

function SkillsEditor({
  name,
  setName,
  level,
  setLevel,
  skills,
  onChange,
  errors,
}: {
  name: string;
  setName: (v: string) => void;
  level: string;
  setLevel: (v: string) => void;
  skills: Profile['skills'];
  onChange: (s: Profile['skills']) => void;
  errors: Errors;
}) {
  const [local, setLocal] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const add = () => {
    const v = tidy(name);
    if (!v) {
      setLocal('Type a skill first, e.g. Python.');
      return;
    }
    if (skills.some((s) => s.name.toLowerCase() === v.toLowerCase())) {
      setLocal(`“${v}” is already in your skills.`);
      return;
    }
    if (skills.length >= LIMITS.skills) {
      setLocal(`You can list at most ${LIMITS.skills} skills.`);
      return;
    }
    onChange([...skills, { name: v, level: Number(level) }]);
    setName('');
    setLocal(null);
    nameRef.current?.focus();
  };
  const listError = errors['skills']?.join(' ');
  const levelOptions = [1, 2, 3, 4, 5].map((n) => (
    <option key={n} value={n}>
      {n} – {LEVEL_LABELS[n]}
    </option>
  ));
  return (
    <fieldset className="card" id="skills" aria-describedby={`${id}-hint`}>
      <legend>Skills</legend>
      <p className="hint" id={`${id}-hint`}>
        Rate yourself honestly from 1 (beginner) to 5 (expert); it helps people offer the right help. Up to {LIMITS.skills}.
      </p>
      {skills.length > 0 ? (
        <ul className="skill-list" aria-label="Your skills">
          {skills.map((s, i) => {
            const e = Object.entries(errors)
              .filter(([k]) => k === `skills[${i}]` || k.startsWith(`skills[${i}].`))
              .flatMap(([, v]) => v)
              .join(' ');
            const eid = `${id}-skill-${i}-error`;
            return (
              <li key={s.name + i} className={`skill-row${e ? ' has-error' : ''}`}>
                <span className="skill-name">{s.name}</span>
                <label className="visually-hidden" htmlFor={`${id}-level-${i}`}>
                  Level for {s.name}
                </label>
                <select
                  id={`${id}-level-${i}`}
                  value={String(s.level)}
                  aria-invalid={e ? true : undefined}
                  aria-describedby={describedBy(e && eid)}
                  onChange={(ev) => onChange(skills.map((x, j) => (j === i ? { ...x, level: Number(ev.target.value) } : x)))}
                >
                  {levelOptions}
                </select>
                <Button variant="danger-link"
                  aria-label={`Remove skill ${s.name}`}
                  onClick={() => {
                    onChange(skills.filter((_, j) => j !== i));
                    nameRef.current?.focus();
                  }}
                >
                  Remove
                </Button>
                {e && <FieldErrorText id={eid}>{e}</FieldErrorText>}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">No skills yet.</p>
      )}
      <div className="add-row">
        <div className={`field grow${local ? ' has-error' : ''}`}>
          <label htmlFor={`${id}-name`}>Add a skill</label>
          <input
            id={`${id}-name`}
            ref={nameRef}
            value={name}
            maxLength={60}
            onChange={(e) => {
              setName(e.target.value);
              setLocal(null);
            }}
            onKeyDown={onEnter(add)}
            aria-invalid={local ? true : undefined}
            aria-describedby={describedBy(local && `${id}-add-error`)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-level`}>Level</label>
          <select id={`${id}-level`} value={level} onChange={(e) => setLevel(e.target.value)}>
            {levelOptions}
          </select>
        </div>
        <Button onClick={add}>
          Add skill
        </Button>
      </div>
      {local && <FieldErrorText id={`${id}-add-error`}>{local}</FieldErrorText>}
      {listError && <FieldErrorText id={`${id}-list-error`}>{listError}</FieldErrorText>}
    </fieldset>
  );
}

function GoalsEditor({
  text,
  setText,
  goals,
  onChange,
  errors,
}: TextState & { goals: string[]; onChange: (g: string[]) => void; errors: Errors }) {
  const [local, setLocal] = useState<string | null>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const add = () => {
    const v = text.trim();
    if (!v) {
      setLocal('Type a goal first, e.g. “Land my first data role”.');
      return;
    }
    if (goals.length >= LIMITS.goals) {
      setLocal(`You can set at most ${LIMITS.goals} goals.`);
      return;
    }
    onChange([...goals, v]);
    setText('');
    setLocal(null);
    newRef.current?.focus();
  };
  const listError = errors['goals']?.join(' ');
  return (
    <fieldset className="card" id="goals" aria-describedby={`${id}-hint`}>
      <legend>Goals</legend>
      <p className="hint" id={`${id}-hint`}>
        What you want to achieve. Mentors use these to see how they can help. Up to {LIMITS.goals}.
      </p>
      {goals.length > 0 ? (
        <ol className="goal-list">
          {goals.map((g, i) => {
            const e = errors[`goals[${i}]`]?.join(' ');
            const eid = `${id}-goal-${i}-error`;
            return (
              <li key={i} className={`goal-row${e ? ' has-error' : ''}`}>
                <label className="visually-hidden" htmlFor={`${id}-goal-${i}`}>
                  Goal {i + 1}
                </label>
                <input
                  id={`${id}-goal-${i}`}
                  value={g}
                  maxLength={280}
                  aria-invalid={e ? true : undefined}
                  aria-describedby={describedBy(e && eid)}
                  onChange={(ev) => onChange(goals.map((x, j) => (j === i ? ev.target.value : x)))}
                />
                <Button variant="danger-link"
                  aria-label={`Remove goal ${i + 1}`}
                  onClick={() => {
                    onChange(goals.filter((_, j) => j !== i));
                    newRef.current?.focus();
                  }}
                >
                  Remove
                </Button>
                {e && <FieldErrorText id={eid}>{e}</FieldErrorText>}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="muted">No goals yet.</p>
      )}
      <div className="add-row">
        <div className={`field grow${local ? ' has-error' : ''}`}>
          <label htmlFor={`${id}-new`}>Add a goal</label>
          <input
            id={`${id}-new`}
            ref={newRef}
            value={text}
            maxLength={280}
            onChange={(e) => {
              setText(e.target.value);
              setLocal(null);
            }}
            onKeyDown={onEnter(add)}
            aria-invalid={local ? true : undefined}
            aria-describedby={describedBy(local && `${id}-add-error`)}
          />
        </div>
        <Button onClick={add}>
          Add goal
        </Button>
      </div>
      {local && <FieldErrorText id={`${id}-add-error`}>{local}</FieldErrorText>}
      {listError && <FieldErrorText id={`${id}-list-error`}>{listError}</FieldErrorText>}
    </fieldset>
  );
}
