import { Text } from '@mantine/core';
import type { SelectionContent } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { formatNumber } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';
import { StateBadge } from '../reports/StateBadge';

type Tambon = SelectionContent['tambons'][number];
type Province = NonNullable<SelectionContent['provinces']>[number];

/** A province's result per tambon: candidates, selected farmers, the group, whether it is a target tambon. */
export function TambonTable({ content }: { content: SelectionContent }) {
  const t = usePlanT();
  const n = (v: number) => formatNumber(v);
  const columns: Column<Tambon>[] = [
    { key: 'tambon', header: t('results.col.tambon'), primary: true, cell: (r) => `${r.nameTh} (${r.code})` },
    { key: 'district', header: t('results.col.district'), cell: (r) => r.districtNameTh },
    { key: 'target', header: t('results.col.target'), cell: (r) => (r.target ? t('target.inside') : <Text span size="sm" c="orange.8">{t('target.outside')}</Text>) },
    { key: 'candidates', header: t('results.col.candidates'), align: 'right', cell: (r) => n(r.candidates) },
    { key: 'proposed', header: t('results.col.proposed'), align: 'right', cell: (r) => n(r.proposed) },
    { key: 'selected', header: t('results.col.selected'), align: 'right', cell: (r) => <b data-testid="tambon-selected" data-code={r.code}>{n(r.selected)}</b> },
    { key: 'undecided', header: t('results.col.undecided'), align: 'right', cell: (r) => n(r.undecided) },
    { key: 'group', header: t('results.col.group'), cell: (r) => (r.group ? `${r.group.name}${r.group.formed ? '' : ` (${t('results.notFormed')})`}` : t('results.noGroup')) },
  ];
  return <DataTable columns={columns} rows={content.tambons} rowKey={(r) => r.code} minWidth={760} caption={t('results.tambons')} />;
}

/** A host agency's summary per province: its result's state and, once accepted, its totals. */
export function ProvinceTable({ content }: { content: SelectionContent }) {
  const t = usePlanT();
  const n = (v: number | undefined) => (v === undefined ? '–' : formatNumber(v));
  const columns: Column<Province>[] = [
    { key: 'province', header: t('results.col.province'), primary: true, cell: (r) => r.nameTh },
    { key: 'state', header: t('results.state'), cell: (r) => <StateBadge state={r.state} size="sm" /> },
    { key: 'tambons', header: t('results.col.target'), align: 'right', cell: (r) => (r.totals ? `${n(r.totals.targetTambonsSelected)} / ${n(r.totals.targetTambons)}` : '–') },
    { key: 'selected', header: t('results.col.selected'), align: 'right', cell: (r) => n(r.totals?.selected) },
    { key: 'groups', header: t('results.col.group'), align: 'right', cell: (r) => n(r.totals?.groups) },
  ];
  return <DataTable columns={columns} rows={content.provinces ?? []} rowKey={(r) => r.code} minWidth={560} caption={t('results.provinces')} />;
}
