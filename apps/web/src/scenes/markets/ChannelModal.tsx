import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { ONLINE_KIND_LABELS, ONLINE_KINDS, type OnlineKind } from '@ntag/shared';
import { staleCurrent } from '../../api/ApiError';
import { newId } from '../../api/newId';
import type { OnlineChannel } from '../../api/stepTypes';
import type { GroupSummary } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StaleNotice } from '../../components/StaleNotice';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useCreateChannel, useUpdateChannel } from '../../features/markets/useMarkets';
import { useLang } from '../../i18n/I18nProvider';
import { useFieldT } from '../../i18n/field';

const urlOk = (v: string) => /^https?:\/\/\S+$/.test(v) || /^@\S+$/.test(v);

/** Adds or changes one online channel (a 409 shows it as it is now). */
export function ChannelModal({ provinceCode, channel, groups, onClose }: { provinceCode: string; channel: OnlineChannel | null; groups: GroupSummary[]; onClose: () => void }) {
  const t = useFieldT();
  const { lang } = useLang();
  const create = useCreateChannel();
  const update = useUpdateChannel();
  const [base, setBase] = useState(channel);
  const [id] = useState(newId);
  const [d, setD] = useState({ kind: (channel?.kind ?? 'facebook') as OnlineKind, name: channel?.name ?? '', url: channel?.url ?? '', groupId: channel?.groupId ?? null, notes: channel?.notes ?? '' });
  const [submitted, setSubmitted] = useState(false);
  const mutation = base ? update : create;
  const server = useFieldErrors(mutation.error);
  const current = staleCurrent<OnlineChannel>(update.error);
  const local: Record<string, string> = {};
  if (submitted && !d.name.trim()) local.name = t('rec.required');
  if (submitted && !urlOk(d.url.trim())) local.url = t('markets.urlBad');
  const err = (k: string) => local[k] ?? server[k];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!d.name.trim() || !urlOk(d.url.trim())) return;
    const body = { provinceCode, kind: d.kind, name: d.name.trim(), url: d.url.trim(), groupId: d.groupId, notes: d.notes.trim() || null };
    if (base) update.mutate({ ...body, id: base.id, version: base.version }, { onSuccess: onClose });
    else create.mutate({ ...body, id }, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={base ? t('markets.editChannel') : t('markets.addChannel')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {current && (
            <StaleNotice
              onUseCurrent={() => {
                update.reset();
                setBase(current);
                setD({ kind: current.kind, name: current.name, url: current.url, groupId: current.groupId, notes: current.notes ?? '' });
              }}
            >
              {t('rec.staleHint')} {current.name} · {current.url}
            </StaleNotice>
          )}
          {!!mutation.error && !current && <ErrorAlert error={mutation.error} hideIssues />}
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
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!!current}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
