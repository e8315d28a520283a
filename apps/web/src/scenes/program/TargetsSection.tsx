import { useState } from 'react';
import { Button, SimpleGrid } from '@mantine/core';
import { staleCurrent } from '../../api/ApiError';
import type { ProgramTarget } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatCard } from '../../components/StatCard';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useCohorts, useTargets, useUpdateTarget } from '../../features/program/useProgram';
import { useNameOf, useT } from '../../i18n/I18nProvider';
import { NumberEditModal } from './NumberEditModal';

/** The program target (4,009 tambons) next to the sum of the cohorts' targets. */
export function TargetsSection() {
  const t = useT();
  const nameOf = useNameOf();
  const targets = useTargets();
  const cohorts = useCohorts();
  const { data: me } = useMe();
  const canEdit = hasPermission(me, 'target.update');
  const update = useUpdateTarget();
  const [editing, setEditing] = useState<ProgramTarget | null>(null);
  const current = staleCurrent<ProgramTarget>(update.error);

  return (
    <section>
      {(targets.error || cohorts.error) && <ErrorAlert error={targets.error ?? cohorts.error} />}
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
        {targets.data?.map((tg) => (
          <StatCard
            key={tg.key}
            label={nameOf(tg)}
            value={tg.value}
            action={
              canEdit && (
                <Button size="compact-sm" variant="subtle" px={0} onClick={() => { update.reset(); setEditing(tg); }}>
                  {t('common.edit')}
                </Button>
              )
            }
          />
        ))}
        {cohorts.data && <StatCard label={t('program.cohortTotal')} value={cohorts.data.cohortTargetTotal} />}
        {cohorts.data && <StatCard label={t('program.cohorts')} value={cohorts.data.cohorts.length} />}
      </SimpleGrid>
      {editing && (
        <NumberEditModal
          title={t('program.editTarget', { name: nameOf(editing) })}
          label={nameOf(editing)}
          field="value"
          value={editing.value}
          min={1}
          pending={update.isPending}
          error={update.error}
          current={current?.value}
          onUseCurrent={() => { if (current) setEditing(current); update.reset(); }}
          onSave={(value) => update.mutate({ key: editing.key, value, version: editing.version }, { onSuccess: () => setEditing(null) })}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
