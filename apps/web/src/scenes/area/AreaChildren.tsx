import { Anchor, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Area, AreaUnit } from '../../api/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { COUNT_KEYS } from '../../features/area/useArea';
import { formatNumber, useNameOf, useT } from '../../i18n/I18nProvider';

/** The units one level down; a click drills into one (`/?unit=CODE`). */
export function AreaChildren({ area }: { area: Area }) {
  const t = useT();
  const nameOf = useNameOf();
  const children = area.children;
  // Only the counts that the children carry (a district's tambons have users only).
  const keys = COUNT_KEYS.filter((k) => children.some((c) => c.counts[k] !== undefined));
  const kind = children[0]?.kind;
  const columns: Column<AreaUnit>[] = [
    {
      key: 'name',
      header: kind ? t(`kind.${kind}`) : t('common.name'),
      primary: true,
      cell: (c) => (
        <Anchor component={Link} to={`/?unit=${encodeURIComponent(c.code)}`} fw={600}>
          {nameOf(c)}
        </Anchor>
      ),
    },
    { key: 'code', header: t('common.code'), cell: (c) => <span data-testid="unit-code">{c.code}</span> },
    ...keys.map<Column<AreaUnit>>((k) => ({
      key: k,
      header: t(`count.${k}`),
      align: 'right',
      cell: (c) => (c.counts[k] === undefined ? '–' : formatNumber(c.counts[k])),
    })),
  ];

  return (
    <section data-testid="area-children">
      <Title order={3} size="h4" mb="sm">
        {t('area.children')}
        {kind && children.length > 0 ? ` (${t('area.childrenCount', { kind: t(`kind.${kind}`), count: formatNumber(children.length) })})` : ''}
      </Title>
      <DataTable columns={columns} rows={children} rowKey={(c) => c.code} empty={t('area.noChildren')} minWidth={480} />
    </section>
  );
}
