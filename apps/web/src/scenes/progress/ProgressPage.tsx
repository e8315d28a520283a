import { useCallback, useMemo } from 'react';
import { Button, Grid, Paper, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { formatDate, STEP_STATUS_LABELS, STEP_STATUSES, type StepStatus } from '@ntag/shared';
import { isApiError } from '../../api/ApiError';
import { AreaPicker } from '../../components/AreaPicker';
import { CohortSelect } from '../../components/CohortSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { OutOfScope } from '../../components/OutOfScope';
import { PageHeader } from '../../components/PageHeader';
import { usePatchParams, useSearchText } from '../../components/usePatchParams';
import { useCohorts, useStepName } from '../../features/program/useProgram';
import { useProgress } from '../../features/progress/useProgress';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { useProgressT } from '../../i18n/progress';
import { ProgressLegend, ProgressTotals } from './ProgressTotals';
import { ProgressTable } from './ProgressTable';
import { ProgressAreas } from './ProgressAreas';
import { AreaTargetLine } from './AreaTargetLine';

/** The unit one level up: a district's province, a province's country (none above). */
const parentOf = (code: string) => (/^\d{6}$/.test(code) ? code.slice(0, 4) : /^\d{4}$/.test(code) ? code.slice(0, 2) : /^\d{2}$/.test(code) ? '' : null);

/**
 * ความก้าวหน้า 7 ขั้นตอน: a unit's groups (and cohort) against the seven steps. The server
 * counts every group — per step, and per area below the unit (the country's provinces, a
 * province's districts, a district's tambons: tap one to drill down) — and sends the groups a
 * page at a time, filtered there (issue 16: the country has 4,009 groups, never sent at once).
 * Filters live in the URL (?unit=4001&cohort=2569&step=4&status=not_started&overdue=1&q=…);
 * "ใครล่าช้า" is overdue=1 (late on the chosen step, or on any).
 */
export function ProgressPage() {
  const t = useProgressT();
  const { lang } = useLang();
  const [params, patch] = usePatchParams();
  const unit = params.get('unit') ?? '';
  const cohorts = useCohorts();
  const years = (cohorts.data?.cohorts.map((c) => c.cohort) ?? []).sort((a, b) => b - a);
  const cohortParam = Number(params.get('cohort'));
  const cohort = years.includes(cohortParam) ? cohortParam : null;
  const stepParam = Number(params.get('step'));
  const step = stepParam >= 1 && stepParam <= 7 ? stepParam : null;
  const overdue = params.get('overdue') === '1';
  const statusParam = params.get('status') as StepStatus | null;
  const status = step && statusParam && STEP_STATUSES.includes(statusParam) ? statusParam : null;
  const q = params.get('q') ?? '';
  const [search, setSearch] = useSearchText(params, patch, 300);
  const stepName = useStepName();
  const setUnit = useCallback((code: string) => patch({ unit: code || undefined }), [patch]);

  const progress = useProgress({ unit: unit || undefined, cohort: cohort ?? undefined, step: step ?? undefined, status: status ?? undefined, overdue, q: q || undefined });
  const pages = progress.data?.pages;
  const data = pages?.[0];
  const rows = useMemo(() => pages?.flatMap((p) => p.groups) ?? [], [pages]);
  const filterKey = JSON.stringify([unit, cohort, step, overdue, status, q]);
  const up = unit ? parentOf(unit) : null;

  return (
    <>
      <PageHeader title={t('progress.title')} subtitle={data ? t('progress.subtitle', { unit: data.unit.nameTh, date: formatDate(data.today, lang, 'long') }) : undefined} />
      <Paper withBorder p="sm" radius="md" mb="md">
        <Grid gap="xs" align="flex-end">
          <Grid.Col span={12}>
            <AreaPicker value={unit} onChange={setUnit} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <CohortSelect years={years} value={cohort} onChange={(y: number | null) => patch({ cohort: y ? String(y) : undefined })} allLabel={t('progress.allCohorts')} w="100%" />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <Select
              label={t('progress.step')}
              value={step ? String(step) : 'all'}
              onChange={(v) => patch({ step: v && v !== 'all' ? v : undefined, status: undefined })}
              allowDeselect={false}
              data={[{ value: 'all', label: t('progress.allSteps') }, ...[1, 2, 3, 4, 5, 6, 7].map((n) => ({ value: String(n), label: `${n}. ${stepName(n)}` }))]}
              comboboxProps={{ withinPortal: true }}
            />
          </Grid.Col>
          {step && (
            <Grid.Col span={{ base: 12, xs: 6, md: 3 }}>
              <Select
                label={t('progress.statusOfStep', { n: step })}
                value={status ?? 'all'}
                onChange={(v) => patch({ status: v && v !== 'all' ? v : undefined })}
                allowDeselect={false}
                data={[{ value: 'all', label: t('progress.anyStatus') }, ...STEP_STATUSES.map((s) => ({ value: s, label: STEP_STATUS_LABELS[s][lang] }))]}
                comboboxProps={{ withinPortal: true }}
              />
            </Grid.Col>
          )}
          <Grid.Col span={{ base: 12, xs: 6, md: 3 }}>
            <TextInput type="search" label={t('progress.search')} placeholder={t('progress.searchHint')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} autoComplete="off" />
          </Grid.Col>
          <Grid.Col span={12}>
            <Switch
              size="md"
              label={step ? t('progress.overdueOnlyStep', { n: step }) : t('progress.overdueOnly')}
              checked={overdue}
              onChange={(e) => patch({ overdue: e.currentTarget.checked ? '1' : undefined })}
              color="red"
            />
          </Grid.Col>
        </Grid>
      </Paper>
      {(progress.isPending || cohorts.isPending) && !progress.error && <Loading />}
      {isApiError(progress.error, 404) ? <OutOfScope message={t('area.notFound')} /> : progress.error && <ErrorAlert error={progress.error} />}
      {data && (
        <Stack gap="md" style={{ opacity: progress.isPlaceholderData ? 0.6 : 1 }}>
          <ProgressTotals totals={data.totals} groupCount={data.groupCount} stepName={stepName} selected={step} onPick={(n) => patch({ step: n === step ? undefined : String(n), status: undefined })} />
          <AreaTargetLine targets={data.targets} />
          {up !== null && (
            <div>
              <Button variant="subtle" size="compact-sm" onClick={() => setUnit(up)} data-testid="progress-up">
                ← {t('areas.up')}
              </Button>
            </div>
          )}
          {data.areaLevel && <ProgressAreas areas={data.areas} level={data.areaLevel} step={step} onPick={setUnit} />}
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="progress-count">
            {t('progress.matching', { shown: formatNumber(rows.length), matching: formatNumber(data.matching), total: formatNumber(data.groupCount) })}
          </Text>
          <ProgressLegend />
          <ProgressTable
            key={filterKey}
            groups={rows}
            left={data.matching - rows.length}
            loadingMore={progress.isFetchingNextPage}
            onMore={progress.hasNextPage ? () => void progress.fetchNextPage() : undefined}
            step={step}
            stepName={stepName}
          />
        </Stack>
      )}
    </>
  );
}
