import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Checkbox, Group as Row, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { isApiError, staleCurrent } from '../../api/ApiError';
import type { LearningCentre } from '../../api/contract';
import type { Group } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { StaleNotice } from '../../components/StaleNotice';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useSaveCentre } from '../../features/learning/useLearning';
import { useFieldT } from '../../i18n/field';

interface Draft {
  name: string;
  description: string;
  mainLecturerId: string | null;
  assistantLecturerIds: string[];
}

const draftOf = (c: LearningCentre, g: Group): Draft => ({
  name: c.name ?? g.learningCentre ?? '',
  description: c.description ?? '',
  mainLecturerId: c.mainLecturer?.farmerId ?? null,
  assistantLecturerIds: c.assistantLecturers.map((p) => p.farmerId),
});

/**
 * แหล่งเรียนรู้: the group's learning centre, its main lecturer (วิทยากรหลัก) and assistant
 * lecturers (วิทยากรผู้ช่วย), chosen from the members. Step 3 is done once the centre has a main
 * lecturer and a session has been held.
 */
export function CentreSection({ group: g, centre, canWrite, onReload }: { group: Group; centre: LearningCentre; canWrite: boolean; onReload: () => Promise<LearningCentre | undefined> }) {
  const t = useFieldT();
  const save = useSaveCentre(g.id);
  const [base, setBase] = useState<LearningCentre | null>(null);
  const [saved, setSaved] = useState(false);
  const current = staleCurrent<LearningCentre>(save.error);
  // The centre was deleted after this page read it: the version sent names no centre (400 on
  // `version`). (One set up meanwhile by someone else is a 409 with it, as `current`.)
  const createdMeanwhile = isApiError(save.error, 400) && save.error.issues.some((i) => i.path === 'version');

  const view = (
    <Stack gap={4}>
      {centre.exists ? (
        <>
          <Text fw={600}>{centre.name}</Text>
          {centre.description && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
              {centre.description}
            </Text>
          )}
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              {t('learning.mainLecturer')}:
            </Text>{' '}
            {centre.mainLecturer?.fullName ?? t('learning.noMainLecturer')}
          </Text>
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              {t('learning.assistants')}:
            </Text>{' '}
            {centre.assistantLecturers.map((p) => p.fullName).join(', ') || '–'}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('learning.noCentre')}
        </Text>
      )}
    </Stack>
  );

  return (
    <Paper withBorder radius="md" p="sm">
      <Title order={3} size="h4" mb="xs">
        {t('learning.centre')}
      </Title>
      {saved && !base && (
        <Alert color="ntag" variant="light" role="status" py={6} mb="xs">
          {t('common.saved')}
        </Alert>
      )}
      {base ? (
        <CentreForm
          key={`${base.version}`}
          group={g}
          initial={draftOf(base, g)}
          pending={save.isPending}
          error={current || createdMeanwhile ? null : save.error}
          notice={
            current ? (
              <StaleNotice
                onUseCurrent={() => {
                  save.reset();
                  setBase(current);
                }}
              >
                {t('rec.staleHint')} {current.name} · {current.mainLecturer?.fullName ?? t('learning.noMainLecturer')}
              </StaleNotice>
            ) : createdMeanwhile ? (
              <StaleNotice
                onUseCurrent={() => {
                  save.reset();
                  void onReload().then((fresh) => fresh && setBase(fresh));
                }}
              >
                {t('rec.createdMeanwhile')}
              </StaleNotice>
            ) : null
          }
          onCancel={() => {
            save.reset();
            setBase(null);
          }}
          onSubmit={(d) =>
            save.mutate(
              { name: d.name.trim(), description: d.description.trim() || null, mainLecturerId: d.mainLecturerId, assistantLecturerIds: d.assistantLecturerIds.filter((id) => id !== d.mainLecturerId), ...(base.exists ? { version: base.version } : {}) },
              {
                onSuccess: () => {
                  setBase(null);
                  setSaved(true);
                },
              },
            )
          }
        />
      ) : (
        <Stack gap="sm">
          {view}
          {canWrite && (
            <Row>
              <Button
                variant="light"
                onClick={() => {
                  save.reset();
                  setSaved(false);
                  setBase(centre);
                }}
              >
                {centre.exists ? t('learning.editCentre') : t('learning.setCentre')}
              </Button>
            </Row>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function CentreForm({ group: g, initial, pending, error, notice, onSubmit, onCancel }: {
  group: Group;
  initial: Draft;
  pending: boolean;
  error: unknown;
  notice: ReactNode;
  onSubmit: (d: Draft) => void;
  onCancel: () => void;
}) {
  const t = useFieldT();
  const [d, setD] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const server = useFieldErrors(error);
  const err = (k: string) => (k === 'name' && submitted && !d.name.trim() ? t('rec.required') : (server[k] ?? server[`${k}.0`]));
  const members = g.members.map((m) => ({ value: m.farmerId, label: m.fullName }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!d.name.trim()) return;
    onSubmit(d);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {notice}
        {!!error && <ErrorAlert error={error} hideIssues />}
        <TextInput label={t('learning.centreName')} placeholder={t('learning.centreNameHint')} value={d.name} onChange={(e) => setD({ ...d, name: e.currentTarget.value })} error={err('name')} required maxLength={200} />
        <Textarea label={t('learning.centreDescription')} placeholder={t('learning.centreDescriptionHint')} value={d.description} onChange={(e) => setD({ ...d, description: e.currentTarget.value })} error={err('description')} autosize minRows={2} maxLength={2000} />
        <Select
          label={t('learning.mainLecturer')}
          placeholder={t('rec.pick')}
          data={members}
          value={d.mainLecturerId}
          onChange={(v) => setD({ ...d, mainLecturerId: v, assistantLecturerIds: d.assistantLecturerIds.filter((id) => id !== v) })}
          error={err('mainLecturerId')}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Checkbox.Group label={t('learning.assistants')} value={d.assistantLecturerIds} onChange={(v) => setD({ ...d, assistantLecturerIds: v })} error={err('assistantLecturerIds')}>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} verticalSpacing={10} mt={6}>
            {g.members
              .filter((m) => m.farmerId !== d.mainLecturerId)
              .map((m) => (
                <Checkbox key={m.farmerId} value={m.farmerId} label={m.fullName} size="md" />
              ))}
          </SimpleGrid>
        </Checkbox.Group>
        <FormButtons onCancel={onCancel} pending={pending} label={t('learning.saveCentre')} gap="sm" />
      </Stack>
    </form>
  );
}
