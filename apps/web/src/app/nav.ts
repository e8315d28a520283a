import type { Permission } from '@ntag/shared';
import type { MessageKey } from '../i18n/th';

export interface NavEntry {
  to: string;
  label: MessageKey;
  /** Shown only to users holding it; the route itself is guarded by the same permission. */
  permission?: Permission;
}

/** The menu, in the order of the program's work; entries follow /api/me permissions. */
export const NAV: NavEntry[] = [
  { to: '/', label: 'nav.area', permission: 'area.read' },
  { to: '/farmers', label: 'nav.farmers', permission: 'farmer.read' },
  { to: '/geo', label: 'nav.geo', permission: 'geo.read' },
  { to: '/agencies', label: 'nav.agencies', permission: 'program.read' },
  { to: '/program', label: 'nav.program', permission: 'program.read' },
  { to: '/users', label: 'nav.users', permission: 'user.read' },
  { to: '/audit', label: 'nav.audit', permission: 'audit.read' },
  { to: '/password', label: 'nav.password' },
];
