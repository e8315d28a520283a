import { useState } from 'react';
import { Anchor, Badge, Grid, Group, Paper, Select, Stack, Switch, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { SelectionSummary, SelectionSummaryRow } from '../../api/contract';
import { CohortSelect } from '../../components/CohortSelect';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { usePatchParams } from '../../components/usePatchParams';
import { useMe } from '../../features/auth/useMe';
import { useProvinces } from '../../features/geo/useGeo';
import { useCohortChoice } from '../../features/program/cohort';
import { useAgencies } from '../../features/program/useAgencies';
import { useSelectionSummary } from '../../features/selection/useSelection';
import { formatNumber, useLang, useNameOf } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { Counts } from './Counts';

type ProvinceRow = SelectionSummary['provinces'][number];
type Row = ({ kind: 'province' } & ProvinceRow) | ({ kind: 'total'; code: 'total' } & SelectionSummaryRow);

/**
 * สรุปผลการคัดเลือก: per province, how many tambons have candidates, how many farmers were
 * proposed and selected, how many groups exist and how many are formed (have a president).
 * The province sends this to its host agency, which summarises it for the subcommittee.
 */
export function SelectionSummaryPage() {
  const t = useStepsT();
  const { lang } = useLang();
  const nameOf = useNameOf();
  const { data: me } = useMe();
  const [params, patch] = usePatchParams();
  const { years, year, query: cohorts } = useCohortChoice(params.get('cohort'));
  const unit = params.get('unit') || undefined;
  const summary = useSelectionSummary(year, unit);
  const agencies = useAgencies();
  const provinces = useProvinces();
  const [showEmpty, setShowEmpty] = useState(false);

  const data = summary.data;
  const agencyName = (code: string | null) => {
    const a = agencies.data?.find((x) => x.code === code);
    return a ? (lang === 'en' ? a.code : a.shortTh) : (code ?? '–');
  };
  // Provinces of the unit without any candidate or group yet (the API lists only those with some).
  const expected: { code: string; nameTh: string; nameEn: string | null; agencyCode: string | null }[] = (() => {
    if (!data) return [];
    const code = data.unit.code;
    const agency = agencies.data?.find((a) => a.code === code);
    if (agency) return agency.provinces.map((p) => ({ ...p, agencyCode: agency.code }));
    if (code === 'TH') return (provinces.data ?? []).filter((p) => p.active).map((p) => ({ code: p.code, nameTh: p.nameTh, nameEn: p.nameEn, agencyCode: p.agencyCode }));
    return [];
  })();
  const present = new Set(data?.provinces.map((p) => p.code));
  const empty = expected.filter((p) => !present.has(p.code));
  const zero = { tambonsWithCandidates: 0, candidates: 0, selected: 0, groups: 0, groupsFormed: 0 };
  const provinceRows: Row[] = [...(data?.provinces ?? []), ...(showEmpty ? empty.map((p) => ({ ...p, ...zero })) : [])]
    .sort((a, b) => a.nameTh.localeCompare(b.nameTh, 'th'))
    .map((p) => ({ kind: 'province' as const, ...p }));
  // No province row, no total row either: the table says there is nothing yet.
  const rows: Row[] = data && provinceRows.length ? [...provinceRows, { kind: 'total', code: 'total', ...data.totals }] : [];
  const cohortTarget = cohorts.data?.cohorts.find((c) => c.cohort === year)?.tambonTarget;
  // The yearly target (788 tambons) is the whole country's: shown against the country's figures only.
  const countryTarget = data?.unit.code === 'TH' ? cohortTarget : undefined;
  const num = (n: number, r: Row) => (r.kind === 'total' ? <Text fw={700} span>{formatNumber(n)}</Text> : formatNumber(n));

  const columns: Column<Row>[] = [
    {
      key: 'province',
      header: t('summary.col.province'),
      primary: true,
      cell: (r) =>
        r.kind === 'total' ? (
          <Text fw={700} span>
            {t('summary.total')}
          </Text>
        ) : (
          <Group gap={6} wrap="wrap">
            <Anchor component={Link} to={`/selection?cohort=${year}&area=${r.code}`} fw={600}>
              {nameOf(r)}
            </Anchor>
            {r.candidates === 0 && r.groups === 0 && (
              <Badge size="sm" variant="light" color="gray">
                {t('summary.notStarted')}
              </Badge>
            )}
          </Group>
        ),
    },
    { key: 'agency', header: t('summary.col.agency'), cell: (r) => (r.kind === 'total' ? '' : agencyName(r.agencyCode)), hideOnCard: false },
    { key: 'tambons', header: t('summary.col.tambons'), align: 'right', cell: (r) => num(r.tambonsWithCandidates, r) },
    { key: 'candidates', header: t('summary.col.candidates'), align: 'right', cell: (r) => num(r.candidates, r) },
    { key: 'selected', header: t('summary.col.selected'), align: 'right', cell: (r) => num(r.selected, r) },
    {
      key: 'groups',
      header: t('summary.col.groups'),
      align: 'right',
      cell: (r) =>
        r.kind === 'total' || r.groups === 0 ? (
          num(r.groups, r)
        ) : (
          <Anchor component={Link} to={`/groups?cohort=${year}&area=${r.code}`}>
            {formatNumber(r.groups)}
          </Anchor>
        ),
    },
    { key: 'formed', header: t('summary.col.formed'), align: 'right', cell: (r) => num(r.groupsFormed, r) },
  ];

  return (
    <>
      <PageHeader title={t('summary.title')} subtitle={data ? t('summary.subtitle', { unit: data.unit.nameTh, year: data.cohort }) : undefined} />
      <Paper withBorder p="sm" radius="md" mb="md">
        <Grid gap="xs" align="flex-end">
          <Grid.Col span={{ base: 12, xs: 'content' }}>
            <CohortSelect years={years} value={year} onChange={(y) => patch({ cohort: String(y) })} w={{ base: '100%', xs: 150 }} />
          </Grid.Col>
          {me?.scope.all && (
            <Grid.Col span={{ base: 12, xs: 'auto' }}>
              <Select
                label={t('summary.unit')}
                value={unit ?? ''}
                onChange={(v) => patch({ unit: v || undefined })}
                allowDeselect={false}
                data={[{ value: '', label: t('summary.country') }, ...(agencies.data ?? []).map((a) => ({ value: a.code, label: `${a.shortTh} – ${lang === 'en' ? a.nameEn : a.nameTh}` }))]}
                maw={420}
              />
            </Grid.Col>
          )}
        </Grid>
      </Paper>
      {(summary.isPending || cohorts.isPending) && <Loading />}
      {(summary.error || cohorts.error) && <ErrorAlert error={summary.error ?? cohorts.error} />}
      {data && (
        <Stack gap="md" style={{ opacity: summary.isPlaceholderData ? 0.6 : 1 }}>
          <Counts
            testId="summary-totals"
            items={[
              { label: t('summary.col.tambons'), value: data.totals.tambonsWithCandidates },
              { label: t('summary.col.candidates'), value: data.totals.candidates },
              { label: t('summary.col.selected'), value: data.totals.selected },
              { label: t('summary.col.groups'), value: data.totals.groups },
              {
                label: t('summary.col.formed'),
                value: countryTarget ? `${formatNumber(data.totals.groupsFormed)} / ${formatNumber(countryTarget)}` : data.totals.groupsFormed,
                note: countryTarget ? (
                  <Text size="xs" c="dimmed" lh={1.35}>
                    {t('summary.ofTarget', { target: formatNumber(countryTarget) })}
                  </Text>
                ) : undefined,
              },
            ]}
          />
          {expected.length > 0 && (
            <Group justify="space-between" gap="sm" wrap="wrap">
              <Text size="sm" c={empty.length ? 'orange.9' : 'dimmed'}>
                {t('summary.emptyCount', { count: formatNumber(empty.length), total: formatNumber(expected.length) })}
              </Text>
              {empty.length > 0 && <Switch label={t('summary.showEmpty')} checked={showEmpty} onChange={(e) => setShowEmpty(e.currentTarget.checked)} />}
            </Group>
          )}
          <DataTable columns={columns} rows={rows} rowKey={(r) => r.code} minWidth={760} empty={t('summary.none')} caption={t('summary.caption', { year: data.cohort })} />
          <Text size="xs" c="dimmed">
            {t('summary.formedNote')}
          </Text>
        </Stack>
      )}
    </>
  );
}
