import { useState } from 'react';
import { Badge, Fieldset, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { OUTLET_TYPE_LABELS } from '@ntag/shared';
import type { MarketAnalysis } from '../../api/contract';
import { CohortSelect } from '../../components/CohortSelect';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { StatCard } from '../../components/StatCard';
import { useAnalysis } from '../../features/markets/useMarkets';
import { useCohorts } from '../../features/program/useProgram';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useFieldT } from '../../i18n/field';

type TypeRow = MarketAnalysis['byType'][number];
type ProductRow = MarketAnalysis['byProduct'][number];

/**
 * วิเคราะห์ตลาด: what the districts and tambons surveyed near the province's groups, by kind of
 * outlet (how many, near how many groups) and by product (how many outlets buy it, of which kinds).
 */
export function AnalysisSection({ provinceCode }: { provinceCode: string }) {
  const t = useFieldT();
  const { lang } = useLang();
  const cohorts = useCohorts();
  const years = (cohorts.data?.cohorts.map((c) => c.cohort) ?? []).sort((a, b) => b - a);
  const [cohort, setCohort] = useState<number | null>(null);
  const analysis = useAnalysis(provinceCode, cohort);
  const a = analysis.data;

  const typeColumns: Column<TypeRow>[] = [
    { key: 'type', header: t('markets.col.type'), primary: true, cell: (r) => OUTLET_TYPE_LABELS[r.type][lang] },
    { key: 'outlets', header: t('markets.col.outlets'), align: 'right', cell: (r) => formatNumber(r.outlets) },
    { key: 'groups', header: t('markets.col.groups'), align: 'right', cell: (r) => formatNumber(r.groups) },
  ];
  const productColumns: Column<ProductRow>[] = [
    { key: 'product', header: t('markets.col.product'), primary: true, cell: (r) => r.product },
    { key: 'outlets', header: t('markets.col.outlets'), align: 'right', cell: (r) => formatNumber(r.outlets) },
    {
      key: 'types',
      header: t('markets.col.types'),
      cell: (r) => (
        <Group gap={4}>
          {r.types.map((ty) => (
            <Badge key={ty} size="sm" variant="light" color="orange" tt="none">
              {OUTLET_TYPE_LABELS[ty][lang]}
            </Badge>
          ))}
        </Group>
      ),
    },
  ];

  return (
    <Fieldset legend={t('markets.analysis')} radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" gap="sm">
          <CohortSelect years={years} value={cohort} onChange={setCohort} allLabel={t('markets.allCohorts')} />
          {a && (
            <Text size="sm" c="dimmed">
              {t('markets.analysisOf', { province: a.province.nameTh })}
            </Text>
          )}
        </Group>
        {analysis.isPending && <Loading />}
        {analysis.error && <ErrorAlert error={analysis.error} />}
        {a && (
          <Stack gap="md" style={{ opacity: analysis.isFetching ? 0.7 : 1 }}>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
              <StatCard label={t('markets.outlets')} value={a.outlets} />
              <StatCard label={t('markets.kinds')} value={a.byType.length} />
              <StatCard label={t('markets.products')} value={a.byProduct.length} />
              <StatCard label={t('markets.channels')} value={a.channels.length} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <div>
                <Title order={3} size="h5" mb={6}>
                  {t('markets.byType')}
                </Title>
                <DataTable columns={typeColumns} rows={a.byType} rowKey={(r) => r.type} minWidth={320} empty={t('markets.noOutlets')} />
              </div>
              <div>
                <Title order={3} size="h5" mb={6}>
                  {t('markets.byProduct')}
                </Title>
                <DataTable columns={productColumns} rows={a.byProduct} rowKey={(r) => r.product} minWidth={380} empty={t('markets.noOutlets')} />
              </div>
            </SimpleGrid>
          </Stack>
        )}
      </Stack>
    </Fieldset>
  );
}
