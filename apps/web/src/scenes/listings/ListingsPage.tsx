import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { BUYER_TYPE_LABELS, ENQUIRY_STATUS_LABELS, QUANTITY_UNIT_LABELS } from '@ntag/shared';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ThaiDate } from '../../components/ThaiDate';
import { usePatchParams } from '../../components/usePatchParams';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useGroupList } from '../../features/groups/useGroups';
import type { Enquiry } from '../../api/contract';
import { useEnquiries, useListings } from '../../features/market/useMarket';
import { useProductName } from '../../features/production/useProduction';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useMarketT } from '../../i18n/market';
import { EnquiryModal } from './EnquiryModal';
import { ListingCard } from './ListingCard';
import { ListingModal } from './ListingModal';

/**
 * ตลาดของกลุ่ม (issue #14): the group committee and its district publish the group's products in
 * the public market (/market) and answer the buyers' enquiries; other officers read. Phone
 * first: enquiries are cards, a tap opens one. The choices live in the URL, so a notification's
 * link (/listings?enquiry=…) opens the enquiry.
 */
export function ListingsPage() {
  const t = useMarketT();
  const { lang } = useLang();
  const { data: me } = useMe();
  const [params, patch] = usePatchParams();
  const tab = params.get('tab') === 'listings' || params.get('listing') ? 'listings' : 'enquiries';
  const status = (['open', 'late', 'all'] as const).find((s) => s === params.get('status')) ?? 'open';
  // A committee account works for its one group; an officer picks among the groups of its area.
  const ownGroup = me?.roles.find((r) => r.role === 'group')?.unitCode;
  const groups = useGroupList({}, !ownGroup);
  const group = ownGroup ?? (params.get('group') || undefined);
  const listings = useListings({ group });
  const enquiries = useEnquiries({ group, status });
  const canWrite = hasPermission(me, 'listing.write');
  const editing = params.get('listing');
  const enquiryId = params.get('enquiry');
  const productName = useProductName();

  const columns: Column<Enquiry>[] = [
    {
      key: 'product', header: t('mk.quantity'), primary: true,
      cell: (e) => (
        <Anchor component="button" type="button" onClick={() => patch({ enquiry: e.id })} fw={600} ta="left">
          {productName(e)} {formatNumber(e.quantity)} {QUANTITY_UNIT_LABELS[e.unit][lang]}
        </Anchor>
      ),
    },
    ...(group ? [] : [{ key: 'group', header: t('mk.group'), cell: (e: Enquiry) => e.groupName }]),
    { key: 'buyer', header: t('mk.buyerType'), cell: (e) => BUYER_TYPE_LABELS[e.buyerType][lang] },
    {
      key: 'status', header: t('mk.status'),
      cell: (e) => (
        <Group gap={4}>
          <Badge variant="light" color={e.status === 'held' ? 'yellow' : e.status === 'delivered' ? 'green' : 'gray'}>{ENQUIRY_STATUS_LABELS[e.status][lang]}</Badge>
          {e.late && <Badge color="red">{t('mk.late')}</Badge>}
        </Group>
      ),
    },
    { key: 'received', header: t('mk.received'), cell: (e) => <ThaiDate value={e.receivedAt ?? e.createdAt} /> },
    { key: 'wanted', header: t('mk.wanted'), cell: (e) => (e.wantedOn ? <ThaiDate value={e.wantedOn} /> : '–') },
  ];

  return (
    <>
      <PageHeader title={t('mk.title')} subtitle={t('mk.subtitle')} actions={<Anchor href="/market" target="_blank" size="sm">{t('mk.publicSite')}</Anchor>} />
      <Paper withBorder p="sm" radius="md" mb="md">
        <Stack gap="xs">
          {!ownGroup && (
            <Select
              label={t('mk.group')}
              data={[{ value: '', label: t('mk.allGroups') }, ...(groups.data ?? []).map((g) => ({ value: g.id, label: `${g.name} (${g.district.nameTh})` }))]}
              value={group ?? ''}
              onChange={(v) => patch({ group: v || undefined })}
              searchable
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <SegmentedControl
            fullWidth
            value={tab}
            onChange={(v) => patch({ tab: v === 'listings' ? 'listings' : undefined, listing: undefined })}
            data={[{ value: 'enquiries', label: t('mk.tabEnquiries') }, { value: 'listings', label: t('mk.tabListings') }]}
          />
        </Stack>
      </Paper>

      {tab === 'enquiries' ? (
        <Stack gap="sm" maw={1100}>
          <SegmentedControl
            size="xs"
            value={status}
            onChange={(v) => patch({ status: v === 'open' ? undefined : v }, true)}
            data={[{ value: 'open', label: t('mk.statusOpen') }, { value: 'late', label: t('mk.statusLate') }, { value: 'all', label: t('mk.statusAll') }]}
          />
          {enquiries.isPending && <Loading />}
          {enquiries.error && <ErrorAlert error={enquiries.error} />}
          {enquiries.data && (
            <>
              <Text size="sm" c="dimmed" aria-live="polite">{t('mk.enquiriesCount', { n: formatNumber(enquiries.data.total) })}</Text>
              <DataTable columns={columns} rows={enquiries.data.items} rowKey={(e) => e.id} empty={t('mk.noEnquiries')} minWidth={760} />
            </>
          )}
        </Stack>
      ) : (
        <Stack gap="sm" maw={1100}>
          {canWrite && (
            <Group>
              <Button onClick={() => patch({ listing: 'new' })} disabled={!group}>{t('mk.add')}</Button>
              {!group && <Text size="sm" c="dimmed">{t('mk.pickGroup')}</Text>}
            </Group>
          )}
          {listings.isPending && <Loading />}
          {listings.error && <ErrorAlert error={listings.error} />}
          {listings.data && (
            <>
              <Text size="sm" c="dimmed" aria-live="polite">{t('mk.listingsCount', { n: formatNumber(listings.data.total) })}</Text>
              {listings.data.items.length === 0 && <Text c="dimmed">{t('mk.noListings')}</Text>}
              {listings.data.items.map((l) => <ListingCard key={l.id} listing={l} canWrite={canWrite} onEdit={() => patch({ listing: l.id })} />)}
            </>
          )}
        </Stack>
      )}

      {editing && group && editing === 'new' && <ListingModal groupId={group} listing={null} onClose={() => patch({ listing: undefined })} />}
      {editing && editing !== 'new' && <ListingModal groupId={group} listingId={editing} onClose={() => patch({ listing: undefined })} />}
      {enquiryId && <EnquiryModal id={enquiryId} onClose={() => patch({ enquiry: undefined })} />}
    </>
  );
}
