import { useState } from 'react';
import { Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Dashboard } from '../../api/contract';
import type { DashboardFilter } from '../../features/dashboard/useDashboard';
import { formatNumber } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';
import { ChartCard } from './ChartCard';

/**
 * The area's own target (issue 13): its target tambons with a model group against all its target
 * tambons — "0 จาก 10 ตำบล" for a province that has just been given ten — beside the national
 * figure, and the groups formed outside the targets.
 */
export function AreaTargetCards({ data }: { data: Dashboard }) {
  const t = usePlanT();
  const { targets, coverage } = data;
  const national = data.cohort ? (targets.cohorts.find((c) => c.cohort === data.cohort)?.tambonTarget ?? 0) : targets.cohortTargetTotal;
  return (
    <SimpleGrid cols={{ base: 1, sm: coverage ? 2 : 1 }} spacing="sm">
      <Paper withBorder p="sm" radius="md" data-testid="area-target" data-targets={targets.areaTambons} data-covered={targets.areaTambonsWithGroup}>
        <Text size="sm" c="dimmed">{t('dash.areaTarget')}</Text>
        <Text fw={700} fz={26} lh={1.4}>
          {targets.areaTambons ? t('dash.areaTargetValue', { covered: formatNumber(targets.areaTambonsWithGroup), targets: formatNumber(targets.areaTambons) }) : t('dash.noAreaTarget')}
        </Text>
        <Text size="xs" c="dimmed">{t('dash.areaTargetHint', { national: formatNumber(national) })}</Text>
        {targets.groupsOutsideTargets > 0 && <Text size="xs" c="orange.8" mt={2}>{t('dash.outsideTargets', { count: formatNumber(targets.groupsOutsideTargets) })}</Text>}
        {!!targets.targetTambonsWithoutGroup?.length && (
          <div>
            <Text size="xs" fw={600} mt={4}>{t('dash.waitingTambons', { count: formatNumber(targets.targetTambonsWithoutGroup.length) })}</Text>
            <ShortList items={targets.targetTambonsWithoutGroup.map((x) => ({ code: `${x.cohort}-${x.code}`, label: `${x.nameTh} (${x.districtNameTh}) · ${x.cohort}` }))} testId="target-tambons-waiting" />
          </div>
        )}
      </Paper>
      {coverage && (
        <Paper withBorder p="sm" radius="md" data-testid="at-least-one" data-with={coverage.provincesWithGroup} data-all={coverage.provinces}>
          <Text size="sm" c="dimmed">{t('dash.atLeastOne')}</Text>
          <Text fw={700} fz={26} lh={1.4} c={coverage.provincesWithGroup < coverage.provinces ? 'orange.8' : 'green.8'}>
            {t('dash.atLeastOneValue', { with: formatNumber(coverage.provincesWithGroup), all: formatNumber(coverage.provinces) })}
          </Text>
          <Text size="xs" c="dimmed">{t('dash.atLeastOneHint')}</Text>
        </Paper>
      )}
    </SimpleGrid>
  );
}

/** A list that shows its first names and opens the rest on demand (77 provinces, ~900 districts). */
function ShortList({ items, testId }: { items: { code: string; label: string }[]; testId: string }) {
  const t = usePlanT();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, 12);
  return (
    <Stack gap={4}>
      <List size="sm" spacing={0} data-testid={testId}>
        {shown.map((i) => <List.Item key={i.code} data-code={i.code}>{i.label}</List.Item>)}
      </List>
      {!all && items.length > shown.length && <Anchor component="button" size="sm" onClick={() => setAll(true)}>{t('dash.showAll')} ({formatNumber(items.length)})</Anchor>}
    </Stack>
  );
}

/** Provinces and districts with no model group yet (and with no target tambon), for the country, an agency and a province. */
export function CoverageCard({ data, filter }: { data: Dashboard; filter: DashboardFilter }) {
  const t = usePlanT();
  const c = data.coverage;
  if (!c) return null;
  const names = new Map(c.byProvince.map((p) => [p.code, p.nameTh]));
  const provinces = (codes: string[]) => codes.map((code) => ({ code, label: `${names.get(code) ?? code} (${code})` }));
  const districts = c.districtsWithoutGroup.map((d) => ({ code: d.code, label: `${d.nameTh} (${names.get(d.provinceCode) ?? d.provinceCode}) · ${d.targetTambons ? t('dash.targetsHere', { count: formatNumber(d.targetTambons) }) : t('dash.noTargetHere')}` }));
  const showProvinces = data.unit.kind !== 'province';
  const nothing = !c.provincesWithoutGroup.length && !districts.length;
  return (
    <ChartCard
      chart="coverage"
      filter={filter}
      title={t('dash.coverage')}
      note={t('dash.atLeastOneHint')}
      figure={
        nothing ? <Text>{t('dash.allCovered')}</Text> : (
          <Stack gap="sm">
            {showProvinces && (
              <div>
                <Title order={4} size="h6">{t('dash.provincesWithoutGroup', { count: formatNumber(c.provincesWithoutGroup.length) })}</Title>
                <ShortList items={provinces(c.provincesWithoutGroup)} testId="provinces-without-group" />
              </div>
            )}
            {showProvinces && c.provincesWithoutTarget.length > 0 && (
              <div>
                <Title order={4} size="h6">{t('dash.provincesWithoutTarget', { count: formatNumber(c.provincesWithoutTarget.length) })}</Title>
                <ShortList items={provinces(c.provincesWithoutTarget)} testId="provinces-without-target" />
              </div>
            )}
          </Stack>
        )
      }
      table={
        <div>
          <Group justify="space-between"><Title order={4} size="h6">{t('dash.districtsWithoutGroup', { count: formatNumber(districts.length) })}</Title></Group>
          <ShortList items={districts} testId="districts-without-group" />
        </div>
      }
    />
  );
}
