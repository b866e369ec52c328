/** The supervision and reports endpoints (backend/src/supervision, backend/src/reports; docs/metrics.md). */
import { http } from './http';
import type { Answer, Body, Query as QueryOf } from './openapi';
import type { components } from './schema';

type Schemas = components['schemas'];

export type BoardAgent = Schemas['BoardAgent'];
export type BoardDto = Schemas['BoardDto'];
export type ReportSummary = Schemas['ReportSummaryDto'];
export type ServiceLevelRow = Schemas['ServiceLevelRow'];
export type Criterion = Schemas['Criterion'];
export type CoachingComment = Schemas['CoachingCommentDto'];
export type ReviewDto = Schemas['ReviewDto'];
export type Transcript = Schemas['Transcript'];
export type SlaReport = Schemas['SlaReportDto'];
export type SlaReportRow = Schemas['SlaReportRow'];
export type SlaAtRisk = Schemas['SlaAtRiskDto'];

/** The report filters; `null` leaves one out. */
export type ReportQuery = Nullable<QueryOf<'/api/reports/summary', 'get'>>;
export type ReportTable = QueryOf<'/api/reports/export', 'get'>['table'];
/** The review search's filters; `null` leaves one out. */
export type ReviewSearch = Nullable<QueryOf<'/api/reviews/conversations', 'get'>>;

type Nullable<T> = { [K in keyof T]?: T[K] | null };

type Query = Record<string, string | number | undefined | null>;

export const supervisionApi = {
  board: () => http.get<Answer<'/api/supervision/board', 'get'>>('/api/supervision/board'),
  whisper: (conversationId: number, text: string) => http.post<Answer<'/api/supervision/conversations/{id}/whisper', 'post'>>(`/api/supervision/conversations/${conversationId}/whisper`, { text }),
  takeOver: (conversationId: number) => http.post<Answer<'/api/supervision/conversations/{id}/take-over', 'post'>>(`/api/supervision/conversations/${conversationId}/take-over`),
  reassign: (conversationId: number, agentId: number) => http.post<Answer<'/api/supervision/conversations/{id}/reassign', 'post'>>(`/api/supervision/conversations/${conversationId}/reassign`, { agentId }),

  search: (q: ReviewSearch) => http.get<Answer<'/api/reviews/conversations', 'get'>>('/api/reviews/conversations', q as Query),
  transcript: (conversationId: number) => http.get<Answer<'/api/reviews/conversations/{id}', 'get'>>(`/api/reviews/conversations/${conversationId}`),
  setTags: (conversationId: number, tags: string[]) => http.put<Answer<'/api/reviews/conversations/{id}/tags', 'put'>>(`/api/reviews/conversations/${conversationId}/tags`, { tags }),
  criteria: () => http.get<Answer<'/api/reviews/criteria', 'get'>>('/api/reviews/criteria'),
  replaceCriteria: (items: Body<'/api/reviews/criteria', 'put'>['items']) => http.put<Answer<'/api/reviews/criteria', 'put'>>('/api/reviews/criteria', { items }),
  startReview: (conversationId: number) => http.post<Answer<'/api/reviews', 'post'>>('/api/reviews', { conversationId }),
  updateReview: (id: number, body: Body<'/api/reviews/{id}', 'patch'>) =>
    http.patch<Answer<'/api/reviews/{id}', 'patch'>>(`/api/reviews/${id}`, body),
  comment: (id: number, body: Body<'/api/reviews/{id}/comments', 'post'>) => http.post<Answer<'/api/reviews/{id}/comments', 'post'>>(`/api/reviews/${id}/comments`, body),
  sample: (perAgent: number, days: number) => http.post<Answer<'/api/reviews/sample', 'post'>>('/api/reviews/sample', { perAgent, days }),
  myReviews: () => http.get<Answer<'/api/reviews/mine', 'get'>>('/api/reviews/mine'),
  acknowledge: (id: number) => http.post<Answer<'/api/reviews/{id}/acknowledge', 'post'>>(`/api/reviews/${id}/acknowledge`),

  summary: (q: ReportQuery) => http.get<Answer<'/api/reports/summary', 'get'>>('/api/reports/summary', q as Query),
  serviceLevels: () => http.get<Answer<'/api/reports/service-levels', 'get'>>('/api/reports/service-levels'),
  setServiceLevel: (inboxId: number, target: Body<'/api/reports/service-levels/{inboxId}', 'put'>) =>
    http.put<Answer<'/api/reports/service-levels/{inboxId}', 'put'>>(`/api/reports/service-levels/${inboxId}`, target),
  slaReport: (q: ReportQuery) => http.get<Answer<'/api/reports/sla', 'get'>>('/api/reports/sla', q as Query),
  slaAtRisk: () => http.get<Answer<'/api/sla/at-risk', 'get'>>('/api/sla/at-risk'),
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
