import { Anchor, Badge, Button, Group, Image, Paper, Stack, Switch, Text } from '@mantine/core';
import { CERTIFICATION_LABELS, QUANTITY_UNIT_LABELS, type Lang } from '@ntag/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Listing } from '../../api/contract';
import { useResolveReport, useUpdateListing } from '../../features/market/useMarket';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useMarketT } from '../../i18n/market';

/** "ม.ค." … "ธ.ค." (or Jan … Dec). */
export const monthLabel = (m: number, lang: Lang): string =>
  new Intl.DateTimeFormat(lang === 'th' ? 'th-TH' : 'en-GB', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, m - 1, 1)));

/** A price as the market shows it: one price, a range, or none. */
export function priceOf(l: Pick<Listing, 'priceMin' | 'priceMax'>): string | null {
  if (l.priceMin === null) return null;
  return l.priceMax === null || l.priceMax === l.priceMin ? formatNumber(l.priceMin) : `${formatNumber(l.priceMin)}–${formatNumber(l.priceMax)}`;
}

/** One product on offer: a switch publishes or hides it at once; its enquiries and visitors' reports show. */
export function ListingCard({ listing: l, canWrite, onEdit }: { listing: Listing; canWrite: boolean; onEdit: () => void }) {
  const t = useMarketT();
  const { lang } = useLang();
  const update = useUpdateListing();
  const resolve = useResolveReport();
  const price = priceOf(l);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="listing-card">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        {l.photos[0] ? <Image src={l.photos[0].thumbUrl} w={72} h={72} radius="sm" alt="" /> : null}
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text fw={700}>{l.productName}</Text>
            <Badge variant="light" color={l.published ? 'green' : 'gray'}>{l.published ? t('mk.published') : t('mk.unpublished')}</Badge>
          </Group>
          <Text size="sm">
            {price ? `${price} ${t('mk.baht')}/${QUANTITY_UNIT_LABELS[l.unit][lang]}` : '–'} · {l.groupName}
          </Text>
          <Text size="xs" c="dimmed">
            {t('mk.months')}: {l.months.length === 12 ? t('mk.monthsAll') : l.months.map((m) => monthLabel(m, lang)).join(' ') || '–'}
          </Text>
          <Group gap={4}>
            {l.openEnquiries > 0 && <Badge color="orange">{t('mk.openEnquiries', { n: l.openEnquiries })}</Badge>}
            {l.certifications.filter((c) => c.valid).map((c) => <Badge key={c.kind + c.number} variant="outline">{CERTIFICATION_LABELS[c.kind][lang].split(' (')[0]}</Badge>)}
          </Group>
          {l.openReports.map((r) => (
            <Group key={r.id} gap="xs" wrap="nowrap">
              <Badge color="red" variant="light">{t('mk.reports')}</Badge>
              <Text size="xs" style={{ flex: 1 }}>{r.message ?? r.reason}</Text>
              {canWrite && <Button size="compact-xs" variant="default" loading={resolve.isPending} onClick={() => resolve.mutate({ id: l.id, reportId: r.id })}>{t('mk.resolve')}</Button>}
            </Group>
          ))}
          <Group gap="sm" mt={4}>
            {canWrite && (
              <Switch
                label={t('mk.publish')}
                checked={l.published}
                disabled={update.isPending}
                onChange={(e) => update.mutate({ id: l.id, version: l.version, published: e.currentTarget.checked })}
              />
            )}
            {canWrite && <Button size="compact-sm" variant="default" onClick={onEdit}>{t('mk.edit')}</Button>}
            {l.publicUrl && <Anchor href={l.publicUrl} target="_blank" size="sm">{t('mk.viewPublic')}</Anchor>}
          </Group>
          {!!update.error && <ErrorAlert error={update.error} />}
        </Stack>
      </Group>
    </Paper>
  );
}
