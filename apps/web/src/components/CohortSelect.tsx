import { Select, type SelectProps } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';

interface Base {
  years: number[];
  value: number | null;
  label?: string;
  w?: SelectProps['w'];
}

/** With `allLabel`, "all cohorts" is the first choice and is given to onChange as null. */
type Props = Base & ({ allLabel?: undefined; onChange: (year: number) => void } | { allLabel: string; onChange: (year: number | null) => void });

/** ปีรุ่น (พ.ศ.): the program's cohort years, newest first. */
export function CohortSelect({ years, value, onChange, label, w = 150, allLabel }: Props) {
  const t = useT();
  const all = allLabel ? [{ value: 'all', label: allLabel }] : [];
  return (
    <Select
      label={label ?? t('program.selectCohort')}
      w={w}
      value={value === null ? (allLabel ? 'all' : null) : String(value)}
      onChange={(v) => v && (onChange as (year: number | null) => void)(v === 'all' ? null : Number(v))}
      allowDeselect={false}
      data={[...all, ...years.map((y) => ({ value: String(y), label: t('common.beYear', { year: y }) }))]}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
