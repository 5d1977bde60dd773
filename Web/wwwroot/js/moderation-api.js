// Moderation over HTTP: sanctions, removing chat lines, reports and the audit log (docs/api.md section 7).

import { request } from './api.js';

const path = encodeURIComponent;

export function sanction(body) {
  return request('/api/moderation/sanctions', { method: 'POST', body });
}

export function liftSanction(sanctionId, operationId, reason) {
  return request(`/api/moderation/sanctions/${path(sanctionId)}/lift`, { method: 'POST', body: { operationId, reason } });
}

export function getSanctions(boothId) {
  return request(`/api/moderation/sanctions${boothId ? `?boothId=${path(boothId)}` : ''}`);
}

export function removeMessage(boothId, sequence, operationId, reason, reportId = null) {
  const body = { operationId, reason, reportId };
  return request(`/api/booths/${path(boothId)}/messages/${Number(sequence)}/removal`, { method: 'POST', body });
}

export function report(boothId, body) {
  return request(`/api/booths/${path(boothId)}/reports`, { method: 'POST', body });
}

export function getReports(boothId, status = 'open') {
  const query = new URLSearchParams({ status });
  if (boothId) query.set('boothId', boothId);
  return request(`/api/moderation/reports?${query}`);
}

export function dismissReport(reportId, operationId, reason) {
  return request(`/api/moderation/reports/${path(reportId)}/dismissal`, { method: 'POST', body: { operationId, reason } });
}

export function getAudit(skip, take) {
  return request(`/api/organiser/moderation/audit?skip=${Number(skip)}&take=${Number(take)}`);
}

export const AUDIT_CSV = '/api/organiser/moderation/audit.csv';
