import { useState } from 'react';
import { Button, Collapse, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { AuditFilters } from '../../features/audit/useAudit';
import { BeDateInput } from '../../components/BeDateInput';
import { AreaPicker } from '../../components/AreaPicker';
import { useLang, useT } from '../../i18n/I18nProvider';
import { useWorkT } from '../../i18n/work';
import { kindOptions } from './auditLabels';

/** The audit filters; nothing is queried until "ใช้ตัวกรอง" (each query scans the log). */
export function AuditFilterForm({ initial, onApply }: { initial: AuditFilters; onApply: (f: AuditFilters) => void }) {
  const t = useT();
  const workT = useWorkT();
  const { lang } = useLang();
  const [f, setF] = useState<AuditFilters>(initial);
  const set = (k: keyof AuditFilters, v: string | null) => setF((prev) => ({ ...prev, [k]: v?.trim() || undefined }));
  const uuidOk = !f.userId || /^[0-9a-f-]{36}$/i.test(f.userId);
  // Six fields fill a phone's first screen: there they start folded unless a filter is set.
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [open, setOpen] = useState(!phone || Object.values(initial).some(Boolean));

  return (
    <Paper withBorder p="sm" radius="md">
      {phone && (
        <Button variant="subtle" size="compact-sm" px={0} mb={open ? 'xs' : 0} onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? t('audit.hideFilters') : t('audit.showFilters')}
        </Button>
      )}
      <Collapse expanded={open}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (uuidOk) onApply(f);
          }}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            <Select label={workT('audit.kind')} data={kindOptions(lang)} value={f.kind ?? null} onChange={(v) => set('kind', v)} clearable searchable data-testid="audit-kind" />
            <TextInput label={workT('audit.person')} placeholder={workT('audit.personHint')} value={f.person ?? ''} onChange={(e) => set('person', e.currentTarget.value)} />
            <AreaPicker value={f.unit ?? ''} onChange={(code) => set('unit', /^\d{2,6}$/.test(code) ? code : null)} />
            <TextInput label={t('audit.verb')} placeholder="user.create" value={f.verb ?? ''} onChange={(e) => set('verb', e.currentTarget.value)} />
            <TextInput label={t('audit.targetType')} placeholder="user" value={f.targetType ?? ''} onChange={(e) => set('targetType', e.currentTarget.value)} />
            <TextInput label={t('audit.targetId')} value={f.targetId ?? ''} onChange={(e) => set('targetId', e.currentTarget.value)} />
            <TextInput
              label={t('audit.userId')}
              value={f.userId ?? ''}
              onChange={(e) => set('userId', e.currentTarget.value)}
              error={uuidOk ? undefined : 'UUID'}
              spellCheck={false}
            />
            <BeDateInput label={t('audit.from')} value={f.from ?? null} onChange={(v) => set('from', v)} />
            <BeDateInput label={t('audit.to')} value={f.to ?? null} onChange={(v) => set('to', v)} />
          </SimpleGrid>
          <Group mt="sm" gap="xs">
            <Button type="submit" disabled={!uuidOk}>
              {t('common.apply')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setF({});
                onApply({});
              }}
            >
              {t('common.clear')}
            </Button>
          </Group>
        </form>
      </Collapse>
    </Paper>
  );
}
