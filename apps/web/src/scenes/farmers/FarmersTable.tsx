import type { ReactNode } from 'react';
import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Farmer } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { useNameOf, useT } from '../../i18n/I18nProvider';
import { shownNationalId } from '../../components/NationalIdInput';
import { fullName } from './format';

/** Name (opens the record), national id (masked for oversight roles), tambon, pond, group. */
export function FarmersTable({ farmers, empty }: { farmers: Farmer[]; empty?: ReactNode }) {
  const t = useT();
  const nameOf = useNameOf();
  const columns: Column<Farmer>[] = [
    {
      key: 'name',
      header: t('farmers.name'),
      primary: true,
      cell: (f) => (
        <Anchor component={Link} to={`/farmers/${f.id}`} fw={600}>
          {fullName(f)}
        </Anchor>
      ),
    },
    {
      key: 'id',
      header: t('farmers.nationalIdShort'),
      cell: (f) => (
        <Text span size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }} c={f.nationalIdMasked ? 'dimmed' : undefined}>
          {shownNationalId(f)}
        </Text>
      ),
    },
    {
      key: 'tambon',
      header: t('kind.tambon'),
      cell: (f) => (
        <>
          {nameOf(f.tambon)}
          <Text span size="xs" c="dimmed">
            {' '}
            · {nameOf(f.district)}
          </Text>
        </>
      ),
    },
    {
      key: 'pond',
      header: t('farmers.pond'),
      cell: (f) =>
        f.pondDug ? (
          f.pondYear ? t('farmers.pondDugIn', { year: f.pondYear }) : t('farmers.pondDugShort')
        ) : (
          <Text span size="sm" c="dimmed">
            {t('farmers.pondNotDug')}
          </Text>
        ),
    },
    {
      key: 'group',
      header: t('farmers.group'),
      cell: (f) =>
        f.groupId ? (
          <Badge variant="light" size="sm">
            {t('farmers.inGroup')}
          </Badge>
        ) : (
          <Text span size="sm" c="dimmed">
            –
          </Text>
        ),
    },
  ];
  return <DataTable columns={columns} rows={farmers} rowKey={(f) => f.id} minWidth={760} empty={empty ?? t('farmers.none')} />;
}
