import { useState } from 'react';
import { Button, Group as Row, Modal, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { formatDate, todayIso } from '@ntag/shared';
import type { Group } from '../../api/contract';
import { newId } from '../../api/newId';
import { BeDateInput } from '../../components/BeDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { NumberField, parseNumber } from '../../components/NumberField';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useCentre } from '../../features/learning/useLearning';
import { useDeleteTraining, useSaveTraining, useTrainings } from '../../features/plan/usePlan';
import { formatNumber, useLang } from '../../i18n/I18nProvider';
import { usePlanT } from '../../i18n/plan';

/**
 * Lecturer development on the learning-centre screen (issue 13, step 3): the courses the centre's
 * main and assistant lecturers attended — course, organiser, date, hours.
 */
export function TrainingSection({ group, canWrite }: { group: Group; canWrite: boolean }) {
  const t = usePlanT();
  const { lang } = useLang();
  const centre = useCentre(group.id);
  const trainings = useTrainings(group.id);
  const remove = useDeleteTraining();
  const [adding, setAdding] = useState(false);
  const lecturers = [centre.data?.mainLecturer, ...(centre.data?.assistantLecturers ?? [])].filter((p): p is { farmerId: string; fullName: string } => !!p);
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="section" data-testid="lecturer-trainings">
      <Row justify="space-between" mb="xs" wrap="wrap">
        <Stack gap={0}>
          <Title order={3} size="h4">{t('training.title')}</Title>
          <Text size="sm" c="dimmed">{t('training.hint')}</Text>
        </Stack>
        {canWrite && <Button variant="light" onClick={() => setAdding(true)} disabled={!lecturers.length} data-testid="training-add">{t('training.add')}</Button>}
      </Row>
      {canWrite && !lecturers.length && <Text size="sm" c="dimmed">{t('training.noLecturers')}</Text>}
      {(trainings.error || remove.error) && <ErrorAlert error={trainings.error ?? remove.error} />}
      {trainings.data && !trainings.data.items.length && <Text size="sm" c="dimmed">{t('training.none')}</Text>}
      <Stack gap={4}>
        {trainings.data?.items.map((x) => (
          <Row key={x.id} justify="space-between" gap="xs" wrap="nowrap" data-testid="training">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>{x.fullName} · {x.course}</Text>
              <Text size="xs" c="dimmed">{t('training.row', { date: formatDate(x.date, lang), hours: formatNumber(x.hours), organiser: x.organiser })}</Text>
            </Stack>
            {canWrite && <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove.mutate({ id: x.id, version: x.version })}>{t('partners.delete')}</Button>}
          </Row>
        ))}
      </Stack>
      {adding && <TrainingModal group={group} lecturers={lecturers} onClose={() => setAdding(false)} />}
    </Paper>
  );
}

function TrainingModal({ group, lecturers, onClose }: { group: Group; lecturers: { farmerId: string; fullName: string }[]; onClose: () => void }) {
  const t = usePlanT();
  const save = useSaveTraining();
  const [id] = useState(newId);
  const [farmerId, setFarmerId] = useState<string | null>(lecturers[0]?.farmerId ?? null);
  const [course, setCourse] = useState('');
  const [organiser, setOrganiser] = useState('');
  const [date, setDate] = useState<string | null>(todayIso());
  const [hours, setHours] = useState('');
  const h = parseNumber(hours);
  const errors = useFieldErrors(save.error);
  const valid = farmerId && course.trim() && organiser.trim() && date && h !== null && h > 0;
  return (
    <Modal opened onClose={onClose} title={t('training.add')}>
      <form onSubmit={(e) => {
        e.preventDefault();
        if (valid) save.mutate({ id, groupId: group.id, input: { farmerId: farmerId!, course: course.trim(), organiser: organiser.trim(), date: date!, hours: h! } }, { onSuccess: onClose });
      }}>
        <Stack gap="sm">
          {!!save.error && <ErrorAlert error={save.error} hideIssues />}
          <Select label={t('training.lecturer')} value={farmerId} onChange={setFarmerId} allowDeselect={false} data={lecturers.map((l) => ({ value: l.farmerId, label: l.fullName }))} error={errors.farmerId} comboboxProps={{ withinPortal: true }} />
          <TextInput label={t('training.course')} value={course} onChange={(e) => setCourse(e.currentTarget.value)} required maxLength={300} error={errors.course} />
          <TextInput label={t('training.organiser')} value={organiser} onChange={(e) => setOrganiser(e.currentTarget.value)} required maxLength={300} error={errors.organiser} />
          <BeDateInput label={t('training.date')} value={date} onChange={setDate} required max={todayIso()} error={errors.date} />
          <NumberField label={t('training.hours')} value={hours} onChange={setHours} error={errors.hours} required />
          <FormButtons onCancel={onClose} pending={save.isPending} disabled={!valid} />
        </Stack>
      </form>
    </Modal>
  );
}
