import { Grid, Paper, Select } from '@mantine/core';
import { formatMonth } from '@ntag/shared';
import type { ReportingUnit } from '../../features/reports/reportingUnit';
import { useLang } from '../../i18n/I18nProvider';
import { useReportsT } from '../../i18n/reports';

interface Props {
  units: { agencies: ReportingUnit[]; provinces: ReportingUnit[] };
  unit: string | null;
  onUnit: (code: string) => void;
  periods: string[];
  period: string;
  onPeriod: (period: string) => void;
  /** The inbox lists every unit below: no unit to pick there. */
  unitHidden?: boolean;
}

/** Which unit and which month: the month in the Buddhist era, sent to the API as YYYY-MM. */
export function ReportFilters({ units, unit, onUnit, periods, period, onPeriod, unitHidden = false }: Props) {
  const t = useReportsT();
  const { lang } = useLang();
  const groups = [
    { group: t('filters.agencies'), items: units.agencies.map((u) => ({ value: u.code, label: u.nameTh })) },
    { group: t('filters.provinces'), items: units.provinces.map((u) => ({ value: u.code, label: `${u.nameTh} (${u.code})` })) },
  ].filter((g) => g.items.length);
  const single = groups.length === 1 && groups[0]!.items.length === 1;
  return (
    <Paper withBorder p="sm" radius="md" mb="md">
      <Grid gap="xs" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 7 }} display={unitHidden ? 'none' : undefined}>
          <Select
            label={t('filters.unit')}
            placeholder={t('filters.unitPlaceholder')}
            data={groups}
            value={unit}
            onChange={(v) => v && onUnit(v)}
            searchable={!single}
            readOnly={single}
            allowDeselect={false}
            nothingFoundMessage={t('filters.noUnit')}
            comboboxProps={{ withinPortal: true }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <Select
            label={t('filters.month')}
            data={periods.map((p) => ({ value: p, label: formatMonth(p, lang) }))}
            value={period}
            onChange={(v) => v && onPeriod(v)}
            allowDeselect={false}
            maxDropdownHeight={320}
            comboboxProps={{ withinPortal: true }}
          />
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
