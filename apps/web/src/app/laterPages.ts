/**
 * The pages of steps 3–7, the progress, the monthly reports and the dashboard, loaded by the router through this module rather than
 * from router.tsx itself: each `import()` carries the list of chunks it preloads, and that list
 * is part of the chunk the `import()` is written in. Written here, it travels in this small
 * chunk (fetched after sign-in: the shell warms it), not in the entry chunk that /login
 * downloads.
 */
export const laterPages = {
  learning: async () => (await import('../scenes/learning/LearningPage')).LearningPage,
  production: async () => (await import('../scenes/production/ProductionPage')).ProductionPage,
  market: async () => (await import('../scenes/market/MarketPage')).MarketPage,
  sales: async () => (await import('../scenes/sales/SalesPage')).SalesPage,
  enterprise: async () => (await import('../scenes/enterprise/EnterprisePage')).EnterprisePage,
  timeline: async () => (await import('../scenes/timeline/TimelinePage')).TimelinePage,
  progress: async () => (await import('../scenes/progress/ProgressPage')).ProgressPage,
  markets: async () => (await import('../scenes/markets/MarketsPage')).MarketsPage,
  events: async () => (await import('../scenes/events/EventsPage')).EventsPage,
  reports: async () => (await import('../scenes/reports/ReportsPage')).ReportsPage,
  report: async () => (await import('../scenes/reports/ReportPage')).ReportPage,
  completeness: async () => (await import('../scenes/reports/CompletenessPage')).CompletenessPage,
  dashboard: async () => (await import('../scenes/dashboard/DashboardPage')).DashboardPage,
  listings: async () => (await import('../scenes/listings/ListingsPage')).ListingsPage,
  selectionResults: async () => (await import('../scenes/selection-results/SelectionResultsPage')).SelectionResultsPage,
  partners: async () => (await import('../scenes/partners/PartnersPage')).PartnersPage,
  reminders: async () => (await import('../scenes/reminders/RemindersPage')).RemindersPage,
};

export type LaterPage = keyof typeof laterPages;
