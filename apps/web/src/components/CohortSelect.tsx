import { Select, type SelectProps } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';

interface Props {
  years: number[];
  value: number | null;
  onChange: (year: number) => void;
  label?: string;
  w?: SelectProps['w'];
}

/** ปีรุ่น (พ.ศ.): the program's cohort years, newest first. */
export function CohortSelect({ years, value, onChange, label, w = 150 }: Props) {
  const t = useT();
  return (
    <Select
      label={label ?? t('program.selectCohort')}
      w={w}
      value={value === null ? null : String(value)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      data={years.map((y) => ({ value: String(y), label: t('common.beYear', { year: y }) }))}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
