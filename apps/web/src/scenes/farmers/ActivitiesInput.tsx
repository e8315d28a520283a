import { Button, CloseButton, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { ACTIVITY_KINDS, ACTIVITY_LABELS, type ActivityKind } from '@ntag/shared';
import { useLang, useT } from '../../i18n/I18nProvider';
import { newActivityRow, type ActivityRow } from './farmerForm';

const MAX_ROWS = 20;

/** The farm's activities: one row per kind (ปลูกพืช, เลี้ยงสัตว์…) with what exactly, e.g. "ข้าวหอมมะลิ". */
export function ActivitiesInput({ rows, onChange, errors }: { rows: ActivityRow[]; onChange: (rows: ActivityRow[]) => void; errors: string[] }) {
  const t = useT();
  const { lang } = useLang();
  const data = ACTIVITY_KINDS.map((k) => ({ value: k, label: ACTIVITY_LABELS[k][lang] }));
  const patch = (key: string, p: Partial<ActivityRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...p } : r)));

  return (
    <Stack gap="xs">
      {rows.map((r, i) => (
        <Group key={r.key} gap="xs" align="flex-end" wrap="nowrap" data-testid="activity-row">
          <Group gap="xs" align="flex-end" wrap="wrap" style={{ flex: 1, minWidth: 0 }}>
            <Select
              label={t('farmers.activityKind', { n: i + 1 })}
              placeholder={t('farmers.pick')}
              data={data}
              value={r.kind}
              onChange={(v) => patch(r.key, { kind: v as ActivityKind | null })}
              style={{ flex: '1 1 150px', minWidth: 0 }}
            />
            <TextInput
              label={t('farmers.activityDetail')}
              placeholder={t('farmers.activityDetailHint')}
              value={r.detail}
              onChange={(e) => patch(r.key, { detail: e.currentTarget.value })}
              maxLength={200}
              style={{ flex: '2 1 200px', minWidth: 0 }}
            />
          </Group>
          <CloseButton
            aria-label={t('farmers.removeActivity', { n: i + 1 })}
            onClick={() => onChange(rows.length > 1 ? rows.filter((x) => x.key !== r.key) : [newActivityRow()])}
            mb={6}
          />
        </Group>
      ))}
      {errors.map((m) => (
        <Text key={m} size="sm" c="red.8">
          {m}
        </Text>
      ))}
      {rows.length < MAX_ROWS && (
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...rows, newActivityRow()])}>
            {t('farmers.addActivity')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
