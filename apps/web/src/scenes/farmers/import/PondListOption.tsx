import { Checkbox, NativeSelect, Stack, Text } from '@mantine/core';
import { useCohorts } from '../../../features/program/useProgram';
import { useImportT } from './importText';

/** The LDD pond list: the farmers imported also become กท.01 candidates of the cohort chosen. */
export function PondListOption({ cohort, onChange, disabled }: { cohort: number | null; onChange: (c: number | null) => void; disabled?: boolean }) {
  const t = useImportT();
  const cohorts = useCohorts().data?.cohorts ?? [];
  const latest = cohorts.map((c) => c.cohort).sort((a, b) => b - a)[0] ?? null;
  return (
    <Stack gap={4}>
      <Checkbox
        label={t('import.pondList')}
        checked={cohort !== null}
        onChange={(e) => onChange(e.currentTarget.checked ? latest : null)}
        disabled={disabled || !cohorts.length}
        data-testid="import-pond-list"
      />
      {cohort !== null && (
        <>
          <NativeSelect
            label={t('import.pondListCohort')}
            data={cohorts.map((c) => ({ value: String(c.cohort), label: String(c.cohort) }))}
            value={String(cohort)}
            onChange={(e) => onChange(Number(e.currentTarget.value))}
            disabled={disabled}
            maw={200}
          />
          <Text size="xs" c="dimmed">{t('import.pondListHint')}</Text>
        </>
      )}
    </Stack>
  );
}
