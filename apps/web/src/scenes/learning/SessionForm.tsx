import { Button, Checkbox, Group as Row, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { todayIso } from '@ntag/shared';
import type { Group, GroupTopic } from '../../api/contract';
import { BeDateInput } from '../../components/BeDateInput';
import { NumberField } from '../../components/NumberField';
import { useDraftForm } from '../../components/useDraftForm';
import { MAX_PHOTOS } from '../../features/learning/useLearning';
import { useFieldT } from '../../i18n/field';
import { RecordFormButtons, SaveError } from '../field/RecordParts';
import type { EditorFormProps } from '../field/useRecordEditor';
import { PhotoPicker, photoProblem } from './PhotoPicker';
import { validate, type SessionDraft } from './sessionDraft';

interface Props extends EditorFormProps {
  group: Group;
  topics: GroupTopic[];
  initial: SessionDraft;
  /** Photos already on the session (editing): the session takes MAX_PHOTOS in all. */
  photoCount: number;
  /** The session is saved; only its remaining photos are still to be sent. */
  photosOnly: boolean;
  /** How far the photo being sent is (%), while saving. */
  progress: number | null;
  onSubmit: (d: SessionDraft, files: File[]) => void;
  /** Leaves the photos that could not be sent (the session itself is saved). */
  onSkipPhotos: () => void;
  files: File[];
  onFiles: (files: File[]) => void;
}

/**
 * One learning session: when, the topic (one of the group's กท.03 development topics, or
 * another), the lecturers, the members present (all ticked to begin with: untick who was
 * absent), people from outside, and up to five photos.
 */
export function SessionForm(p: Props) {
  const { group: g, topics, initial, editing, photosOnly, pending, error } = p;
  const t = useFieldT();
  const badFiles = p.files.some((f) => photoProblem(f));
  const form = useDraftForm({ name: 'session', initial, validate: (x) => validate(x, t), error, pending, onSubmit: (x) => p.onSubmit(x, p.files), blocked: badFiles });
  const { d, setD, set, submitted, submit } = form;
  // The API names a bad person of a list by its index (lecturerIds.0): under the list's field.
  const err = (k: string) => form.err(k) ?? form.server[`${k}.0`];
  const everyone = g.members.map((m) => m.farmerId);
  const all = d.attendeeIds.length === everyone.length;

  const chooseTopic = (v: string | null) => {
    const choice = v ?? 'other';
    const planned = choice.startsWith('plan:') ? topics[Number(choice.slice(5))]?.topic : undefined;
    setD((x) => ({ ...x, topicChoice: choice, topic: planned ?? (x.topicChoice === 'other' ? x.topic : '') }));
  };

  return (
    <form onSubmit={submit} noValidate data-session-form aria-label={editing ? t('learning.editTitle') : t('learning.newTitle')}>
      <Stack gap="sm">
        {p.notice}
        <SaveError error={error} idConflict={p.idConflict} onStartNew={p.onStartNew} />
        <fieldset disabled={photosOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="sm">
            <BeDateInput label={t('learning.heldOn')} value={d.date} onChange={(v) => set('date', v)} max={todayIso()} min={g.foundedOn ?? undefined} error={err('date')} required />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
              <Select
                label={t('learning.topicFrom')}
                description={topics.length ? t('learning.topicFromHint') : t('learning.noPlanTopics')}
                value={d.topicChoice}
                onChange={chooseTopic}
                allowDeselect={false}
                data={[...topics.map((tp, i) => ({ value: `plan:${i}`, label: tp.topic })), { value: 'other', label: t('learning.otherTopic') }]}
                error={err('planTopicIndex')}
                comboboxProps={{ withinPortal: true }}
              />
              <TextInput label={t('learning.topic')} placeholder={t('learning.topicHint')} value={d.topic} onChange={(e) => set('topic', e.currentTarget.value)} error={err('topic')} required={d.topicChoice === 'other'} maxLength={300} />
            </SimpleGrid>
            <MultiSelect
              label={t('learning.lecturers')}
              description={t('learning.lecturersHint')}
              data={g.members.map((m) => ({ value: m.farmerId, label: m.fullName }))}
              value={d.lecturerIds}
              onChange={(v) => set('lecturerIds', v)}
              error={err('lecturerIds')}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
            <Paper withBorder radius="md" p="sm">
              <Row justify="space-between" gap="xs" mb={6}>
                <Text size="sm" fw={600} id="attendees-label">
                  {t('learning.attendees', { n: d.attendeeIds.length, total: everyone.length })}
                </Text>
                <Button size="compact-sm" variant="subtle" onClick={() => set('attendeeIds', all ? [] : everyone)}>
                  {all ? t('learning.noneAttended') : t('learning.allAttended')}
                </Button>
              </Row>
              <Checkbox.Group value={d.attendeeIds} onChange={(v) => set('attendeeIds', v)} aria-labelledby="attendees-label" error={err('attendeeIds')}>
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} verticalSpacing={10}>
                  {g.members.map((m) => (
                    <Checkbox key={m.farmerId} value={m.farmerId} label={m.fullName} size="md" />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
              {g.members.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('learning.noMembers')}
                </Text>
              )}
            </Paper>
            <NumberField label={t('learning.outside')} description={t('learning.outsideHint')} value={d.outside} onChange={(v) => set('outside', v)} inputMode="numeric" unit={t('learning.persons')} error={err('outsideParticipants')} maw={240} placeholder="0" />
            <Textarea label={t('rec.notes')} value={d.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={err('notes')} autosize minRows={2} maxLength={2000} />
          </Stack>
        </fieldset>
        <PhotoPicker files={p.files} onChange={p.onFiles} room={MAX_PHOTOS - p.photoCount} progress={p.progress} disabled={pending} />
        {submitted && badFiles && (
          <Text size="sm" c="red.8" role="alert">
            {t('learning.removeBadPhotos')}
          </Text>
        )}
        <RecordFormButtons
          label={photosOnly ? t('learning.sendPhotos') : editing ? t('rec.saveChanges') : t('learning.save')}
          pending={pending}
          onCancel={p.onCancel}
          extra={
            photosOnly && (
              <Button variant="default" onClick={p.onSkipPhotos}>
                {t('learning.skipPhotos')}
              </Button>
            )
          }
        />
      </Stack>
    </form>
  );
}
