import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Fieldset, Group as Row, Stack, Text } from '@mantine/core';
import { STEP_STATUS_LABELS } from '@ntag/shared';
import { Link } from 'react-router';
import type { StepView } from '../../api/contract';
import type { Group } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ThaiDate } from '../../components/ThaiDate';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { useClearOverride, useGroupProgress } from '../../features/progress/useProgress';
import { useStepName } from '../../features/program/useProgram';
import { useLang } from '../../i18n/I18nProvider';
import { useProgressT } from '../../i18n/progress';
import { STEP_COLOURS, StepIcon } from '../progress/StepIcon';
import { StepOverrideModal } from './StepOverrideModal';

/** Where each step's records are kept (null: nothing to open from here). */
function stepLink(g: Group, step: number): { to: string; permission: 'selection.read' | 'plan.read' | 'learning.read' | 'production.read' | 'market.read' | 'sales.read' | 'enterprise.read' } {
  switch (step) {
    case 1: return { to: `/selection?cohort=${g.cohort}&area=${g.tambon.code}`, permission: 'selection.read' };
    case 2: return { to: `/groups/${g.id}/plans/${g.cohort}`, permission: 'plan.read' };
    case 3: return { to: `/groups/${g.id}/learning`, permission: 'learning.read' };
    case 4: return { to: `/groups/${g.id}/production`, permission: 'production.read' };
    case 5: return { to: `/groups/${g.id}/market`, permission: 'market.read' };
    case 6: return { to: `/groups/${g.id}/sales`, permission: 'sales.read' };
    default: return { to: `/groups/${g.id}/enterprise`, permission: 'enterprise.read' };
  }
}

/**
 * ขั้นตอน: the group's seven steps as a vertical stepper, each with its state as the records
 * show it (or as the district confirmed it, with the reason), the date it was done or is due,
 * "เลยกำหนด" when late, and a link to where its records are kept. The district confirms or
 * changes a step in a dialog, and can hand it back to the records.
 */
export function StepsSection({ group: g }: { group: Group }) {
  const t = useProgressT();
  const { lang } = useLang();
  const { data: me } = useMe();
  const canRead = hasPermission(me, 'progress.read');
  const canOverride = hasPermission(me, 'step.override');
  const progress = useGroupProgress(g.id, canRead);
  const nameOfStep = useStepName();
  const clear = useClearOverride();
  const [editing, setEditing] = useState<StepView | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  if (!canRead) return null;

  return (
    <Fieldset legend={t('stepper.title')} radius="md">
      {progress.error ? (
        <ErrorAlert error={progress.error} />
      ) : !progress.data ? (
        <Text size="sm" c="dimmed">
          {t('app.loading')}
        </Text>
      ) : (
        <Stack gap={0} component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="group-stepper">
          {progress.data.steps.map((s, i) => {
            const link = stepLink(g, s.step);
            const last = i === progress.data.steps.length - 1;
            const statusText = STEP_STATUS_LABELS[s.status][lang];
            return (
              <li key={s.step} data-step={s.step} data-status={s.status} data-overdue={s.overdue || undefined} style={{ display: 'flex', gap: 12 }}>
                <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
                  <StepIcon status={s.status} overdue={s.overdue} size={26} />
                  {!last && <div style={{ flex: 1, width: 2, minHeight: 12, background: s.status === 'done' ? STEP_COLOURS.done : 'var(--mantine-color-gray-3)' }} />}
                </div>
                <Stack gap={2} pb={last ? 0 : 'md'} style={{ minWidth: 0, flex: 1 }}>
                  <Text fw={600} lh={1.45}>
                    {t('stepper.stepN', { n: s.step })} {nameOfStep(s.step)}
                  </Text>
                  <Row gap={6} wrap="wrap">
                    <Text size="sm" c={s.overdue ? 'red.8' : s.status === 'done' ? 'ntag.8' : 'dimmed'} fw={500}>
                      {statusText}
                    </Text>
                    <Text size="sm" c="dimmed">
                      ·
                    </Text>
                    {s.status === 'done' ? (
                      <Text size="sm">
                        {t('stepper.doneOn')} <ThaiDate value={s.doneOn} />
                      </Text>
                    ) : (
                      <Text size="sm" c={s.overdue ? 'red.8' : undefined}>
                        {s.dueOn ? (
                          <>
                            {t('stepper.dueOn')} <ThaiDate value={s.dueOn} />
                          </>
                        ) : (
                          t('stepper.noDue')
                        )}
                      </Text>
                    )}
                    {s.overdue && (
                      <Badge color="red" variant="filled" size="sm" data-testid="overdue-badge">
                        {t('stepper.overdue')}
                      </Badge>
                    )}
                  </Row>
                  {s.overridden && (
                    <Text size="sm" c="indigo.8" data-testid="override-note">
                      {t('stepper.overridden')}
                      {s.reason ? `: ${s.reason}` : ''}
                    </Text>
                  )}
                  <Row gap="xs" mt={2} wrap="wrap">
                    {hasPermission(me, link.permission) && (
                      <Anchor component={Link} to={link.to} size="sm">
                        {t(`stepper.open.${s.step}` as 'stepper.open.1')}
                      </Anchor>
                    )}
                    {canOverride && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => {
                          setSaved(null);
                          setEditing(s);
                        }}
                        aria-label={t('stepper.overrideFor', { n: s.step })}
                      >
                        {t('stepper.override')}
                      </Button>
                    )}
                    {canOverride && s.overridden && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        loading={clear.isPending && clear.variables?.step === s.step}
                        onClick={() => {
                          if (window.confirm(t('stepper.clearConfirm', { n: s.step }))) clear.mutate({ groupId: g.id, step: s.step }, { onSuccess: () => setSaved(s.step) });
                        }}
                        aria-label={t('stepper.clearFor', { n: s.step })}
                      >
                        {t('stepper.clear')}
                      </Button>
                    )}
                  </Row>
                  {saved === s.step && (
                    <Text size="sm" c="ntag.8" role="status">
                      {t('stepper.saved')}
                    </Text>
                  )}
                </Stack>
              </li>
            );
          })}
        </Stack>
      )}
      {!!clear.error && <ErrorAlert error={clear.error} />}
      {canOverride && (
        <Alert variant="light" color="gray" mt="sm" py={6}>
          <Text size="xs">{t('stepper.overrideHint')}</Text>
        </Alert>
      )}
      {editing && (
        <StepOverrideModal
          group={g}
          step={editing}
          stepName={nameOfStep(editing.step)}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setSaved(editing.step);
            setEditing(null);
          }}
        />
      )}
    </Fieldset>
  );
}
