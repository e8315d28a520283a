import type { Permission } from '@ntag/shared';
import type { Me } from '../api/contract';
import type { MessageKey } from '../i18n/th';
import type { ShellKey } from '../i18n/shell';
import { seesMarkets } from '../features/markets/access';
import { seesSelectionSummary } from '../features/selection/summaryAccess';
import { worksAtProvinceOrAbove } from '../features/auth/useMe';

export interface NavEntry {
  to: string;
  label: MessageKey | ShellKey;
  /** Shown only to users holding it; the route itself is guarded by the same permission. */
  permission?: Permission;
  /** A further condition on the user (e.g. a view meant for the province and above). */
  show?: (me: Me) => boolean;
  /** A page of another entry (the offline field app, field.html): a full-page navigation, not a route of this app. */
  fullPage?: true;
}

/** The menu, in the order of the program's work; entries follow /api/me permissions. */
export const NAV: NavEntry[] = [
  { to: '/', label: 'nav.area', permission: 'area.read' },
  { to: '/farmers', label: 'nav.farmers', permission: 'farmer.read' },
  { to: '/selection', label: 'nav.selection', permission: 'selection.read' },
  { to: '/selection/summary', label: 'nav.selectionSummary', permission: 'selection.read', show: seesSelectionSummary },
  { to: '/selection/results', label: 'nav.selectionResults', permission: 'selection.read', show: seesSelectionSummary },
  { to: '/groups', label: 'nav.groups', permission: 'group.read' },
  { to: '/progress', label: 'nav.progress', permission: 'progress.read' },
  { to: '/markets', label: 'nav.markets', permission: 'market.read', show: seesMarkets },
  { to: '/events', label: 'nav.events', permission: 'sales.read' },
  { to: '/listings', label: 'nav.listings', permission: 'listing.read' },
  { to: '/partners', label: 'nav.partners', permission: 'partner.read', show: worksAtProvinceOrAbove },
  { to: '/reports', label: 'nav.reports', permission: 'report.read' },
  { to: '/reports/completeness', label: 'nav.reportStatus', permission: 'report.review' },
  { to: '/dashboard', label: 'nav.dashboard', permission: 'dashboard.read' },
  { to: '/geo', label: 'nav.geo', permission: 'geo.read' },
  { to: '/agencies', label: 'nav.agencies', permission: 'program.read' },
  { to: '/program', label: 'nav.program', permission: 'program.read' },
  { to: '/users', label: 'nav.users', permission: 'user.read' },
  { to: '/audit', label: 'nav.audit', permission: 'audit.read' },
  { to: '/field', label: 'nav.field', permission: 'production.write', fullPage: true },
  { to: '/outbox', label: 'nav.outbox', fullPage: true },
  { to: '/reminders', label: 'nav.reminders' },
  { to: '/password', label: 'nav.password' },
];

/** The entry a path belongs to: the longest `to` that is the path or a folder above it. */
export function activeEntry(entries: NavEntry[], pathname: string): NavEntry | undefined {
  let best: NavEntry | undefined;
  for (const e of entries) {
    const hit = e.to === '/' ? pathname === '/' : pathname === e.to || pathname.startsWith(`${e.to}/`);
    if (hit && (!best || e.to.length > best.to.length)) best = e;
  }
  return best;
}
