import { useState } from 'react';
import { MultiSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { EventInput, MarketingEvent } from '../../api/contract';
import { BeDateInput } from '../../components/BeDateInput';
import { ThaiDate } from '../../components/ThaiDate';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useGroupList } from '../../features/groups/useGroups';
import { useCreateEvent, useUpdateEvent } from '../../features/sales/useSales';
import { useFieldT } from '../../i18n/field';
import { ProvinceSelect } from '../field/ProvinceSelect';
import { RecordDialog, useDialogEditor } from '../field/RecordDialog';

interface Draft {
  provinceCode: string;
  name: string;
  startsOn: string | null;
  endsOn: string | null;
  place: string;
  groupIds: string[];
  notes: string;
}

const draftOf = (e: MarketingEvent | null, province: string): Draft => ({
  provinceCode: e?.provinceCode ?? province,
  name: e?.name ?? '',
  startsOn: e?.startsOn ?? null,
  endsOn: e?.endsOn ?? null,
  place: e?.place ?? '',
  groupIds: e?.groups.map((g) => g.id) ?? [],
  notes: e?.notes ?? '',
});

/** Adds or changes a marketing event with the province's groups taking part (a 409 shows it as it is now). */
export function EventModal({ event, province, onClose }: { event: MarketingEvent | null; province: string; onClose: () => void }) {
  const t = useFieldT();
  const dialog = useDialogEditor<MarketingEvent, EventInput>(event, useCreateEvent(), useUpdateEvent());
  const [d, setD] = useState(() => draftOf(event, province));
  const [submitted, setSubmitted] = useState(false);
  const groups = useGroupList({ unit: d.provinceCode || undefined }, !!d.provinceCode);
  const server = useFieldErrors(dialog.error);
  const local: Record<string, string> = {};
  if (submitted && !d.provinceCode) local.provinceCode = t('rec.required');
  if (submitted && !d.name.trim()) local.name = t('rec.required');
  if (submitted && !d.startsOn) local.startsOn = t('rec.required');
  if (submitted && d.startsOn && d.endsOn && d.endsOn < d.startsOn) local.endsOn = t('events.endBeforeStart');
  const err = (k: string) => local[k] ?? server[k] ?? server[`${k}.0`];
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));

  const submit = () => {
    setSubmitted(true);
    if (!d.provinceCode || !d.name.trim() || !d.startsOn || (d.endsOn && d.endsOn < d.startsOn)) return;
    dialog.save({ provinceCode: d.provinceCode, name: d.name.trim(), startsOn: d.startsOn, endsOn: d.endsOn, place: d.place.trim() || null, groupIds: d.groupIds, notes: d.notes.trim() || null }, onClose);
  };

  return (
    <RecordDialog
      title={dialog.base ? t('events.edit') : t('events.add')}
      dialog={dialog}
      onClose={onClose}
      onSubmit={submit}
      onUseCurrent={(c) => setD(draftOf(c, province))}
      describe={(c) => (
        <>
          {c.name} · <ThaiDate value={c.startsOn} />
        </>
      )}
    >
      {!dialog.base && <ProvinceSelect value={d.provinceCode} onChange={(v) => setD((x) => ({ ...x, provinceCode: v, groupIds: x.provinceCode === v ? x.groupIds : [] }))} w="100%" />}
      <TextInput label={t('events.name')} placeholder={t('events.nameHint')} value={d.name} onChange={(e) => set('name', e.currentTarget.value)} error={err('name')} required maxLength={300} data-autofocus />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <BeDateInput label={t('events.startsOn')} value={d.startsOn} onChange={(v) => set('startsOn', v)} error={err('startsOn')} required />
        <BeDateInput label={t('events.endsOn')} value={d.endsOn} onChange={(v) => set('endsOn', v)} min={d.startsOn ?? undefined} error={err('endsOn')} />
      </SimpleGrid>
      <TextInput label={t('events.place')} placeholder={t('events.placeHint')} value={d.place} onChange={(e) => set('place', e.currentTarget.value)} error={err('place')} maxLength={300} />
      <MultiSelect
        label={t('events.groups')}
        description={t('events.groupsHint')}
        placeholder={d.groupIds.length ? undefined : t('events.pickGroups')}
        data={(groups.data ?? []).map((g) => ({ value: g.id, label: `${g.name} (${g.cohort})` }))}
        value={d.groupIds}
        onChange={(v) => set('groupIds', v)}
        searchable
        clearable
        disabled={!d.provinceCode}
        error={err('groupIds')}
        nothingFoundMessage={t('events.noGroups')}
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea label={t('rec.notes')} value={d.notes} onChange={(e) => set('notes', e.currentTarget.value)} autosize minRows={2} maxLength={2000} />
    </RecordDialog>
  );
}
