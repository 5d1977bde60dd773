// HTTP calls for a booth's catalogue, files and leads (see docs/api.md "Catalogue, media and leads").

import { request } from './api.js';

const booth = (boothId) => `/api/booths/${encodeURIComponent(boothId)}`;
const op = (operationId) => `operationId=${encodeURIComponent(operationId)}`;

export const getCatalogue = (boothId) => request(`${booth(boothId)}/catalogue`);
export const getCatalogueForStaff = (boothId) => request(`${booth(boothId)}/catalogue/manage`);
export const createItem = (boothId, item) => request(`${booth(boothId)}/catalogue/items`, { method: 'POST', body: item });
export const replaceItem = (boothId, itemId, item) =>
  request(`${booth(boothId)}/catalogue/items/${encodeURIComponent(itemId)}`, { method: 'PUT', body: item });
export const setItemHidden = (boothId, itemId, operationId, hidden) =>
  request(`${booth(boothId)}/catalogue/items/${encodeURIComponent(itemId)}/hidden`, { method: 'PUT', body: { operationId, hidden } });
export const deleteItem = (boothId, itemId, operationId) =>
  request(`${booth(boothId)}/catalogue/items/${encodeURIComponent(itemId)}?${op(operationId)}`, { method: 'DELETE' });
export const reorderItems = (boothId, operationId, itemIds) =>
  request(`${booth(boothId)}/catalogue/order`, { method: 'PUT', body: { operationId, itemIds } });

export const uploadMedia = (boothId, operationId, file) =>
  request(`${booth(boothId)}/media?${op(operationId)}&fileName=${encodeURIComponent(file.name)}`, { method: 'POST', body: file });
export const deleteMedia = (boothId, mediaId, operationId) =>
  request(`${booth(boothId)}/media/${encodeURIComponent(mediaId)}?${op(operationId)}`, { method: 'DELETE' });

export const getConsent = () => request('/api/leads/consent');
export const sendContactRequest = (boothId, body) => request(`${booth(boothId)}/contact-requests`, { method: 'POST', body });
export const exchangeCard = (boothId, body) => request(`${booth(boothId)}/cards`, { method: 'POST', body });
export const requestDownload = (boothId, body) => request(`${booth(boothId)}/downloads`, { method: 'POST', body });
export const getLeads = (boothId) => request(`${booth(boothId)}/leads`);
export const annotateLead = (boothId, visitorId, body) =>
  request(`${booth(boothId)}/leads/${encodeURIComponent(visitorId)}`, { method: 'PUT', body });
export const exportUrl = (boothId, format) => `${booth(boothId)}/leads/export?format=${format}`;

export const getStaffOnline = (boothId) => request(`${booth(boothId)}/staff-online`);
export const getAttendees = (boothId) => request(`${booth(boothId)}/attendees`);
export const inviteToChat = (boothId, visitorId) => request(`${booth(boothId)}/chat-invitations`, { method: 'POST', body: { visitorId } });
export const getAnalytics = (boothId) => request(`${booth(boothId)}/analytics`);

export const searchDirectory = (query) => request(`/api/directory?${new URLSearchParams(query)}`);
export const getFavourites = () => request('/api/me/favourites');
export const addFavourite = (boothId, operationId) =>
  request(`/api/me/favourites/${encodeURIComponent(boothId)}`, { method: 'PUT', body: { operationId } });
export const removeFavourite = (boothId, operationId) =>
  request(`/api/me/favourites/${encodeURIComponent(boothId)}?${op(operationId)}`, { method: 'DELETE' });
export const setBranding = (boothId, operationId, logoId, bannerId) =>
  request(`${booth(boothId)}/catalogue/branding`, { method: 'PUT', body: { operationId, logoId, bannerId } });

export const getCapacity = (boothId) => request(`${booth(boothId)}/capacity`);
export const setCapacity = (boothId, operationId, capacity) =>
  request(`${booth(boothId)}/capacity`, { method: 'PUT', body: { operationId, capacity } });
