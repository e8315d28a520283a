import { useCallback, useState } from 'react';
import { RecordsEmpty } from '../../components/EmptyState';
import { Anchor, Button, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { MarketingEvent } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ThaiDate } from '../../components/ThaiDate';
import { usePatchParams } from '../../components/usePatchParams';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useEvents, useRemoveEvent } from '../../features/sales/useSales';
import { formatNumber } from '../../i18n/I18nProvider';
import { useFieldT } from '../../i18n/field';
import { coversProvinces, ProvinceSelect, useScopeProvinces } from '../field/ProvinceSelect';
import { RowActions } from '../field/RecordParts';
import { EventModal } from './EventModal';

/**
 * กิจกรรมส่งเสริมการตลาด (step 6): the marketing events the province runs (farmers' markets,
 * fairs) and the groups taking part; a sale at an event names it. The province adds and edits
 * them (event.write); everyone in the province reads them.
 */
export function EventsPage() {
  const t = useFieldT();
  const { data: me } = useMe();
  const [params, patch] = usePatchParams();
  const province = params.get('province') ?? '';
  const setProvince = useCallback((code: string) => patch({ province: code || undefined }, true), [patch]);
  const canWrite = hasPermission(me, 'event.write');
  const several = useScopeProvinces().length > 1;
  const events = useEvents({ province: (coversProvinces(me) && province) || undefined });
  const remove = useRemoveEvent();
  const [editing, setEditing] = useState<MarketingEvent | 'new' | null>(null);

  const columns: Column<MarketingEvent>[] = [
    { key: 'name', header: t('events.name'), primary: true, cell: (e) => e.name },
    {
      key: 'when',
      header: t('events.when'),
      cell: (e) => (
        <>
          <ThaiDate value={e.startsOn} />
          {e.endsOn && e.endsOn !== e.startsOn && (
            <>
              {' – '}
              <ThaiDate value={e.endsOn} />
            </>
          )}
        </>
      ),
    },
    { key: 'place', header: t('events.place'), cell: (e) => e.place ?? '–' },
    {
      key: 'groups',
      header: t('events.groups'),
      cell: (e) =>
        e.groups.length ? (
          <Stack gap={0}>
            {e.groups.map((g) => (
              <Anchor key={g.id} component={Link} to={`/groups/${g.id}`} size="sm">
                {g.name}
              </Anchor>
            ))}
          </Stack>
        ) : (
          '–'
        ),
    },
  ];
  if (canWrite) {
    columns.push({
      key: 'actions',
      header: '',
      cell: (e) => <RowActions label={e.name} onEdit={() => setEditing(e)} onDelete={() => remove.mutate({ id: e.id, version: e.version })} deleting={remove.isPending && remove.variables?.id === e.id} />,
    });
  }

  return (
    <>
      <PageHeader title={t('events.title')} subtitle={t('events.subtitle')} actions={canWrite && <Button onClick={() => setEditing('new')}>{t('events.add')}</Button>} />
      {coversProvinces(me) && several && (
        <Paper withBorder p="sm" radius="md" mb="md">
          <ProvinceSelect value={province} onChange={setProvince} optional />
        </Paper>
      )}
      {events.isPending && <Loading />}
      {events.error && <ErrorAlert error={events.error} />}
      {!!remove.error && <ErrorAlert error={remove.error} />}
      {events.data && (
        <Stack gap="sm" maw={1100}>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('events.count', { n: formatNumber(events.data.items.length) })}
          </Text>
          <DataTable columns={columns} rows={events.data.items} rowKey={(e) => e.id} minWidth={820} empty={<RecordsEmpty title={t('events.none')} />} stacked />
        </Stack>
      )}
      {editing && <EventModal event={editing === 'new' ? null : editing} province={province} onClose={() => setEditing(null)} />}
    </>
  );
}
