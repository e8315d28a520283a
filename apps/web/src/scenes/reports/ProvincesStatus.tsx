import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { CheckMark } from '../../components/CheckMark';
import { DataTable } from '../../components/DataTable';
import type { ReportContent } from '../../api/contract';
import { formatNumber } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';
import { Section } from './ReportNumbers';
import { StateBadge } from './StateBadge';

type Province = NonNullable<ReportContent['provinces']>[number];

/**
 * A host agency's กท.05 sums only its provinces' accepted reports: this lists every province
 * with its state, the ones not yet accepted in red, so the agency sees whom to chase.
 */
export function ProvincesStatus({ provinces, period }: { provinces: Province[]; period: string }) {
  const t = useReportsT();
  const accepted = provinces.filter((p) => p.accepted).length;
  return (
    <Section title={t('provinces.title')} testId="kt05-provinces">
      <Text size="sm" mb="xs" data-testid="kt05-summary">
        {t('provinces.summary', { accepted: formatNumber(accepted), all: formatNumber(provinces.length), missing: formatNumber(provinces.length - accepted) })}
      </Text>
      <DataTable
        columns={[
          {
            key: 'name',
            header: t('provinces.province'),
            primary: true,
            cell: (p: Province) => (
              <Anchor component={Link} to={`/reports?unit=${p.code}&period=${period}`} c={p.accepted ? undefined : 'red.8'} fw={p.accepted ? 500 : 700}>
                {p.nameTh}
              </Anchor>
            ),
          },
          { key: 'state', header: t('provinces.state'), cell: (p) => <StateBadge state={p.state} size="sm" /> },
          {
            key: 'accepted',
            header: t('provinces.accepted'),
            cell: (p) => (
              <span data-testid="kt05-accepted" data-province={p.code} data-accepted={p.accepted}>
                <span aria-hidden="true">
                  <CheckMark ok={p.accepted} label="" />
                </span>{' '}
                {p.accepted ? t('provinces.included') : t('provinces.notIncluded')}
              </span>
            ),
          },
        ]}
        rows={[...provinces].sort((a, b) => Number(a.accepted) - Number(b.accepted) || a.code.localeCompare(b.code))}
        rowKey={(p) => p.code}
        minWidth={480}
      />
    </Section>
  );
}
