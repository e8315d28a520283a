import { useState } from 'react';
import { Anchor, Badge, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { ONLINE_KIND_LABELS } from '@ntag/shared';
import type { OnlineChannel } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useGroupList } from '../../features/groups/useGroups';
import { useChannels, useRemoveChannel } from '../../features/markets/useMarkets';
import { useLang } from '../../i18n/I18nProvider';
import { useFieldT } from '../../i18n/field';
import { RowActions } from '../field/RecordParts';
import { ChannelModal } from './ChannelModal';

/** A LINE id (@name) opens in LINE; a web address in a new tab. */
export function channelHref(url: string): string {
  return url.startsWith('@') ? `https://line.me/R/ti/p/${encodeURIComponent(url)}` : url;
}

/**
 * ช่องทางออนไลน์: the websites, pages, LINE accounts and marketplaces the province compiles for
 * its groups (province-wide, or one group's own).
 */
export function ChannelsSection({ provinceCode }: { provinceCode: string }) {
  const t = useFieldT();
  const { lang } = useLang();
  const { data: me } = useMe();
  const canWrite = hasPermission(me, 'market.write');
  const channels = useChannels({ province: provinceCode });
  const groups = useGroupList({ unit: provinceCode });
  const remove = useRemoveChannel();
  const [editing, setEditing] = useState<OnlineChannel | 'new' | null>(null);
  const groupName = (id: string | null) => (id ? (groups.data?.find((g) => g.id === id)?.name ?? '–') : t('markets.wholeProvince'));

  const columns: Column<OnlineChannel>[] = [
    {
      key: 'name',
      header: t('markets.channelName'),
      primary: true,
      cell: (c) => (
        <>
          {c.name}{' '}
          <Badge size="sm" variant="light" tt="none">
            {ONLINE_KIND_LABELS[c.kind][lang]}
          </Badge>
        </>
      ),
    },
    {
      key: 'url',
      header: t('markets.channelUrl'),
      cell: (c) => (
        <Anchor href={channelHref(c.url)} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
          {c.url}
        </Anchor>
      ),
    },
    { key: 'group', header: t('markets.channelGroup'), cell: (c) => groupName(c.groupId) },
    { key: 'notes', header: t('rec.notes'), cell: (c) => c.notes ?? '–' },
  ];
  if (canWrite) {
    columns.push({
      key: 'actions',
      header: '',
      cell: (c) => <RowActions label={c.name} onEdit={() => setEditing(c)} onDelete={() => remove.mutate({ id: c.id, version: c.version })} deleting={remove.isPending && remove.variables?.id === c.id} />,
    });
  }

  return (
    <Fieldset legend={t('markets.channelsTitle')} radius="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Text size="xs" c="dimmed" style={{ flex: '1 1 240px' }}>
            {t('markets.channelsHint')}
          </Text>
          {canWrite && <Button onClick={() => setEditing('new')}>{t('markets.addChannel')}</Button>}
        </Group>
        {channels.isPending && <Loading />}
        {channels.error && <ErrorAlert error={channels.error} />}
        {!!remove.error && <ErrorAlert error={remove.error} />}
        {channels.data && <DataTable columns={columns} rows={channels.data.items} rowKey={(c) => c.id} minWidth={760} empty={t('markets.noChannels')} />}
      </Stack>
      {editing && <ChannelModal provinceCode={provinceCode} channel={editing === 'new' ? null : editing} groups={groups.data ?? []} onClose={() => setEditing(null)} />}
    </Fieldset>
  );
}
