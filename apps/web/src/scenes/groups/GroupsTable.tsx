import type { ReactNode } from 'react';
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { GroupSummary } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ThaiDate } from '../../components/ThaiDate';
import { formatNumber, useNameOf } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { EnterpriseBadge } from './EnterpriseBadge';
import { FormedBadge } from './FormedBadge';

/** Name (opens the group), place, cohort, founding date, members, formed or not. */
export function GroupsTable({ groups, empty }: { groups: GroupSummary[]; empty?: ReactNode }) {
  const t = useStepsT();
  const nameOf = useNameOf();
  const columns: Column<GroupSummary>[] = [
    {
      key: 'name',
      header: t('groups.col.name'),
      primary: true,
      cell: (g) => (
        <Stack gap={2} align="flex-start">
          <Anchor component={Link} to={`/groups/${g.id}`} fw={600}>
            {g.name}
          </Anchor>
          {g.enterpriseCode && <EnterpriseBadge code={g.enterpriseCode} size="sm" />}
        </Stack>
      ),
    },
    {
      key: 'place',
      header: t('groups.col.place'),
      cell: (g) => (
        <Stack gap={0}>
          <Text size="sm" span>
            {t('place.tambon', { name: nameOf(g.tambon) })}
          </Text>
          <Text size="xs" c="dimmed" span>
            {t('place.district', { name: nameOf(g.district) })} {t('place.province', { name: nameOf(g.province) })}
          </Text>
        </Stack>
      ),
    },
    { key: 'cohort', header: t('groups.col.cohort'), cell: (g) => g.cohort },
    { key: 'founded', header: t('groups.col.founded'), cell: (g) => <ThaiDate value={g.foundedOn} /> },
    { key: 'members', header: t('groups.col.members'), align: 'right', cell: (g) => t('groups.memberCount', { count: formatNumber(g.memberCount) }) },
    { key: 'formed', header: t('groups.col.status'), cell: (g) => <FormedBadge formed={g.formed} size="sm" /> },
  ];
  return <DataTable columns={columns} rows={groups} rowKey={(g) => g.id} minWidth={820} empty={empty ?? t('groups.none')} />;
}
