import type { ShellKey } from './th';

export const shellEn: Record<ShellKey, string> = {
  'nav.selection': 'Farmer selection (KT.01)',
  'nav.selectionSummary': 'Selection summary',
  'nav.groups': 'Model groups',
  'farmers.plan': 'Production plan (KT.02)',
  'farmers.openGroup': 'Open the group',
};
