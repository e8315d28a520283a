import { createBrowserRouter, type RouteObject } from 'react-router';
import type { Permission } from '@ntag/shared';
import type { Me } from '../api/contract';
import type { LaterPage } from './laterPages';
import { seesMarkets } from '../features/markets/access';
import { seesSelectionSummary } from '../features/selection/summaryAccess';
import { RequirePermission } from './RequirePermission';
import { RouteError } from './RouteError';

/**
 * Every page is its own chunk (route `lazy`), so /login downloads only the sign-in form and
 * the shared runtime; the shell and the pages come after sign-in.
 */
/** Nothing while the first lazy chunk loads (a few ms); avoids a spinner flash. */
const Blank = () => null;

/** A page of steps 3–7 or the progress: its chunk list lives in laterPages.ts, not in this entry chunk. */
const later = (page: LaterPage) => async () => ({ Component: await (await import('./laterPages')).laterPages[page]() });

const guarded = (permission: Permission, route: RouteObject, when?: (me: Me) => boolean): RouteObject => ({
  element: <RequirePermission permission={permission} when={when} />,
  children: [route],
});

export const router = createBrowserRouter([
  {
    path: '/login',
    errorElement: <RouteError />,
    HydrateFallback: Blank,
    lazy: async () => ({ Component: (await import('../scenes/login/LoginPage')).LoginPage }),
  },
  {
    path: '/',
    errorElement: <RouteError />,
    HydrateFallback: Blank,
    lazy: async () => ({ Component: (await import('./AppLayout')).AppLayout }),
    children: [
      guarded('area.read', { index: true, lazy: async () => ({ Component: (await import('../scenes/area/AreaPage')).AreaPage }) }),
      guarded('farmer.read', {
        path: 'farmers',
        lazy: async () => ({ Component: (await import('../scenes/farmers/FarmersPage')).FarmersPage }),
      }),
      guarded('farmer.create', {
        path: 'farmers/new',
        lazy: async () => ({ Component: (await import('../scenes/farmers/FarmerNewPage')).FarmerNewPage }),
      }),
      guarded('farmer.import', {
        path: 'farmers/import',
        lazy: async () => ({ Component: (await import('../scenes/farmers/ImportPage')).ImportPage }),
      }),
      guarded('farmer.read', {
        path: 'farmers/:id',
        lazy: async () => ({ Component: (await import('../scenes/farmers/FarmerPage')).FarmerPage }),
      }),
      guarded('plan.read', {
        path: 'farmers/:id/plans/:cohort',
        lazy: async () => ({ Component: (await import('../scenes/plans/FarmerPlanPage')).FarmerPlanPage }),
      }),
      guarded('selection.read', {
        path: 'selection',
        lazy: async () => ({ Component: (await import('../scenes/selection/SelectionPage')).SelectionPage }),
      }),
      guarded(
        'selection.read',
        {
          path: 'selection/summary',
          lazy: async () => ({ Component: (await import('../scenes/selection/SelectionSummaryPage')).SelectionSummaryPage }),
        },
        seesSelectionSummary,
      ),
      guarded('selection.read', { path: 'selection/results', lazy: later('selectionResults') }, seesSelectionSummary),
      guarded('group.read', {
        path: 'groups',
        lazy: async () => ({ Component: (await import('../scenes/groups/GroupsPage')).GroupsPage }),
      }),
      guarded('group.read', {
        path: 'groups/:id',
        lazy: async () => ({ Component: (await import('../scenes/groups/GroupPage')).GroupPage }),
      }),
      guarded('plan.read', {
        path: 'groups/:id/plans/:cohort',
        lazy: async () => ({ Component: (await import('../scenes/plans/GroupPlanPage')).GroupPlanPage }),
      }),
      guarded('learning.read', {
        path: 'groups/:id/learning',
        lazy: later('learning'),
      }),
      guarded('production.read', {
        path: 'groups/:id/production',
        lazy: later('production'),
      }),
      guarded('market.read', {
        path: 'groups/:id/market',
        lazy: later('market'),
      }),
      guarded('sales.read', {
        path: 'groups/:id/sales',
        lazy: later('sales'),
      }),
      guarded('enterprise.read', {
        path: 'groups/:id/enterprise',
        lazy: later('enterprise'),
      }),
      guarded('progress.read', {
        path: 'groups/:id/timeline',
        lazy: later('timeline'),
      }),
      guarded('progress.read', {
        path: 'progress',
        lazy: later('progress'),
      }),
      guarded(
        'market.read',
        { path: 'markets', lazy: later('markets') },
        seesMarkets,
      ),
      guarded('sales.read', {
        path: 'events',
        lazy: later('events'),
      }),
      guarded('report.read', { path: 'reports', lazy: later('reports') }),
      guarded('report.review', { path: 'reports/completeness', lazy: later('completeness') }),
      guarded('report.read', { path: 'reports/:id', lazy: later('report') }),
      guarded('dashboard.read', { path: 'dashboard', lazy: later('dashboard') }),
      guarded('listing.read', { path: 'listings', lazy: later('listings') }),
      guarded('partner.read', { path: 'partners', lazy: later('partners') }),
      { path: 'reminders', lazy: later('reminders') },
      // The offline field app's pages are its own entry (field.html, docs/adr/0021): reached
      // from inside this app, the browser loads that page.
      ...['field', 'outbox', 'outbox/:id'].map((path) => ({ path, lazy: async () => ({ Component: (await import('../offline/ToFieldEntry')).ToFieldEntry }) })),
      guarded('geo.read', {
        path: 'geo/:province?/:district?',
        lazy: async () => ({ Component: (await import('../scenes/geo/GeoPage')).GeoPage }),
      }),
      guarded('program.read', {
        path: 'agencies',
        lazy: async () => ({ Component: (await import('../scenes/agencies/AgenciesPage')).AgenciesPage }),
      }),
      guarded('program.read', {
        path: 'program',
        lazy: async () => ({ Component: (await import('../scenes/program/ProgramPage')).ProgramPage }),
      }),
      guarded('user.read', { path: 'users', lazy: async () => ({ Component: (await import('../scenes/users/UsersPage')).UsersPage }) }),
      guarded('audit.read', { path: 'audit', lazy: async () => ({ Component: (await import('../scenes/audit/AuditPage')).AuditPage }) }),
      { path: 'password', lazy: async () => ({ Component: (await import('../scenes/password/PasswordPage')).PasswordPage }) },
      { path: '*', lazy: async () => ({ Component: (await import('../scenes/not-found/NotFoundPage')).NotFoundPage }) },
    ],
  },
]);
