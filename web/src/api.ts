// Typed client for the pln JSON API v1 (docs/api.md).
// Cookie session + CSRF: the token from signup/login/GET /me is sent as
// X-CSRF-Token on every non-GET request.
//
// The shapes come from src/http/openapi.json through the generated ./api-schema.ts
// (cd web && npm run gen:api); the names below are the ones the pages use.
import type { components } from './api-schema';

type Schemas = components['schemas'];
type Item<List extends { items: unknown[] }> = List['items'][number];

export type Visibility = Schemas['Visibility'];
export type Stage = Schemas['CareerStage'];
export type Section = Schemas['Section'];
export type OpenTo = Schemas['OpenTo'];
export type OpenToKey = keyof OpenTo;
export type Skill = Schemas['Skill'];
export type Profile = Schemas['Profile'];
export type ProfilePatch = Schemas['ProfilePatch'];
export type Me = Schemas['Me'];
export type Relationship = Schemas['Relationship'];
export type ConnectionState = Relationship['connection'];
export type MemberView = Schemas['MemberView'];
export type MemberSummary = Schemas['MemberSummary'];
export type ConnectionRequest = Schemas['ConnectionRequest'];
export type Connection = Schemas['Connection'];

export type Criterion = Schemas['Criterion'];
export type Review = Schemas['Review'];
export type FeedbackRequest = Schemas['FeedbackRequest'];
export type ReviewerStatus = FeedbackRequest['reviewers'][number]['status'];
export type FeedbackRequestInput = Schemas['FeedbackRequestInput'];
export type SkillTimeline = Schemas['SkillTimeline'];
export type TimelinePoint = SkillTimeline['points'][number];
export type TimelineSeries = SkillTimeline['series'];
export type Reciprocity = Schemas['Reciprocity'];
export type ReviewerSuggestion = Item<Schemas['ReviewerSuggestionList']>;
export type Endorsement = Schemas['Endorsement'];
export type ShownReview = Item<Schemas['ShownReviewList']>;

export type MentorOffer = Schemas['MentorOffer'];
export type MentorOfferInput = Schemas['MentorOfferInput'];
export type MentorMatch = Schemas['MentorMatch'];
export type MentorshipRequest = Schemas['MentorshipRequest'];
export type MentorshipRequestStatus = MentorshipRequest['status'];
export type Mentorship = Schemas['Mentorship'];
export type GoalStatus = Mentorship['goals'][number]['status'];

export type Notification = Schemas['Notification'];
export type SuggestionReasons = Schemas['SuggestionReasons'];
export type PersonSuggestion = Schemas['PersonSuggestion'];
export type ConnectionPath = Schemas['ConnectionPath'];

export type ProgramStatus = Schemas['ProgramStatus'];
export type ProgramSummary = Item<Schemas['ProgramList']>;
export type ProgramRole = ProgramSummary['my_role'];
export type ProgramParticipant = Schemas['ProgramParticipant'];
export type Program = Schemas['Program'];
export type ImportRow = Schemas['ImportRow'];
export type ImportPreview = Schemas['ImportPreview'];
export type ProposedPair = Schemas['ProposedPair'];
export type Proposal = Schemas['Proposal'];
export type PairConstraint = Item<Schemas['PairConstraintList']>;
export type ProgramDashboard = Schemas['ProgramDashboard'];

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export type FieldError = Schemas['FieldError'];

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldError[];
  readonly retryAfter: number | null;

  constructor(status: number, code: string, message: string, details: FieldError[] = [], retryAfter: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.retryAfter = retryAfter;
  }

  /** A message suitable for showing to a person. */
  get userMessage(): string {
    if (this.status === 429) {
      const n = this.retryAfter ?? 60;
      return `Too many attempts, try again in ${n} second${n === 1 ? '' : 's'}.`;
    }
    return this.message || 'Something went wrong. Please try again.';
  }
}

const BASE = '/api/v1';

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null;
}

