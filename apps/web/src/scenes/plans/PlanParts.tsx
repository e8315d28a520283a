import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { Button, Chip, CloseButton, Fieldset, Group, Input, Paper, Select, Stack, Text } from '@mantine/core';
import { QUANTITY_UNIT_LABELS, QUANTITY_UNITS, type QuantityUnit } from '@ntag/shared';
import { isApiError } from '../../api/ApiError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLang } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';
import { MONTHS } from './planForm';

/** หน่วย: kg, tonne, piece… in the user's language. */
export function UnitSelect({ value, onChange, error, label, size, ariaLabel }: { value: QuantityUnit | null; onChange: (u: QuantityUnit | null) => void; error?: string; label?: string; size?: 'xs' | 'sm'; ariaLabel?: string }) {
  const t = useStepsT();
  const { lang } = useLang();
  return (
    <Select
      label={label ?? t('plan.unit')}
      aria-label={ariaLabel}
      size={size}
      placeholder={t('plan.pick')}
      data={QUANTITY_UNITS.map((u) => ({ value: u, label: QUANTITY_UNIT_LABELS[u][lang] }))}
      value={value}
      onChange={(v) => onChange(v as QuantityUnit | null)}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** Twelve toggle chips ม.ค.–ธ.ค. for the months a product is harvested or sold. */
export function MonthChips({ value, onChange, error, label }: { value: number[]; onChange: (months: number[]) => void; error?: string; label: string }) {
  const t = useStepsT();
  const all = value.length === 12;
  return (
    <Input.Wrapper label={label} error={error} required>
      <Group gap={6} mt={4} role="group" aria-label={label}>
        <Chip.Group multiple value={value.map(String)} onChange={(v) => onChange(v.map(Number).sort((a, b) => a - b))}>
          {MONTHS.map((m) => (
            <Chip key={m} value={String(m)} size="sm" radius="sm" styles={{ label: { paddingInline: 10 } }}>
              {t(`month.${m}`)}
            </Chip>
          ))}
        </Chip.Group>
        <Button size="compact-sm" variant="subtle" onClick={() => onChange(all ? [] : [...MONTHS])}>
          {all ? t('plan02.clearMonths') : t('plan02.allYear')}
        </Button>
      </Group>
    </Input.Wrapper>
  );
}

/** One row of a repeating section, as a card: "รายการที่ n" and a remove button. */
export function RowCard({ title, onRemove, removeLabel, children, readOnly }: { title: string; onRemove: () => void; removeLabel: string; children: ReactNode; readOnly?: boolean }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" gap="xs" mb={6} wrap="nowrap">
        <Text fw={600} size="sm">
          {title}
        </Text>
        {!readOnly && <CloseButton aria-label={removeLabel} onClick={onRemove} />}
      </Group>
      <Stack gap="xs">{children}</Stack>
    </Paper>
  );
}

/** "เพิ่ม…" under a repeating section, with the empty-state line when there are no rows yet. */
export function AddRow({ label, onAdd, empty, count, readOnly }: { label: string; onAdd: () => void; empty: string; count: number; readOnly?: boolean }) {
  return (
    <Stack gap={6} align="flex-start">
      {count === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {!readOnly && (
        <Button variant="light" size="xs" onClick={onAdd}>
          {label}
        </Button>
      )}
    </Stack>
  );
}

/**
 * A repeating section of a plan form (activities, products, markets…): its hint, a card per row
 * ("<row n>" and a remove button) around the row's fields (`children`, given the row, its index
 * and a patch for it), and "add" under them.
 */
export function RowsFieldset<T>({ legend, hint, rows, onChange, blank, rowTitle, removeLabel, addLabel, empty, readOnly, children }: {
  legend: string;
  hint?: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  /** A new, empty row. */
  blank: () => T;
  rowTitle: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  empty: string;
  readOnly: boolean;
  children: (row: T, i: number, patch: (p: Partial<T>) => void) => ReactNode;
}) {
  return (
    <Fieldset legend={legend} radius="md" disabled={readOnly}>
      <Stack gap="sm">
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
        {rows.map((row, i) => (
          <RowCard key={i} title={rowTitle(i + 1)} removeLabel={removeLabel(i + 1)} onRemove={() => onChange(rows.filter((_, j) => j !== i))} readOnly={readOnly}>
            {children(row, i, (p) => onChange(patchAt(rows, i, p)))}
          </RowCard>
        ))}
        <AddRow label={addLabel} onAdd={() => onChange([...rows, blank()])} empty={empty} count={rows.length} readOnly={readOnly} />
      </Stack>
    </Fieldset>
  );
}

/** Replaces item `i` of a list with `patch` applied. */
export function patchAt<T>(list: T[], i: number, patch: Partial<T>): T[] {
  return list.map((x, j) => (j === i ? { ...x, ...patch } : x));
}

/** What each plan form (กท.02, กท.03) takes from its page. */
export interface PlanFormProps<D> {
  initial: D;
  readOnly: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (d: D) => void;
  /** The stale-record notice, above the first section. */
  notice?: ReactNode;
}

/**
 * The form around a plan's sections: the stale-record notice and the save's error above them
 * (brought into view when they come: the form is long), and at the foot the save button with
 * "fix the red fields" while a save is stopped by `problems` (`useDraftForm`). The form carries
 * `data-plan-form`: `useDraftForm({ name: 'plan' })` puts the cursor in its first field in error.
 */
export function PlanFormFrame({ submit, problems, saveLabel, readOnly, pending, error, notice, children }: Omit<PlanFormProps<unknown>, 'initial' | 'onSubmit'> & {
  submit: (e: FormEvent) => void;
  problems: Record<string, string>;
  saveLabel: string;
  children: ReactNode;
}) {
  const t = useStepsT();
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error || notice) top.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [error, notice]);
  return (
    <form onSubmit={submit} noValidate data-plan-form>
      <Stack gap="md" ref={top} style={{ scrollMarginTop: 76 }}>
        {notice}
        {!!error && <ErrorAlert error={error} hideIssues={isApiError(error) && error.code === 'validation.failed'} />}
        {children}
        {!readOnly && (
          <Group justify="flex-end" gap="sm">
            {Object.keys(problems).length > 0 && (
              <Text size="sm" c="red.8" role="alert">
                {t('plan.fixFields')}
              </Text>
            )}
            <Button type="submit" loading={pending}>
              {saveLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
