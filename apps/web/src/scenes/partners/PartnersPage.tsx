import { useState } from 'react';
import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { PARTNER_SECTOR_LABELS, formatDate } from '@ntag/shared';
import type { Partner } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useDeletePartner, usePartners } from '../../features/plan/usePlan';
import { useLang } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';
import { PartnerModal } from './PartnerModal';

/**
 * ภาคีเครือข่าย (issue 13, step 7): the partners a province brings together for its groups. The
 * province keeps them; everyone working in the province reads them; the province's monthly
 * report lists those working with it in the month.
 */
export function PartnersPage() {
  const t = usePlanT();
  const { lang } = useLang();
  const { data: me } = useMe();
  const own = (me?.roles ?? []).filter((r) => r.role === 'province').map((r) => r.unitCode);
  const [province, setProvince] = useState<string | null>(own[0] ?? null);
  const partners = usePartners(province);
  const remove = useDeletePartner();
  const canWrite = hasPermission(me, 'partner.write') && !!province;
  const [editing, setEditing] = useState<Partner | null | 'new'>(null);
  const provinces = [...new Set((partners.data?.items ?? []).map((p) => p.provinceCode).concat(own))];

  const columns: Column<Partner>[] = [
    { key: 'name', header: t('partners.name'), primary: true, cell: (p) => <span data-testid="partner" data-id={p.id}>{p.name}</span> },
    { key: 'sector', header: t('partners.sector'), cell: (p) => <Badge variant="light" style={{ textTransform: 'none' }}>{PARTNER_SECTOR_LABELS[p.sector][lang]}</Badge> },
    { key: 'support', header: t('partners.support'), cell: (p) => p.support },
    { key: 'groups', header: t('partners.groups'), cell: (p) => p.groups.map((g) => g.name).join(', ') || '–' },
    { key: 'period', header: t('partners.from'), cell: (p) => `${formatDate(p.from, lang)} – ${p.to ? formatDate(p.to, lang) : t('partners.ongoing')}` },
  ];
  if (canWrite) {
    columns.push({
      key: 'edit', header: '', align: 'right', cell: (p) => (
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Button size="compact-sm" variant="subtle" onClick={() => setEditing(p)}>{t('partners.edit')}</Button>
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => remove.mutate({ id: p.id, version: p.version })}>{t('partners.delete')}</Button>
        </Group>
      ),
    });
  }

  return (
    <>
      <PageHeader title={t('partners.title')} subtitle={t('partners.subtitle')} actions={canWrite && <Button onClick={() => setEditing('new')} data-testid="partner-add">{t('partners.add')}</Button>} />
      <Stack gap="sm">
        {provinces.length > 1 && (
          <Select label={t('partners.province')} value={province} onChange={setProvince} data={provinces.map((p) => ({ value: p, label: p }))} w={200} clearable />
        )}
        {partners.isPending && <Loading />}
        {(partners.error || remove.error) && <ErrorAlert error={partners.error ?? remove.error} />}
        {partners.data && <DataTable columns={columns} rows={partners.data.items} rowKey={(p) => p.id} minWidth={720} empty={<Text c="dimmed">{t('partners.none')}</Text>} stacked />}
      </Stack>
      {editing && province && <PartnerModal province={province} partner={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
