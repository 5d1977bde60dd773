// The booth's statistics for its staff, as charts over time; refreshed every minute while the page is open.

import { getAnalytics, getLeads } from '../booth-api.js';
import { el } from '../dom.js';
import { bindText, t } from '../i18n.js';
import { analyticsChart, hourlySeries } from './analytics-chart.js';
import { statusLine } from './form-parts.js';

const REFRESH_MS = 60000;

export function createAnalyticsPanel(boothId) {
  const body = el('div', { id: 'booth-analytics' });
  const status = statusLine('analytics-status');
  const root = el('section', { id: 'analytics-panel', class: 'panel', 'aria-labelledby': 'analytics-heading' },
    bindText(el('h2', { id: 'analytics-heading' }), () => t('analytics.heading')), body, status.node);
  const load = async () => {
    try {
      const [analytics, leads] = await Promise.all([getAnalytics(boothId), getLeads(boothId).catch(() => [])]);
      body.replaceChildren(analyticsChart(hourlySeries(analytics, leads), analytics.total));
    } catch (err) {
      status.fail(err);
    }
  };
  load();
  const timer = setInterval(() => {
    if (!root.isConnected) clearInterval(timer);
    else load();
  }, REFRESH_MS);
  return root;
}
