import { Select } from '@mantine/core';
import type { Group } from '../../api/contract';
import { useFieldT } from '../../i18n/field';

/** Whose record: the whole group (the default) or one member. */
export function MemberSelect({ group, value, onChange, error, label }: { group: Group; value: string | null; onChange: (farmerId: string | null) => void; error?: string; label?: string }) {
  const t = useFieldT();
  return (
    <Select
      label={label ?? t('rec.who')}
      value={value ?? 'group'}
      onChange={(v) => onChange(!v || v === 'group' ? null : v)}
      allowDeselect={false}
      data={[{ value: 'group', label: t('rec.wholeGroup') }, ...group.members.map((m) => ({ value: m.farmerId, label: m.fullName }))]}
      error={error}
      searchable={group.members.length > 8}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