/** Called when an authenticated request gets 401 (the session ended elsewhere). */
export function setUnauthenticatedHandler(fn: (() => void) | null): void {
  onUnauthenticated = fn;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RequestOptions {
  /** Do not treat 401 as "session ended" (login, GET /me on load). */
  expect401?: boolean;
  signal?: AbortSignal;
}

async function send(method: Method, path: string, body: unknown, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await fetch(BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network_error', 'Could not reach the server. Check your connection and try again.');
  }
}

async function toError(res: Response): Promise<ApiError> {
  const retryHeader = res.headers.get('Retry-After');
  const retry = retryHeader !== null && /^\d+$/.test(retryHeader.trim()) ? parseInt(retryHeader, 10) : null;
  let code = 'http_error';
  let message = `The server answered ${res.status}.`;
  let details: FieldError[] = [];
  try {
    const data = await res.json();
    if (data && typeof data === 'object' && data.error) {
      code = String(data.error.code ?? code);
      message = String(data.error.message ?? message);
      if (Array.isArray(data.error.details)) {
        details = data.error.details
          .filter((d: unknown): d is FieldError => !!d && typeof d === 'object' && 'field' in d)
          .map((d: FieldError) => ({ field: String(d.field), message: String(d.message ?? '') }));
      }
    }
  } catch {
    // not JSON: keep the generic message
  }
  return new ApiError(res.status, code, message, details, retry);
}

export async function api<T>(method: Method, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  let res = await send(method, path, body, opts);
  if (res.status === 403 && method !== 'GET') {
    // The CSRF token may be stale (e.g. the session was renewed in another tab):
    // refresh it once from GET /me and retry.
    const err = await toError(res.clone());
    if (err.code === 'csrf_failed') {
      const meRes = await send('GET', '/me', undefined, opts);
      if (meRes.ok) {
        const me = (await meRes.json()) as Me;
        setCsrfToken(me.csrf_token);
        res = await send(method, path, body, opts);
      }
    }
  }
  if (res.status === 204) return undefined as T;
  if (!res.ok) {
    const err = await toError(res);
    if (res.status === 401 && !opts.expect401 && onUnauthenticated) onUnauthenticated();
    throw err;
  }
  const text = await res.text();
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(res.status, 'bad_response', 'The server sent an unreadable answer.');
  }
}

/** POSTs a CSV file as the body (program imports); JSON answer and errors as api(). */
async function postCsv<T>(path: string, csv: string): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'text/csv; charset=utf-8' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(BASE + path, { method: 'POST', headers, credentials: 'same-origin', body: csv });
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach the server. Check your connection and try again.');
  }
  if (!res.ok) {
    const err = await toError(res);
    if (res.status === 401 && onUnauthenticated) onUnauthenticated();
    throw err;
  }
  return (await res.json()) as T;
}

