/** The supervision and reports endpoints (backend/src/supervision, backend/src/reports; docs/metrics.md). */
import { http } from './http';
import type { ContactDetailsDto, ConversationDto, MessageDto } from './types';

export interface BoardAgent {
  id: number;
  name: string;
  role: 'agent' | 'supervisor' | 'admin';
  status: 'online' | 'away' | 'offline';
  statusSince: string | null;
  /** Since when the operator has no open connection (their browser is gone), or null. */
  disconnectedSince: string | null;
  load: number;
  limit: number;
  conversations: Array<{ id: number; inboxId: number; lastMessageAt: string | null }>;
}

export interface BoardDto {
  at: string;
  agents: BoardAgent[];
  inboxes: Array<{ id: number; name: string; channel: string; queued: number; longestWaitSince: string | null }>;
  today: { conversations: number; answered: number; abandoned: number; serviceLevel: number | null };
}

export interface MetricSet {
  conversations: number;
  answered: number;
  abandoned: number;
  abandonmentRate: number | null;
  firstResponseMedianSeconds: number | null;
  firstResponseP90Seconds: number | null;
  averageSpeedOfAnswerSeconds: number | null;
  serviceLevel: number | null;
  averageHandlingSeconds: number | null;
  transfers: number;
  transferRate: number | null;
  csatResponses: number;
  csatAverage: number | null;
  csatSatisfied: number | null;
}

export interface ReportSummary {
  from: string;
  to: string;
  metrics: MetricSet & { reviews: number; reviewAverage: number | null };
  daily: Array<{ day: string; conversations: number }>;
  heatmap: number[][];
  staffing: number[][];
  staffingBasis: { handlingSeconds: number | null; concurrency: number; thresholdSeconds: number; target: number };
  operators: Array<MetricSet & { agentId: number; name: string; reviews: number; reviewAverage: number | null }>;
  inboxes: Array<MetricSet & { inboxId: number; name: string; channel: string; target: { thresholdSeconds: number; target: number } }>;
}

export interface ReportQuery {
  from?: string;
  to?: string;
  inboxId?: number | null;
  agentId?: number | null;
  teamId?: number | null;
  channel?: string | null;
  tzOffset?: number;
  concurrency?: number | null;
}

export interface ServiceLevelRow {
  inboxId: number;
  name: string;
  channel: string;
  thresholdSeconds: number;
  targetPercent: number;
  /** False: the channel's default applies. */
  configured: boolean;
}

export type ReportTable = 'metrics' | 'daily' | 'operators' | 'inboxes' | 'heatmap' | 'staffing';

export interface Criterion {
  id: number;
  name: string;
  weight: number;
  position: number;
}

export interface ReviewRating {
  criterionId: number;
  name: string;
  weight: number;
  value: number | null;
}

export interface CoachingComment {
  id: number;
  messageId: number | null;
  authorId: number;
  text: string;
  createdAt: string;
}

export interface ReviewDto {
  id: number;
  conversationId: number;
  agentId: number;
  reviewerId: number;
  status: 'draft' | 'submitted';
  ratings: ReviewRating[];
  score: number | null;
  summary: string | null;
  sampled: boolean;
  createdAt: string;
  submittedAt: string | null;
  acknowledgedAt: string | null;
  comments: CoachingComment[];
}

export interface ReviewSearch {
  agentId?: number | null;
  inboxId?: number | null;
  channel?: string | null;
  from?: string | null;
  to?: string | null;
  csat?: number | null;
  tag?: string | null;
  q?: string | null;
  reviewed?: 'none' | 'draft' | 'submitted' | null;
  cursor?: number | null;
}

export interface Transcript {
  conversation: ConversationDto;
  contact: ContactDetailsDto;
  messages: MessageDto[];
  events: Array<{ id: number; type: string; agentId: number | null; actorId: number | null; data: Record<string, unknown> | null; createdAt: string }>;
  review: ReviewDto | null;
  tags: string[];
}

type Query = Record<string, string | number | undefined | null>;

export const supervisionApi = {
  board: () => http.get<{ board: BoardDto }>('/api/supervision/board'),
  whisper: (conversationId: number, text: string) => http.post<{ message: MessageDto }>(`/api/supervision/conversations/${conversationId}/whisper`, { text }),
  takeOver: (conversationId: number) => http.post<{ conversation: ConversationDto }>(`/api/supervision/conversations/${conversationId}/take-over`),
  reassign: (conversationId: number, agentId: number) => http.post<{ conversation: ConversationDto }>(`/api/supervision/conversations/${conversationId}/reassign`, { agentId }),

  search: (q: ReviewSearch) => http.get<{ items: Array<ConversationDto & { review: { id: number; status: string; score: number | null } | null }>; nextCursor: number | null }>('/api/reviews/conversations', q as Query),
  transcript: (conversationId: number) => http.get<Transcript>(`/api/reviews/conversations/${conversationId}`),
  setTags: (conversationId: number, tags: string[]) => http.put<{ tags: string[] }>(`/api/reviews/conversations/${conversationId}/tags`, { tags }),
  criteria: () => http.get<{ items: Criterion[] }>('/api/reviews/criteria'),
  replaceCriteria: (items: Array<{ id?: number; name: string; weight: number }>) => http.put<{ items: Criterion[] }>('/api/reviews/criteria', { items }),
  startReview: (conversationId: number) => http.post<{ review: ReviewDto }>('/api/reviews', { conversationId }),
  updateReview: (id: number, body: { ratings?: Array<{ criterionId: number; value: number | null }>; summary?: string; submit?: boolean }) =>
    http.patch<{ review: ReviewDto }>(`/api/reviews/${id}`, body),
  comment: (id: number, body: { messageId?: number; text: string }) => http.post<{ comment: CoachingComment }>(`/api/reviews/${id}/comments`, body),
  sample: (perAgent: number, days: number) => http.post<{ items: ReviewDto[] }>('/api/reviews/sample', { perAgent, days }),
  myReviews: () => http.get<{ items: ReviewDto[] }>('/api/reviews/mine'),
  acknowledge: (id: number) => http.post<{ review: ReviewDto }>(`/api/reviews/${id}/acknowledge`),

  summary: (q: ReportQuery) => http.get<ReportSummary>('/api/reports/summary', q as Query),
  serviceLevels: () => http.get<{ items: ServiceLevelRow[] }>('/api/reports/service-levels'),
  setServiceLevel: (inboxId: number, target: { thresholdSeconds: number; targetPercent: number }) => http.put(`/api/reports/service-levels/${inboxId}`, target),
  exportCsv: (q: ReportQuery, table: ReportTable) => http.get<string>('/api/reports/export', { ...(q as Query), table }),
};

/** Saves text as a file through a temporary link (the export needs the Authorization header, so no plain href). */
export function saveFile(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
