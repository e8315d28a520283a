import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { isApiError, staleCurrent } from '../../api/ApiError';
import { newId } from '../../api/newId';
import type { LearningSession } from '../../api/contract';
import type { Group } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ThaiDate } from '../../components/ThaiDate';
import { hasPermission, useMe } from '../../features/auth/useMe';
import { sessions, useAddPhoto, useCentre } from '../../features/learning/useLearning';
import { useGroupPlan } from '../../features/plans/usePlans';
import { itemsOf } from '../../features/records/useRecords';
import { useFieldT } from '../../i18n/field';
import { useProgressT } from '../../i18n/progress';
import { GroupStepFrame } from '../field/GroupStepFrame';
import { StaleRecord } from '../field/RecordParts';
import { EntryPanel, RecordListSection } from '../field/RecordSections';
import { CentreSection } from './CentreSection';
import { TrainingSection } from '../training/TrainingSection';
import { SessionCard } from './SessionCard';
import { SessionForm } from './SessionForm';
import { draftOf, inputOf, newDraft, type SessionDraft } from './sessionDraft';

/**
 * ขั้นตอนที่ 3 การเรียนรู้: the group's learning centre and lecturers, and its learning sessions
 * (following the development topics of its กท.03), each with who took part and its photos.
 */
export function LearningPage() {
  const t = useProgressT();
  return (
    <GroupStepFrame screen="learning" title={t('screen.learning')}>
      {(g) => <LearningScreen group={g} />}
    </GroupStepFrame>
  );
}

function LearningScreen({ group: g }: { group: Group }) {
  const t = useFieldT();
  const { data: me } = useMe();
  const canWrite = hasPermission(me, 'learning.write');
  const centre = useCentre(g.id);
  const plan = useGroupPlan(hasPermission(me, 'plan.read') ? g.id : undefined, g.cohort);
  const list = sessions.useList({ group: g.id });
  const create = sessions.useCreate();
  const update = sessions.useUpdate();
  const remove = sessions.useRemove();
  const addPhoto = useAddPhoto();
  const [editing, setEditing] = useState<LearningSession | null>(null);
  const [id, setId] = useState(newId);
  /** Saved (created or changed); its photos not all sent yet. */
  const [pendingSession, setPendingSession] = useState<LearningSession | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  /** How far the photo being sent is (%). */
  const [progress, setProgress] = useState<number | null>(null);
  const [photoError, setPhotoError] = useState<unknown>(null);
  const [saved, setSaved] = useState<LearningSession | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const records = itemsOf(list.data);
  const topics = plan.data?.topics ?? [];
  const error = editing ? update.error : create.error;
  const current = editing ? staleCurrent<LearningSession>(update.error) : null;

  const reset = (s: LearningSession | null) => {
    setEditing(null);
    setPendingSession(null);
    setFiles([]);
    setPhotoError(null);
    setSaved(s);
    setId(newId());
    setFormKey((k) => k + 1);
  };

  const onSubmit = async (d: SessionDraft, chosen: File[]) => {
    setBusy(true);
    setSaved(null);
    setPhotoError(null);
    try {
      let s = pendingSession;
      if (!s) {
        s = editing
          ? await update.mutateAsync({ ...inputOf(d, g.cohort), id: editing.id, version: editing.version })
          : await create.mutateAsync({ ...inputOf(d, g.cohort), id, groupId: g.id });
        setPendingSession(s);
      }
      let left = [...chosen];
      for (let i = 0; i < chosen.length; i++) {
        setProgress(0);
        try {
          s = await addPhoto.mutateAsync({ sessionId: s.id, file: chosen[i]!, onProgress: (sent, total) => setProgress(Math.round((sent / total) * 100)) });
          left = left.slice(1);
          setFiles(left);
        } catch (e) {
          setPhotoError(e);
          return;
        } finally {
          setProgress(null);
        }
      }
      reset(s);
    } catch {
      // The create or update error is shown by the form.
    } finally {
      setBusy(false);
    }
  };

  const startEdit = (s: LearningSession) => {
    create.reset();
    update.reset();
    setSaved(null);
    setFiles([]);
    setPendingSession(null);
    setEditing(s);
    setFormKey((k) => k + 1);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  if (centre.isPending || list.isPending) return <Loading />;
  if (centre.error) return <ErrorAlert error={centre.error} />;

  return (
    <Stack gap="md" maw={960}>
      <CentreSection group={g} centre={centre.data} canWrite={canWrite} onReload={async () => (await centre.refetch()).data} />
      <TrainingSection group={g} canWrite={canWrite} />
      {canWrite && (
        <EntryPanel title={editing ? t('learning.editTitle') : t('learning.newTitle')} editing={!!editing} saved={saved && t('learning.saved', { topic: saved.topic, photos: saved.photos.length })}>
          {pendingSession && photoError !== null && (
            <Text size="sm" c="orange.9" mb="xs" role="alert">
              {t('learning.photosLeft', { n: files.length })}
            </Text>
          )}
          {photoError !== null && <ErrorAlert error={photoError} />}
          <SessionForm
            key={`${formKey}:${editing?.id ?? id}`}
            group={g}
            topics={topics}
            initial={editing ? draftOf(editing, g.cohort) : newDraft(g, centre.data)}
            photoCount={pendingSession?.photos.length ?? editing?.photos.length ?? 0}
            editing={!!editing}
            photosOnly={!!pendingSession}
            pending={busy}
            progress={progress}
            error={current || pendingSession ? null : error}
            idConflict={!editing && isApiError(create.error, 409) && create.error.code === 'record.id_conflict'}
            onStartNew={() => {
              create.reset();
              setId(newId());
            }}
            onSubmit={(d, f) => void onSubmit(d, f)}
            onCancel={editing && !pendingSession ? () => reset(null) : undefined}
            onSkipPhotos={() => reset(pendingSession)}
            files={files}
            onFiles={setFiles}
            notice={
              <StaleRecord current={current} onUseCurrent={startEdit}>
                {(c) => (
                  <>
                    {c.topic} · <ThaiDate value={c.date} />
                  </>
                )}
              </StaleRecord>
            }
          />
        </EntryPanel>
      )}
      <RecordListSection id="session-list" title={t('learning.listTitle')} list={list} removeError={remove.error} readOnly={!canWrite}>
        {records.length === 0 && <Text c="dimmed">{t('learning.none')}</Text>}
        {records.map((s) => (
          <SessionCard
            key={s.id}
            session={s}
            canWrite={canWrite}
            fromPlan={s.planTopicIndex !== null}
            onEdit={() => startEdit(s)}
            onDelete={(reason) => remove.mutate({ id: s.id, version: s.version, reason })}
            deleting={remove.isPending && remove.variables?.id === s.id}
          />
        ))}
      </RecordListSection>
    </Stack>
  );
}
