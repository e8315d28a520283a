import { useEffect, useMemo, useRef } from 'react';
import { Alert, Button, CloseButton, Group, Progress, Stack, Text } from '@mantine/core';
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from '../../features/learning/useLearning';
import { useFieldT } from '../../i18n/field';

/** Why a file cannot be sent, before it is: not an image the API takes, or over 10 MB. */
export function photoProblem(file: File): 'type' | 'size' | null {
  if (!PHOTO_TYPES.includes(file.type)) return 'type';
  if (file.size > MAX_PHOTO_BYTES) return 'size';
  return null;
}

interface Props {
  files: File[];
  onChange: (files: File[]) => void;
  /** How many more the session may take (at most MAX_PHOTOS in all). */
  room: number;
  /** How far the first file is sent (%), while saving: files leave the list once they are sent. */
  progress?: number | null;
  disabled?: boolean;
}

/**
 * Photos of a learning session, chosen from the camera or the gallery (the phone offers both),
 * shown as thumbnails before they are sent. The rule against photographing ID cards is printed
 * where the photos are taken.
 */
export function PhotoPicker({ files, onChange, room, progress, disabled }: Props) {
  const t = useFieldT();
  const input = useRef<HTMLInputElement>(null);
  const previews = useMemo(() => files.map((f) => URL.createObjectURL(f)), [files]);
  useEffect(() => () => previews.forEach((u) => URL.revokeObjectURL(u)), [previews]);
  const rejected = files.map(photoProblem);
  const left = room - files.length;

  const add = (list: FileList | null) => {
    if (!list) return;
    onChange([...files, ...Array.from(list)].slice(0, Math.max(room, 0)));
    if (input.current) input.current.value = '';
  };

  return (
    <Stack gap="xs">
      <Alert color="yellow" variant="light" py={6} data-testid="no-id-card-note">
        <Text size="sm" fw={700}>
          {t('learning.noIdCards')}
        </Text>
        <Text size="xs">{t('learning.noIdCardsHint')}</Text>
      </Alert>
      <input ref={input} type="file" accept={PHOTO_TYPES.join(',')} multiple hidden onChange={(e) => add(e.currentTarget.files)} data-testid="photo-input" />
      <Group gap="sm" wrap="wrap">
        <Button variant="light" onClick={() => input.current?.click()} disabled={disabled || left <= 0}>
          {t('learning.addPhotos')}
        </Button>
        <Text size="xs" c="dimmed">
          {left > 0 ? t('learning.photoRoom', { n: left }) : t('learning.photoFull')}
        </Text>
      </Group>
      {files.length > 0 && (
        <Group gap="xs" wrap="wrap">
          {files.map((f, i) => (
            <Stack key={`${f.name}-${f.size}-${i}`} gap={2} w={84}>
              <div style={{ position: 'relative', width: 84, height: 84 }}>
                <img src={previews[i]} alt={f.name} width={84} height={84} style={{ objectFit: 'cover', borderRadius: 8, border: rejected[i] ? '2px solid var(--mantine-color-red-7)' : '1px solid var(--mantine-color-gray-3)' }} />
                {!disabled && (
                  <CloseButton
                    size="sm"
                    aria-label={t('learning.removeChosen', { name: f.name })}
                    onClick={() => onChange(files.filter((_, j) => j !== i))}
                    style={{ position: 'absolute', top: 2, right: 2, background: 'rgba(255,255,255,0.9)' }}
                  />
                )}
              </div>
              {i === 0 && progress != null && <Progress value={progress} size="sm" aria-label={t('learning.uploading')} />}
              {rejected[i] && (
                <Text size="xs" c="red.8">
                  {rejected[i] === 'type' ? t('learning.photoType') : t('learning.photoSize')}
                </Text>
              )}
            </Stack>
          ))}
        </Group>
      )}
    </Stack>
  );
}
