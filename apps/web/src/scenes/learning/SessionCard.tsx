import { useRef, useState } from 'react';
import { Badge, Button, CloseButton, Group, Modal, Paper, Progress, Stack, Text, UnstyledButton } from '@mantine/core';
import type { LearningSession, Photo } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ThaiDate } from '../../components/ThaiDate';
import { MAX_PHOTOS, PHOTO_TYPES, useAddPhoto, useRemovePhoto } from '../../features/learning/useLearning';
import { useFieldT } from '../../i18n/field';
import { RowActions } from '../field/RecordParts';
import { photoProblem } from './PhotoPicker';

/**
 * One session as a card: date, topic (and whether it follows the group plan), lecturers, who
 * took part, and its photos as thumbnails (tap to enlarge). Writers add or remove photos here.
 */
export function SessionCard({ session: s, canWrite, fromPlan, onEdit, onDelete, deleting }: {
  session: LearningSession;
  canWrite: boolean;
  fromPlan: boolean;
  onEdit: () => void;
  onDelete: (reason?: string) => void;
  deleting: boolean;
}) {
  const t = useFieldT();
  const [open, setOpen] = useState<Photo | null>(null);
  const add = useAddPhoto();
  const remove = useRemovePhoto();
  const [pct, setPct] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const upload = async (files: FileList | null) => {
    if (!files) return;
    setProblem(null);
    for (const file of Array.from(files).slice(0, MAX_PHOTOS - s.photos.length)) {
      const bad = photoProblem(file);
      if (bad) {
        setProblem(bad === 'type' ? t('learning.photoType') : t('learning.photoSize'));
        continue;
      }
      setPct(0);
      try {
        await add.mutateAsync({ sessionId: s.id, file, onProgress: (sent, total) => setPct(Math.round((sent / total) * 100)) });
      } catch {
        break;
      } finally {
        setPct(null);
      }
    }
    if (input.current) input.current.value = '';
  };

  return (
    <Paper withBorder radius="md" p="sm" data-testid="session-card">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text size="sm" c="dimmed">
              <ThaiDate value={s.date} style="long" />
            </Text>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {s.topic}
            </Text>
          </div>
          {fromPlan && (
            <Badge size="sm" variant="light" color="indigo" style={{ flex: 'none' }}>
              {t('learning.fromPlan')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          <Text span size="sm" c="dimmed">
            {t('learning.lecturers')}:
          </Text>{' '}
          {s.lecturers.map((p) => p.fullName).join(', ') || '–'}
        </Text>
        <Text size="sm">
          <Text span size="sm" c="dimmed">
            {t('learning.participants')}:
          </Text>{' '}
          {t('learning.participantsValue', { n: s.participants, members: s.attendees.length, outside: s.outsideParticipants })}
        </Text>
        {s.notes && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {s.notes}
          </Text>
        )}
        {(s.photos.length > 0 || canWrite) && (
          <Group gap="xs" mt={4} wrap="wrap" data-testid="session-photos">
            {s.photos.map((p, i) => (
              <div key={p.id} style={{ position: 'relative' }}>
                <UnstyledButton onClick={() => setOpen(p)} aria-label={t('learning.openPhoto', { n: i + 1 })}>
                  <img src={p.url} alt={t('learning.photoAlt', { n: i + 1, topic: s.topic })} width={72} height={72} loading="lazy" style={{ objectFit: 'cover', borderRadius: 8, display: 'block', border: '1px solid var(--mantine-color-gray-3)' }} />
                </UnstyledButton>
                {canWrite && (
                  <CloseButton
                    size="sm"
                    aria-label={t('learning.removePhoto', { n: i + 1 })}
                    onClick={() => window.confirm(t('learning.removePhotoConfirm')) && remove.mutate({ sessionId: s.id, photoId: p.id })}
                    style={{ position: 'absolute', top: 2, right: 2, background: 'rgba(255,255,255,0.9)' }}
                  />
                )}
              </div>
            ))}
            {canWrite && s.photos.length < MAX_PHOTOS && (
              <>
                <input ref={input} type="file" accept={PHOTO_TYPES.join(',')} multiple hidden onChange={(e) => void upload(e.currentTarget.files)} />
                <Button variant="default" h={72} w={72} px={4} onClick={() => input.current?.click()} loading={add.isPending} styles={{ label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.3, fontSize: 12 } }}>
                  {t('learning.addPhoto')}
                </Button>
              </>
            )}
          </Group>
        )}
        {pct !== null && <Progress value={pct} size="sm" aria-label={t('learning.uploading')} />}
        {problem && (
          <Text size="sm" c="red.8">
            {problem}
          </Text>
        )}
        {!!add.error && <ErrorAlert error={add.error} />}
        {!!remove.error && <ErrorAlert error={remove.error} />}
        {canWrite && <RowActions label={s.topic} onEdit={onEdit} onDelete={onDelete} deleting={deleting} askReason />}
      </Stack>
      <Modal opened={!!open} onClose={() => setOpen(null)} title={s.topic} size="xl" centered>
        {open && <img src={open.url} alt={s.topic} style={{ width: '100%', height: 'auto', display: 'block', borderRadius: 8 }} />}
      </Modal>
    </Paper>
  );
}
