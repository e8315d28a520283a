import { useState } from 'react';
import { Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { todayIso } from '@ntag/shared';
import type { Visit } from '../../api/contract';
import { newId } from '../../api/newId';
import { BeDateInput } from '../../components/BeDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { useFieldErrors } from '../../components/useFieldErrors';
import { MAX_PHOTOS } from '../../features/learning/useLearning';
import { useAddVisitPhoto, useSaveVisit } from '../../features/plan/usePlan';
import { useStepName } from '../../features/program/useProgram';
import { usePlanT } from '../../i18n/plan';
import { PhotoPicker, photoProblem } from '../learning/PhotoPicker';

/**
 * A district's visit to a group: the day, who went, the step it supported (4 and 6 first), what
 * was advised, problems found, when to come back, and photos (sent one by one after the visit is
 * saved; the id is made once per form, so a retry never records the visit twice).
 */
export function VisitModal({ groupId, visit, onClose }: { groupId: string; visit: Visit | null; onClose: () => void }) {
  const t = usePlanT();
  const stepName = useStepName();
  const save = useSaveVisit();
  const addPhoto = useAddVisitPhoto();
  const [id] = useState(() => visit?.id ?? newId());
  const [visitedOn, setVisitedOn] = useState<string | null>(visit?.visitedOn ?? todayIso());
  const [step, setStep] = useState(String(visit?.step ?? 4));
  const [visitors, setVisitors] = useState(visit?.visitors ?? '');
  const [advice, setAdvice] = useState(visit?.advice ?? '');
  const [problems, setProblems] = useState(visit?.problems ?? '');
  const [followUpOn, setFollowUpOn] = useState<string | null>(visit?.followUpOn ?? null);
  const [files, setFiles] = useState<File[]>([]);
  const errors = useFieldErrors(save.error);
  const valid = !!visitedOn && visitors.trim() && advice.trim() && files.every((f) => !photoProblem(f));
  const room = MAX_PHOTOS - (visit?.photos.length ?? 0);

  const submit = async () => {
    const saved = await save.mutateAsync({
      id, groupId, version: visit?.version,
      input: { visitedOn: visitedOn!, step: Number(step), visitors: visitors.trim(), advice: advice.trim(), problems: problems.trim() || null, followUpOn },
    });
    for (const file of files) await addPhoto.mutateAsync({ visitId: saved.id, file });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={visit ? t('visits.edit') : t('visits.add')} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); if (valid) void submit().catch(() => {}); }}>
        <Stack gap="sm">
          {!!(save.error ?? addPhoto.error) && <ErrorAlert error={save.error ?? addPhoto.error} hideIssues />}
          <BeDateInput label={t('visits.visitedOn')} value={visitedOn} onChange={setVisitedOn} required max={todayIso()} error={errors.visitedOn} />
          <Select label={t('visits.step')} value={step} onChange={(v) => v && setStep(v)} allowDeselect={false}
            data={[1, 2, 3, 4, 5, 6, 7].map((n) => ({ value: String(n), label: `${n}. ${stepName(n)}` }))} comboboxProps={{ withinPortal: true }} error={errors.step} />
          <TextInput label={t('visits.visitors')} value={visitors} onChange={(e) => setVisitors(e.currentTarget.value)} required maxLength={300} error={errors.visitors} />
          <Textarea label={t('visits.advice')} value={advice} onChange={(e) => setAdvice(e.currentTarget.value)} required autosize minRows={2} maxLength={2000} error={errors.advice} />
          <Textarea label={t('visits.problems')} value={problems} onChange={(e) => setProblems(e.currentTarget.value)} autosize minRows={2} maxLength={2000} error={errors.problems} />
          <BeDateInput label={t('visits.followUpOn')} value={followUpOn} onChange={setFollowUpOn} min={visitedOn ?? undefined} error={errors.followUpOn} />
          {room > 0 && <PhotoPicker files={files} onChange={setFiles} room={room} disabled={save.isPending || addPhoto.isPending} />}
          <FormButtons onCancel={onClose} pending={save.isPending || addPhoto.isPending} disabled={!valid} />
        </Stack>
      </form>
    </Modal>
  );
}
