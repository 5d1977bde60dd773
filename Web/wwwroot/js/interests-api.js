// HTTP calls for the visitor's interests and the booths recommended from them (see docs/api.md "Interests").

import { request } from './api.js';

export const getInterests = () => request('/api/me/interests');
export const setInterests = (interests) => request('/api/me/interests', { method: 'PUT', body: interests });
export const getRecommendations = () => request('/api/me/recommendations');