function qs(params: Record<string, string | number | null | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

export interface DirectoryQuery {
  q?: string;
  field?: string;
  skill?: string;
  stage?: string;
  open_to?: string;
  cursor?: string | null;
  limit?: number;
}

export const Api = {
  me: () => api<Me>('GET', '/me', undefined, { expect401: true }),
  signup: (body: { name: string; email: string; password: string }) =>
    api<Me>('POST', '/auth/signup', body, { expect401: true }),
  login: (body: { email: string; password: string }) => api<Me>('POST', '/auth/login', body, { expect401: true }),
  logout: () => api<void>('POST', '/auth/logout', undefined, { expect401: true }),
  updateProfile: (patch: Partial<Profile>) => api<Me>('PATCH', '/me/profile', patch),

  member: (id: number | string, signal?: AbortSignal) =>
    api<MemberView>('GET', `/members/${encodeURIComponent(String(id))}`, undefined, { expect401: true, signal }),
  members: (q: DirectoryQuery, signal?: AbortSignal) => api<Page<MemberView>>('GET', `/members${qs({ ...q })}`, undefined, { signal }),

  sendRequest: (to: number, note?: string) =>
    api<ConnectionRequest>('POST', '/connections/requests', note ? { to, note } : { to }),
  requests: (direction: 'incoming' | 'outgoing', cursor?: string | null, limit = 20) =>
    api<Page<ConnectionRequest>>('GET', `/connections/requests${qs({ direction, status: 'pending', cursor, limit })}`),
  acceptRequest: (id: number) => api<ConnectionRequest>('POST', `/connections/requests/${id}/accept`),
  declineRequest: (id: number) => api<ConnectionRequest>('POST', `/connections/requests/${id}/decline`),
  withdrawRequest: (id: number) => api<ConnectionRequest>('POST', `/connections/requests/${id}/withdraw`),

  connections: (cursor?: string | null, limit = 20) => api<Page<Connection>>('GET', `/connections${qs({ cursor, limit })}`),
  removeConnection: (memberId: number) => api<void>('DELETE', `/connections/${memberId}`),

  follow: (member: number) => api<{ member: number; following: boolean }>('POST', '/follows', { member }),
  unfollow: (member: number) => api<void>('DELETE', `/follows/${member}`),
  feedbackRequests: (role: 'requester' | 'reviewer', cursor?: string | null, limit = 20) =>
    api<{ items: FeedbackRequest[]; next_cursor: string | null }>(
      'GET',
      `/feedback/requests${qs({ role, cursor: cursor ?? undefined, limit: String(limit) })}`,
    ),
  feedbackRequest: (id: number | string) => api<FeedbackRequest>('GET', `/feedback/requests/${encodeURIComponent(String(id))}`),
  askFeedback: (body: FeedbackRequestInput) => api<FeedbackRequest>('POST', '/feedback/requests', body),
  respondFeedback: (id: number, action: 'accept' | 'decline') => api<FeedbackRequest>('POST', `/feedback/requests/${id}/${action}`),
  submitReview: (id: number, body: { ratings: Record<string, number>; strengths: string; improvements: string; next_step: string }) =>
    api<Review>('POST', `/feedback/requests/${id}/reviews`, body),
  reactToReview: (id: number, body: { thanked?: boolean; reply?: string; usefulness?: number; on_profile?: boolean }) =>
    api<Review>('PATCH', `/feedback/reviews/${id}`, body),
  reviewerSuggestions: (skill: string) =>
    api<{ items: ReviewerSuggestion[] }>('GET', `/feedback/reviewer-suggestions${qs({ skill })}`),
  endorsements: (member: number) =>
    api<{ counts: Record<string, number>; items: Endorsement[] }>('GET', `/members/${member}/endorsements`, undefined, { expect401: true }),
  endorse: (member: number, skill: string, note: string) =>
    api<Endorsement>('POST', `/members/${member}/endorsements`, note ? { skill, note } : { skill }),
  removeEndorsement: (id: number) => api<void>('DELETE', `/endorsements/${id}`),
  shownReviews: (member: number) =>
    api<{ items: ShownReview[] }>('GET', `/members/${member}/reviews`, undefined, { expect401: true }),
  feedbackStats: () => api<Reciprocity>('GET', '/me/feedback-stats'),
  skillTimeline: (skill: string) => api<SkillTimeline>('GET', `/skills/${encodeURIComponent(skill)}/timeline`),

  notifications: (cursor?: string | null, limit = 20) =>
    api<Page<Notification> & { unread: number }>('GET', `/notifications${qs({ cursor, limit })}`),
  unreadNotifications: () => api<{ unread: number }>('GET', '/notifications/unread-count'),
  readNotification: (id: number) => api<{ unread: number }>('POST', `/notifications/${id}/read`),
  readAllNotifications: () => api<{ unread: number }>('POST', '/notifications/read-all'),

  block: (member: number) => api<{ member: number; blocked: boolean }>('POST', '/blocks', { member }),

  peopleYouMayKnow: (limit = 6) => api<{ items: PersonSuggestion[] }>('GET', `/recommendations/people${qs({ limit })}`),
  dismissSuggestion: (member: number) => api<void>('POST', `/recommendations/people/${member}/dismiss`),
  memberPaths: (member: number, signal?: AbortSignal) =>
    api<{ items: ConnectionPath[] }>('GET', `/members/${member}/paths`, undefined, { signal }),

  programs: () => api<{ items: ProgramSummary[] }>('GET', '/programs'),
  createProgram: (body: { name: string; description?: string; exclude_same_organization?: boolean; default_capacity?: number }) =>
    api<Program>('POST', '/programs', body),
  program: (id: number) => api<Program>('GET', `/programs/${id}`),
  previewImport: (id: number, csv: string) => postCsv<ImportPreview>(`/programs/${id}/import/preview`, csv),
  commitImport: (id: number, csv: string) => postCsv<ImportPreview>(`/programs/${id}/import`, csv),
  programParticipants: (id: number) => api<{ items: ProgramParticipant[] }>('GET', `/programs/${id}/participants`),
  removeParticipant: (id: number, member: number) => api<void>('DELETE', `/programs/${id}/participants/${member}`),
  setPreferences: (id: number, body: { ranked: number[]; avoid: number[] }) => api<Program>('PUT', `/programs/${id}/preferences`, body),
  setConstraint: (id: number, body: { mentee: number; mentor: number; rule: 'pin' | 'forbid' | 'none' }) =>
    api<{ items: PairConstraint[] }>('POST', `/programs/${id}/constraints`, body),
  constraints: (id: number) => api<{ items: PairConstraint[] }>('GET', `/programs/${id}/constraints`),
  runMatching: (id: number) => api<Proposal>('POST', `/programs/${id}/matching`),
  proposal: (id: number) => api<Proposal>('GET', `/programs/${id}/proposal`),
  publishProgram: (id: number) => api<Program>('POST', `/programs/${id}/publish`),
  closeProgram: (id: number) => api<Program>('POST', `/programs/${id}/close`),
  programDashboard: (id: number) => api<ProgramDashboard>('GET', `/programs/${id}/dashboard`),
  myMentorOffer: () => api<MentorOffer>('GET', '/me/mentor-offer'),
  saveMentorOffer: (body: MentorOfferInput) => api<MentorOffer>('PUT', '/me/mentor-offer', body),
  mentors: (q: { field?: string; skill?: string; cursor?: string | null; limit?: number }) =>
    api<Page<MentorMatch>>('GET', `/mentors${qs({ for: 'me', ...q })}`),
  askMentor: (body: { mentor: number; message: string; goals: string[] }) =>
    api<MentorshipRequest>('POST', '/mentorship/requests', body),
  mentorshipRequests: (role: 'mentee' | 'mentor') =>
    api<{ items: MentorshipRequest[] }>('GET', `/mentorship/requests${qs({ role })}`),
  actOnMentorshipRequest: (id: number, action: 'accept' | 'withdraw' | 'decline' | 'ask-info' | 'answer', body?: Record<string, string>) =>
    api<MentorshipRequest>('POST', `/mentorship/requests/${id}/${action}`, body),
  mentorships: () => api<{ items: Mentorship[] }>('GET', '/mentorships'),
  mentorship: (id: number) => api<Mentorship>('GET', `/mentorships/${id}`),
  addCheckIn: (id: number, body: { date: string; notes: string; next_steps?: string }) =>
    api<Mentorship>('POST', `/mentorships/${id}/check-ins`, body),
  addMentorshipGoal: (id: number, text: string) => api<Mentorship>('POST', `/mentorships/${id}/goals`, { text }),
  updateMentorshipGoal: (id: number, goal: number, status: GoalStatus) =>
    api<Mentorship>('PATCH', `/mentorships/${id}/goals/${goal}`, { status }),
  endMentorship: (id: number, note: string) => api<Mentorship>('POST', `/mentorships/${id}/end`, note ? { note } : {}),
  mentorshipFeedback: (id: number, body: { helpfulness: number; went_well: string; suggestion?: string }) =>
    api<Mentorship>('POST', `/mentorships/${id}/feedback`, body),
  setAlumniVisible: (id: number, visible: boolean) => api<Mentorship>('PUT', `/mentorships/${id}/alumni`, { visible }),
  setAlumniCheckIn: (id: number, everyMonths: 0 | 3 | 6) => api<Mentorship>('PUT', `/mentorships/${id}/alumni-check-in`, { every_months: everyMonths }),
  addAlumniCheckIn: (id: number, note: string) => api<Mentorship>('POST', `/mentorships/${id}/alumni-check-ins`, { note }),
};
