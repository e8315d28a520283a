import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { toBuddhistYear, todayIso } from '@ntag/shared';
import type { SelectionResultUnit } from '../../api/contract';
import { CohortSelect } from '../../components/CohortSelect';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { usePatchParams } from '../../components/usePatchParams';
import { useSelectionResults } from '../../features/plan/usePlan';
import { useCohorts } from '../../features/program/useProgram';
import { usePlanT } from '../../i18n/plan';
import { StateBadge } from '../reports/StateBadge';
import { ResultView } from './ResultView';

/**
 * ผลการคัดเลือก (issue 13): the province's result for a cohort, sent to its host agency; the
 * agency's inbox of its provinces' results and its own summary for the ministry; the ministry's
 * agencies' summaries. The cohort and the result shown live in the URL (?cohort=2570&unit=40).
 */
export function SelectionResultsPage() {
  const t = usePlanT();
  const [params, patch] = usePatchParams();
  const cohorts = useCohorts();
  const years = (cohorts.data?.cohorts.map((c) => c.cohort) ?? []).sort((a, b) => b - a);
  const asked = Number(params.get('cohort'));
  const thisYear = toBuddhistYear(Number(todayIso().slice(0, 4)));
  const cohort = years.includes(asked) ? asked : years.includes(thisYear) ? thisYear : (years[0] ?? null);
  const list = useSelectionResults(cohort);
  const unit = params.get('unit');
  const inList = list.data?.results.find((r) => r.unit.code === unit);
  // A province's draft is not in the list of others' results: open it by itself.
  const single = useSelectionResults(unit && !inList && /^\d{2}$/.test(unit) && list.data ? cohort : null, unit ?? undefined);
  const mine = list.data?.results.filter((r) => r.can.submit || r.versions.length === 0) ?? [];
  const shown = inList ?? single.data?.results[0] ?? (unit ? null : mine[0] ?? list.data?.results[0] ?? null);
  const others = (list.data?.units ?? []).filter((u) => u.code !== shown?.unit.code);

  const columns: Column<SelectionResultUnit>[] = [
    { key: 'unit', header: t('results.col.province'), primary: true, cell: (u) => `${u.nameTh}${u.level === 'province' ? ` (${u.code})` : ''}` },
    { key: 'state', header: t('results.state'), cell: (u) => (u.state ? <StateBadge state={u.state} size="sm" /> : <Text span size="sm" c="dimmed">{t('results.notDrafted')}</Text>) },
    { key: 'open', header: '', align: 'right', cell: (u) => (u.resultId && u.state !== 'draft' ? <Button size="compact-sm" variant="subtle" onClick={() => patch({ unit: u.code })} data-testid="result-open" data-unit={u.code}>{t('results.open')}</Button> : null) },
  ];

  return (
    <>
      <PageHeader title={t('results.title')} subtitle={t('results.subtitle')} />
      <Paper withBorder p="sm" radius="md" mb="md">
        <Group gap="sm" align="flex-end">
          {years.length > 0 && <CohortSelect years={years} value={cohort} onChange={(y) => patch({ cohort: String(y), unit: undefined })} label={t('results.cohort')} />}
        </Group>
      </Paper>
      {(list.isPending || single.isFetching) && <Loading />}
      {(list.error || single.error) && <ErrorAlert error={list.error ?? single.error} />}
      {list.data && (
        <Stack gap="md">
          {shown ? <ResultView result={shown} /> : <Text c="dimmed">{t('results.none')}</Text>}
          {others.length > 0 && (
            <div>
              <Text fw={600} mb={4}>{t('results.units')}</Text>
              <DataTable columns={columns} rows={others} rowKey={(u) => u.code} minWidth={420} />
            </div>
          )}
        </Stack>
      )}
    </>
  );
}
