import { useState } from 'react';
import { Select, Textarea, TextInput } from '@mantine/core';
import { ONLINE_KIND_LABELS, ONLINE_KINDS, type OnlineKind } from '@ntag/shared';
import type { ChannelInput, OnlineChannel } from '../../api/contract';
import type { GroupSummary } from '../../api/contract';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useCreateChannel, useUpdateChannel } from '../../features/markets/useMarkets';
import { useLang } from '../../i18n/I18nProvider';
import { useFieldT } from '../../i18n/field';
import { RecordDialog, useDialogEditor } from '../field/RecordDialog';

const urlOk = (v: string) => /^https?:\/\/\S+$/.test(v) || /^@\S+$/.test(v);

/** Adds or changes one online channel (a 409 shows it as it is now). */
export function ChannelModal({ provinceCode, channel, groups, onClose }: { provinceCode: string; channel: OnlineChannel | null; groups: GroupSummary[]; onClose: () => void }) {
  const t = useFieldT();
  const { lang } = useLang();
  const dialog = useDialogEditor<OnlineChannel, ChannelInput>(channel, useCreateChannel(), useUpdateChannel());
  const [d, setD] = useState({ kind: (channel?.kind ?? 'facebook') as OnlineKind, name: channel?.name ?? '', url: channel?.url ?? '', groupId: channel?.groupId ?? null, notes: channel?.notes ?? '' });
  const [submitted, setSubmitted] = useState(false);
  const server = useFieldErrors(dialog.error);
  const local: Record<string, string> = {};
  if (submitted && !d.name.trim()) local.name = t('rec.required');
  if (submitted && !urlOk(d.url.trim())) local.url = t('markets.urlBad');
  const err = (k: string) => local[k] ?? server[k];

  const submit = () => {
    setSubmitted(true);
    if (!d.name.trim() || !urlOk(d.url.trim())) return;
    dialog.save({ provinceCode, kind: d.kind, name: d.name.trim(), url: d.url.trim(), groupId: d.groupId, notes: d.notes.trim() || null }, onClose);
  };

  return (
    <RecordDialog
      title={dialog.base ? t('markets.editChannel') : t('markets.addChannel')}
      dialog={dialog}
      onClose={onClose}
      onSubmit={submit}
      onUseCurrent={(c) => setD({ kind: c.kind, name: c.name, url: c.url, groupId: c.groupId, notes: c.notes ?? '' })}
      describe={(c) => `${c.name} · ${c.url}`}
    >
      <Select label={t('markets.channelKind')} data={ONLINE_KINDS.map((k) => ({ value: k, label: ONLINE_KIND_LABELS[k][lang] }))} value={d.kind} onChange={(v) => v && setD({ ...d, kind: v as OnlineKind })} allowDeselect={false} comboboxProps={{ withinPortal: true }} />
      <TextInput label={t('markets.channelName')} value={d.name} onChange={(e) => setD({ ...d, name: e.currentTarget.value })} error={err('name')} required maxLength={200} data-autofocus />
      <TextInput label={t('markets.channelUrl')} description={t('markets.channelUrlHint')} value={d.url} onChange={(e) => setD({ ...d, url: e.currentTarget.value })} error={err('url')} required maxLength={500} inputMode="url" placeholder="https://… / @lineid" />
      <Select
        label={t('markets.channelGroup')}
        placeholder={t('markets.wholeProvince')}
        data={groups.map((g) => ({ value: g.id, label: g.name }))}
        value={d.groupId}
        onChange={(v) => setD({ ...d, groupId: v })}
        clearable
        searchable
        error={err('groupId')}
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea label={t('rec.notes')} value={d.notes} onChange={(e) => setD({ ...d, notes: e.currentTarget.value })} autosize minRows={2} maxLength={1000} />
    </RecordDialog>
  );
}
