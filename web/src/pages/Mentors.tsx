import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Api, ApiError, type MentorMatch, type MentorOfferInput } from '../api';
import { Dialog } from '../components/Dialog';
import { Alert, Avatar, EmptyState, Loading, SelectField, TextAreaField, TextField, formatDate, useTitle } from '../components/ui';
import { Link, useSearchParams } from 'react-router';
import { NumberField } from '../components/Pickers';
import { useToast } from '../components/Toast';
import { useUnsavedChanges } from '../components/UnsavedChanges';
import { useInvalidate } from '../lib/query';
import { Button } from '../components/Button';

function errorText(e: unknown, fallback: string): string {
  if (!(e instanceof ApiError)) return fallback;
  const fields = e.details.map((d) => `${d.field}: ${d.message}`).join('; ');
  return fields ? `${e.userMessage} (${fields})` : e.userMessage;
}

function splitList(s: string): string[] {
  return s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** Mentor discovery: mentors ranked for me, with reasons, and the request dialog. */
export function MentorsPage() {
  useTitle('Find a mentor');
  // The filter lives in the URL, so Home can link to "mentors in Data Science".
  const [params, setParams] = useSearchParams();
  const query = { skill: params.get('skill') ?? '', field: params.get('field') ?? '' };
  const [skill, setSkill] = useState(query.skill);
  const [field, setField] = useState(query.field);
  useEffect(() => {
    setSkill(query.skill);
    setField(query.field);
  }, [query.skill, query.field]);
  const [asking, setAsking] = useState<MentorMatch | null>(null);
  const toast = useToast();
  const invalidate = useInvalidate();
  const q = useQuery({
    queryKey: ['mentors', query.skill, query.field],
    queryFn: () => Api.mentors({ skill: query.skill, field: query.field, limit: 50 }),
  });
  const items = q.data?.items ?? [];
  const loading = q.isPending;
  const error = q.error ? errorText(q.error, 'Could not load mentors.') : null;

  const search = (e: FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (skill.trim()) next.skill = skill.trim();
    if (field.trim()) next.field = field.trim();
    setParams(next);
  };

  return (
    <div className="mentors">
      <h1>Find a mentor</h1>
      <p className="lead">
        Mentors ranked for you by fit with your goals and skills, how close they are in your network, how fast they answer
        and whether they have room. See also <Link to="/mentoring">your mentoring</Link>.
      </p>
      <form className="card filters" onSubmit={search} role="search" aria-label="Filter mentors">
        <TextField label="Skill" optional value={skill} onChange={setSkill} />
        <TextField label="Field" optional value={field} onChange={setField} />
        <Button variant="primary" type="submit" >
          Search
        </Button>
      </form>
      {error && <Alert>{error}</Alert>}
      {loading ? (
        <Loading />
      ) : items.length === 0 ? (
        <EmptyState title="No mentors match.">
          <p>Try without a filter, or add goals and skills to your profile so mentors can be ranked for you.</p>
        </EmptyState>
      ) : (
        <ul className="mentor-list list">
          {items.map((m) => (
            <li key={m.offer.mentor.id} className="card mentor">
              <Avatar name={m.offer.mentor.name} />
              <div className="mentor-body">
                <h2>
                  <Link to={`/members/${m.offer.mentor.id}`}>{m.offer.mentor.name}</Link>
                </h2>
                {m.offer.mentor.headline && <p className="headline">{m.offer.mentor.headline}</p>}
                <p className="meta">
                  {m.full ? 'Full right now' : `${m.offer.open_slots} of ${m.offer.capacity} slots open`} · {m.offer.cadence}, {m.offer.format.replace('_', ' ')}
                  {m.offer.median_response_hours !== null && ` · answers in about ${m.offer.median_response_hours < 48 ? `${m.offer.median_response_hours} h` : `${Math.round(m.offer.median_response_hours / 24)} days`}`}
                  {m.offer.last_active_at && ` · active ${formatDate(m.offer.last_active_at)}`}
                </p>
                <p>Helps with: {[...m.offer.fields, ...m.offer.skills].join(', ')}</p>
                <div className="markdown" dangerouslySetInnerHTML={{ __html: m.offer.help_html }} />
                <h3 className="visually-hidden">Why this mentor</h3>
                <ul className="reasons" aria-label={`Why ${m.offer.mentor.name}`}>
                  {m.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </div>
              <Button variant="primary" disabled={m.full} onClick={() => setAsking(m)}>
                Ask {m.offer.mentor.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {asking && (
        <RequestDialog
          match={asking}
          onClose={() => setAsking(null)}
          onSent={() => {
            toast(`Request sent to ${asking.offer.mentor.name}.`);
            setAsking(null);
            void invalidate(['mentors'], ['mentoring']);
          }}
        />
      )}
      <OfferEditor />
    </div>
  );
}

function RequestDialog({ match, onClose, onSent }: { match: MentorMatch; onClose: () => void; onSent: () => void }) {
  const [message, setMessage] = useState('');
  useUnsavedChanges(message.trim() !== '');
  const [goals, setGoals] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await Api.askMentor({ mentor: match.offer.mentor.id, message, goals: goals.split('\n').map((g) => g.trim()).filter(Boolean) });
      onSent();
    } catch (err) {
      setError(errorText(err, 'Could not send the request.'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open title={`Ask ${match.offer.mentor.name} to mentor you`} onClose={onClose}>
      <form onSubmit={submit}>
        {error && <Alert>{error}</Alert>}
        <TextAreaField label="Message" value={message} onChange={setMessage} maxLength={2000} required />
        <TextAreaField label="Goals" hint="One goal per line, up to 5." value={goals} onChange={setGoals} required />
        <div className="dialog-actions">
          <Button onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" disabled={busy}>
            Send request
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** The caller's own mentor offer: publish, update or pause. */
function OfferEditor() {
  const offer = useQuery({
    queryKey: ['mentor-offer'],
    queryFn: async () => {
      try {
        return await Api.myMentorOffer();
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null; // no offer yet
        throw e;
      }
    },
  });
  const [fields, setFields] = useState('');
  const [skills, setSkills] = useState('');
  const [help, setHelp] = useState('');
  const [format, setFormat] = useState<MentorOfferInput['format']>('video');
  const [cadence, setCadence] = useState<MentorOfferInput['cadence']>('biweekly');
  const [capacity, setCapacity] = useState('2');
  const [paused, setPaused] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [baseline, setBaseline] = useState('');
  const snapshot = JSON.stringify([fields, skills, help, format, cadence, capacity, paused]);

  // The form starts from the stored offer once it has loaded.
  useEffect(() => {
    if (offer.isPending) return;
    const o = offer.data;
    if (o) {
      setFields(o.fields.join(', '));
      setSkills(o.skills.join(', '));
      setHelp(o.help);
      setFormat(o.format);
      setCadence(o.cadence);
      setCapacity(String(o.capacity));
      setPaused(o.paused);
      setStatus(o.paused ? 'Your offer is paused.' : `Your offer is published: ${o.open_slots} of ${o.capacity} slots open.`);
      setBaseline(JSON.stringify([o.fields.join(', '), o.skills.join(', '), o.help, o.format, o.cadence, String(o.capacity), o.paused]));
    } else {
      setStatus(offer.isError ? 'Could not load your offer.' : 'You have not offered to mentor yet.');
      setBaseline(JSON.stringify(['', '', '', 'video', 'biweekly', '2', false]));
    }
  }, [offer.isPending, offer.data, offer.isError]);
  useUnsavedChanges(baseline !== '' && snapshot !== baseline);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const o = await Api.saveMentorOffer({ fields: splitList(fields), skills: splitList(skills), help, format, cadence, capacity: Number(capacity), paused });
      setStatus(o.paused ? 'Saved; your offer is paused.' : `Saved; ${o.open_slots} of ${o.capacity} slots open.`);
      setBaseline(snapshot);
    } catch (err) {
      setError(errorText(err, 'Could not save your offer.'));
    }
  };

  return (
    <section className="card offer-editor" aria-labelledby="offer-title">
      <h2 id="offer-title">Offer to mentor</h2>
      <p role="status">{status}</p>
      {error && <Alert>{error}</Alert>}
      <form onSubmit={save}>
        <TextField label="Fields" hint="Comma-separated." value={fields} onChange={setFields} />
        <TextField label="Skills" hint="Comma-separated." value={skills} onChange={setSkills} />
        <TextAreaField label="What you can help with" value={help} onChange={setHelp} maxLength={2000} />
        <SelectField label="Format" value={format} onChange={(v) => setFormat(v as MentorOfferInput['format'])}>
          <option value="video">Video calls</option>
          <option value="in_person">In person</option>
          <option value="chat">Chat</option>
          <option value="mixed">Mixed</option>
        </SelectField>
        <SelectField label="Cadence" value={cadence} onChange={(v) => setCadence(v as MentorOfferInput['cadence'])}>
          <option value="weekly">Weekly</option>
          <option value="biweekly">Every two weeks</option>
          <option value="monthly">Monthly</option>
        </SelectField>
        <NumberField label="Mentees at once" min={1} max={20} value={capacity} onChange={setCapacity} />
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={paused} onChange={(e) => setPaused(e.target.checked)} /> Pause my offer (no new requests)
          </label>
        </div>
        <Button variant="primary" type="submit" >
          Save offer
        </Button>
      </form>
    </section>
  );
}
