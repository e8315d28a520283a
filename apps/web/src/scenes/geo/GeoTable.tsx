import { Anchor, Badge, Button } from '@mantine/core';
import { Link } from 'react-router';
import type { GeoLevel, GeoProvince, GeoUnit } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { useAgencies } from '../../features/program/useAgencies';
import { formatNumber, useT } from '../../i18n/I18nProvider';

interface Props {
  level: GeoLevel;
  units: GeoUnit[];
  /** Where a row's link goes: basePath + '/' + code (tambons have no level below). */
  basePath: string;
  showStatus: boolean;
  onEdit?: (unit: GeoUnit) => void;
}

/** One level of the geography, with the columns that level has. */
export function GeoTable({ level, units, basePath, showStatus, onEdit }: Props) {
  const t = useT();
  const agencies = useAgencies();
  const shortOf = (code: string | null) => agencies.data?.find((a) => a.code === code)?.shortTh ?? code ?? '–';
  const drill = level !== 'tambon';

  const columns: Column<GeoUnit>[] = [
    { key: 'code', header: t('common.code'), cell: (u) => u.code },
    {
      key: 'nameTh',
      header: t('common.nameTh'),
      primary: true,
      cell: (u) =>
        drill ? (
          <Anchor component={Link} to={`${basePath}/${u.code}`} fw={600}>
            {u.nameTh}
          </Anchor>
        ) : (
          <span>{u.nameTh}</span>
        ),
    },
    { key: 'nameEn', header: t('common.nameEn'), cell: (u) => u.nameEn ?? '–' },
  ];
  if (level === 'province') {
    columns.push({ key: 'agency', header: t('geo.agency'), cell: (u) => shortOf((u as GeoProvince).agencyCode) });
  }
  if (drill) {
    columns.push({
      key: 'children',
      header: level === 'province' ? t('geo.districtCount') : t('geo.tambonCount'),
      align: 'right',
      cell: (u) => formatNumber(u.childCount),
    });
  } else {
    columns.push({ key: 'postal', header: t('geo.postalCode'), cell: (u) => u.postalCode ?? '–' });
  }
  if (showStatus) {
    columns.push({
      key: 'status',
      header: t('common.status'),
      cell: (u) => (
        <Badge color={u.active ? 'ntag' : 'gray'} variant="light" size="md">
          {u.active ? t('common.active') : t('common.retired')}
        </Badge>
      ),
    });
  }
  if (onEdit) {
    columns.push({
      key: 'edit',
      header: '',
      align: 'right',
      cell: (u) => (
        <Button size="compact-sm" variant="subtle" onClick={() => onEdit(u)} aria-label={`${t('common.edit')} ${u.nameTh}`}>
          {t('common.edit')}
        </Button>
      ),
    });
  }

  return (
    <DataTable
      columns={columns}
      rows={units}
      rowKey={(u) => u.code}
      minWidth={560}
      empty={t('common.none')}
    />
  );
}
