import { Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { SELECTION_CRITERIA, SELECTION_CRITERIA_LABELS, type SelectionCriterion } from '@ntag/shared';
import type { Criteria } from '../../api/contract';
import { CheckMark } from '../../components/CheckMark';
import { useLang } from '../../i18n/I18nProvider';
import { useStepsT } from '../../i18n/steps';

/** The four criteria as ✓/✗ with short names and remarks: one table cell or one card block. */
export function CriteriaCompact({ criteria }: { criteria: Criteria }) {
  const t = useStepsT();
  return (
    <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {SELECTION_CRITERIA.map((c, i) => (
        <li key={c}>
          <Group gap={6} wrap="nowrap" align="flex-start">
            <CheckMark ok={criteria[c].met} label={t(criteria[c].met ? 'criteria.met' : 'criteria.notMet')} />
            <Text size="sm" span style={{ minWidth: 0 }}>
              {i + 1}. {t(`criteria.short.${c}`)}
              {criteria[c].notes && (
                <Text size="xs" c="dimmed" span display="block">
                  {criteria[c].notes}
                </Text>
              )}
            </Text>
          </Group>
        </li>
      ))}
    </Stack>
  );
}

/** The criteria in the seed's words, with remarks (the decision dialog). */
export function CriteriaFull({ criteria }: { criteria: Criteria }) {
  const t = useStepsT();
  const { lang } = useLang();
  return (
    <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
      {SELECTION_CRITERIA.map((c, i) => (
        <li key={c}>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <CheckMark ok={criteria[c].met} label={t(criteria[c].met ? 'criteria.met' : 'criteria.notMet')} size={18} />
            <div style={{ minWidth: 0 }}>
              <Text size="sm">
                {i + 1}) {SELECTION_CRITERIA_LABELS[c][lang]}
              </Text>
              {criteria[c].notes && (
                <Text size="xs" c="dimmed">
                  {t('criteria.remark')}: {criteria[c].notes}
                </Text>
              )}
            </div>
          </Group>
        </li>
      ))}
    </Stack>
  );
}

export type CriteriaDraft = Record<SelectionCriterion, { met: boolean; notes: string }>;

export const draftOf = (c: Criteria): CriteriaDraft =>
  Object.fromEntries(SELECTION_CRITERIA.map((k) => [k, { met: c[k].met, notes: c[k].notes ?? '' }])) as CriteriaDraft;

export const criteriaOf = (d: CriteriaDraft): Criteria =>
  Object.fromEntries(SELECTION_CRITERIA.map((k) => [k, { met: d[k].met, notes: d[k].notes.trim() || null }])) as Criteria;

/** Tick each criterion the farmer meets, with a remark (what was checked, why not). */
export function CriteriaForm({ value, onChange, pondHint }: { value: CriteriaDraft; onChange: (v: CriteriaDraft) => void; pondHint?: string }) {
  const t = useStepsT();
  const { lang } = useLang();
  const set = (c: SelectionCriterion, patch: Partial<CriteriaDraft[SelectionCriterion]>) => onChange({ ...value, [c]: { ...value[c], ...patch } });
  return (
    <Stack gap="xs">
      {SELECTION_CRITERIA.map((c, i) => (
        <Paper key={c} withBorder p="xs" radius="md" bg={value[c].met ? undefined : 'gray.0'}>
          <Checkbox
            label={`${i + 1}) ${SELECTION_CRITERIA_LABELS[c][lang]}`}
            description={c === 'pondDug' ? pondHint : undefined}
            checked={value[c].met}
            onChange={(e) => set(c, { met: e.currentTarget.checked })}
            styles={{ body: { alignItems: 'flex-start' } }}
          />
          <TextInput
            mt={6}
            size="xs"
            aria-label={t('criteria.remarkFor', { n: i + 1 })}
            placeholder={t('criteria.remarkHint')}
            value={value[c].notes}
            onChange={(e) => set(c, { notes: e.currentTarget.value })}
            maxLength={500}
          />
        </Paper>
      ))}
      {!value.pondDug.met && (
        <Text size="sm" c="orange.9" role="status">
          {t('criteria.pondWarning')}
        </Text>
      )}
    </Stack>
  );
}
