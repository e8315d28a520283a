import type { ShellKey } from './th';

export const shellEn: Record<ShellKey, string> = {
  'nav.selection': 'Farmer selection (KT.01)',
  'nav.selectionSummary': 'Selection summary',
  'nav.groups': 'Model groups',
  'farmers.plan': 'Production plan (KT.02)',
  'farmers.openGroup': 'Open the group',
  'nav.progress': 'Progress of the 7 steps',
  'nav.markets': 'Markets',
  'nav.events': 'Marketing events',
  'enterprise.badge': 'Community enterprise {code}',
  'area.progress': 'Progress of the 7 steps in this area',
};
