import { useEffect, useRef, type ReactNode } from 'react';
import { Button, Select, Stack, UnstyledButton } from '@mantine/core';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { MAP_MEASURES, type MapMeasure } from '../../features/dashboard/measures';
import { useDashboard, type DashboardFilter } from '../../features/dashboard/useDashboard';
import type { AreaFigures, AreaMeasure, Dashboard } from '../../api/contract';
import { formatBaht } from '../../features/reports/format';
import { formatNumber } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';
import { useFirstRows } from '../reports/useFirstRows';
import { BarChart } from './BarChart';
import { ChartCard } from './ChartCard';
import { TileMap } from './TileMap';

function useMeasure(key: MapMeasure) {
  const t = useReportsT();
  const m = MAP_MEASURES.find((x) => x.key === key) ?? MAP_MEASURES[0]!;
  const format = m.key === 'coverage' ? (n: number) => `${formatNumber(Math.round(n))}%` : (n: number) => (m.money ? formatBaht(n) : formatNumber(n));
  return { ...m, label: t(`measure.${m.key}`), format };
}

/** A province's coverage: the share of its target tambons that have a group (none when it has no target). */
const coverageValues = (data: Dashboard) =>
  new Map((data.coverage?.byProvince ?? []).filter((p) => p.targetTambons > 0).map((p) => [p.code, (p.targetTambonsWithGroup / p.targetTambons) * 100]));

type Area = AreaFigures & { code: string; nameTh: string };

/** Largest first by the chosen figure, then by code. */
const byMeasure = <T extends Area>(rows: T[], measure: AreaMeasure) => [...rows].sort((x, y) => y[measure] - x[measure] || x.code.localeCompare(y.code));

/** A table of areas (already sorted and cut) with the chosen figure, the groups and the overdue groups. */
function AreaTable<T extends Area>({ rows, measure, onPick, caption, more }: { rows: T[]; measure: AreaMeasure; onPick?: (code: string) => void; caption: string; more: ReactNode }) {
  const t = useReportsT();
  const m = useMeasure(measure);
  return (
    <Stack gap="xs">
      <DataTable
        caption={caption}
        rows={rows}
        rowKey={(r) => r.code}
        minWidth={360}
        columns={[
          {
            key: 'name',
            header: t('dash.area'),
            primary: true,
            cell: (r) =>
              onPick ? (
                <UnstyledButton onClick={() => onPick(r.code)} c="ntag.8" fw={600} td="underline" data-testid="area-pick" data-code={r.code}>
                  {r.nameTh}
                </UnstyledButton>
              ) : (
                r.nameTh
              ),
          },
          { key: 'measure', header: m.label, cell: (r) => <span data-testid="area-value" data-code={r.code}>{m.format(r[measure])}</span>, align: 'right' },
          // Beside the chosen figure, always the number of groups and how many are late.
          ...(['groups', 'overdueGroups'] as const)
            .filter((k) => k !== measure)
            .map((k) => ({ key: k, header: t(`measure.${k}`), cell: (r: T) => formatNumber(r[k]), align: 'right' as const })),
        ]}
      />
      {more}
    </Stack>
  );
}

/** A province's districts: the map's drill-down (GET /api/dashboard?unit=<province>). */
function DistrictDrill({ province, name, cohort, measure, onClose }: { province: string; name: string; cohort?: number; measure: AreaMeasure; onClose: () => void }) {
  const t = useReportsT();
  const m = useMeasure(measure);
  const filter = { unit: province, cohort };
  const data = useDashboard(filter);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [province]);
  const districts = data.data?.unit.code === province ? (data.data.byDistrict ?? []) : null;
  const { shown, more } = useFirstRows(byMeasure(districts ?? [], measure));
  return (
    <div ref={ref} style={{ scrollMarginTop: 72 }} data-testid="district-drill" data-province={province}>
      {data.error ? (
        <ErrorAlert error={data.error} />
      ) : !districts ? (
        <Loading />
      ) : (
        <ChartCard
          chart="districts"
          filter={filter}
          title={t('dash.districtsTitle', { province: name })}
          note={t('dash.districtsNote', { measure: m.label })}
          actions={
            <Button variant="default" onClick={onClose}>
              {t('dash.closeDistricts')}
            </Button>
          }
          figure={
            <BarChart
              title={t('dash.districtsTitle', { province: name })}
              rows={shown.map((d) => ({ key: d.code, label: d.nameTh, values: { v: d[measure] } }))}
              series={[{ key: 'v', label: m.label, color: 'var(--mantine-color-ntag-6)' }]}
              format={m.format}
            />
          }
          table={<AreaTable rows={shown} measure={measure} caption={t('dash.districtsCaption', { province: name })} more={more} />}
        />
      )}
    </div>
  );
}

interface Props {
  data: Dashboard;
  filter: DashboardFilter;
  measure: MapMeasure;
  onMeasure: (m: MapMeasure) => void;
  province: string | null;
  onProvince: (code: string | null) => void;
}

/** The tile map of the provinces coloured by a chosen figure, its table, and a province's districts. */
export function MapSection({ data, filter, measure: chosen, onMeasure, province, onProvince }: Props) {
  const t = useReportsT();
  const m = useMeasure(chosen);
  // Coverage colours the map; the tables and the drill-down beside it keep the groups.
  const measure: AreaMeasure = chosen === 'coverage' ? 'groups' : chosen;
  const values = chosen === 'coverage' ? coverageValues(data) : new Map(data.byProvince.map((p) => [p.code, p[measure]]));
  const names = new Map([...(data.coverage?.byProvince ?? []), ...data.byProvince].map((p) => [p.code, p.nameTh]));
  // A province's own view opens on its districts; above it, a click on a province does. A
  // district's view has no province to open (the API would answer 404 for the whole province).
  const canDrill = data.unit.kind === 'country' || data.unit.kind === 'agency' || data.unit.kind === 'province';
  const asked = province ?? (data.unit.kind === 'province' ? data.unit.code : null);
  const picked = canDrill && asked && data.byProvince.some((p) => p.code === asked) ? asked : null;
  const { shown, more } = useFirstRows(byMeasure(data.byProvince, measure));
  return (
    <>
      <ChartCard
        chart="provinces"
        filter={filter}
        figureSpan={7}
        title={t('map.title')}
        note={t(canDrill ? 'map.note' : 'map.noteNoDrill')}
        figure={
          <Stack gap="sm">
            <Select
              label={t('map.measure')}
              data={MAP_MEASURES.map((x) => ({ value: x.key, label: t(`measure.${x.key}`) }))}
              value={chosen}
              onChange={(v) => v && onMeasure(v as MapMeasure)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              maw={360}
            />
            <TileMap values={values} names={names} measureLabel={m.label} palette={m.palette} whole={!m.money && chosen !== 'coverage'} format={m.format} selected={picked} onPick={canDrill ? (code) => onProvince(code === picked ? null : code) : undefined} />
          </Stack>
        }
        table={<AreaTable rows={shown} measure={measure} onPick={canDrill ? onProvince : undefined} caption={t('map.tableCaption', { measure: m.label })} more={more} />}
      />
      {picked && <DistrictDrill province={picked} name={names.get(picked)!} cohort={filter.cohort} measure={measure} onClose={() => onProvince(null)} />}
    </>
  );
}
