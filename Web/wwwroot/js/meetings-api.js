// HTTP calls for meetings at booths (see docs/api.md "Meetings").

import { request } from './api.js';

const slots = (boothId) => `/api/booths/${encodeURIComponent(boothId)}/slots`;
const slot = (boothId, slotId) => `${slots(boothId)}/${encodeURIComponent(slotId)}`;
const op = (operationId) => `operationId=${encodeURIComponent(operationId)}`;

export const getSlots = (boothId) => request(slots(boothId));
export const getSlotsForStaff = (boothId) => request(`${slots(boothId)}/manage`);
export const publishSlot = (boothId, operationId, startsAt, minutes) =>
  request(slots(boothId), { method: 'POST', body: { operationId, startsAt, minutes } });
export const withdrawSlot = (boothId, slotId, operationId) => request(`${slot(boothId, slotId)}?${op(operationId)}`, { method: 'DELETE' });
export const bookSlot = (boothId, slotId, operationId) => request(`${slot(boothId, slotId)}/booking`, { method: 'POST', body: { operationId } });
export const cancelBooking = (boothId, slotId, operationId) =>
  request(`${slot(boothId, slotId)}/booking?${op(operationId)}`, { method: 'DELETE' });
export const calendarUrl = (boothId, slotId) => `${slot(boothId, slotId)}/calendar.ics`;
export const getMyMeetings = () => request('/api/me/meetings');
