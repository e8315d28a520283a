import { useState } from 'react';
import { Alert, Autocomplete, Button, Card, Chip, FileButton, Group, MultiSelect, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { CHANNEL_LABELS, CHANNELS, OUTLET_TYPE_LABELS, OUTLET_TYPES, QUANTITY_UNIT_LABELS, QUANTITY_UNITS, todayIso } from '@ntag/shared';
import { Link } from 'react-router';
import { newId } from '../api/newId';
import { BeDateInput } from '../components/BeDateInput';
import { hasPermission, useMe } from '../features/auth/useMe';
import { useLang } from '../i18n/I18nProvider';
import { useOfflineT } from '../i18n/offline';
import { db, type Entity, type OutboxKind } from './db';
import { changedOnly, fromRecord, labelOf, missing, toBody, WRITE, type FormValues } from './fieldForms';
import { useGroupRecords, useLocalGroups, useProducts } from './hooks';
import { enqueue } from './outbox';
import { shrinkPhoto } from './photo';
import { SyncCard } from './SyncCard';

const KINDS: OutboxKind[] = ['production', 'transaction', 'learningSession', 'outlet', 'farmer'];
type Member = { farmerId: string; fullName: string };

const blank = (): FormValues => ({ date: todayIso(), unit: 'kg', channel: 'local_market', type: 'shop' });

/**
 * /field — record steps 3–6 and new farmers with or without signal. Everything comes from the
 * phone's own copy (groups, members, products) and goes to the outbox; a sync sends it.
 */
export function FieldPage() {
  const t = useOfflineT();
  const { lang } = useLang();
  const groups = useLocalGroups();
  const products = useProducts();
  const [groupId, setGroupId] = useState<string | null>(null);
  const me = useMe();
  const kinds = KINDS.filter((k) => hasPermission(me.data, WRITE[k]));
  const [chosen, setKind] = useState<OutboxKind | null>(null);
  const kind = chosen && kinds.includes(chosen) ? chosen : (kinds[0] ?? 'production');
  const [values, setValues] = useState<FormValues>(blank);
  const [editing, setEditing] = useState<Entity | null>(null);
  const [photos, setPhotos] = useState<Array<{ blob: Blob; width: number; height: number }>>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const gid = groupId ?? (groups?.length === 1 ? groups[0]!.id : null);
  const group = groups?.find((g) => g.id === gid);
  const members = ((group?.data.members as Member[] | undefined) ?? []).map((m) => ({ value: m.farmerId, label: m.fullName }));
  const recent = useGroupRecords(gid);

  const set = (k: string) => (v: string | string[] | null) => setValues((s) => ({ ...s, [k]: v ?? '' }));
  const err = (k: string) => (errors.includes(k) ? t('off.required') : undefined);

  /** After a save the next entry starts from the same day, product, unit and channel (a row of harvests). */
  const reset = () => {
    setValues((s) => (editing ? blank() : { ...blank(), date: s.date ?? todayIso(), product: s.product ?? '', unit: s.unit ?? 'kg', channel: s.channel ?? 'local_market', type: s.type ?? 'shop', farmerId: s.farmerId ?? '' }));
    setEditing(null);
    setPhotos([]);
    setErrors([]);
  };

  const save = async () => {
    const miss = missing(kind, values);
    setErrors(miss);
    if (miss.length || !gid) return;
    const body = toBody(kind, values, { tambonCode: group?.data.tambonCode as string | undefined });
    if (editing) {
      const patch = changedOnly(editing.data, body);
      await enqueue({ id: editing.id, kind, body: patch, label: labelOf(kind, { ...editing.data, ...body }), groupId: gid, baseVersion: editing.version ?? undefined });
    } else {
      const id = newId();
      const full = kind === 'farmer' ? { id, ...body } : { id, groupId: gid, ...body };
      await db.transaction('rw', db.outbox, db.photos, async () => {
        await enqueue({ id, kind, body: full, label: labelOf(kind, body), groupId: gid });
        if (kind === 'learningSession') {
          await db.photos.bulkPut(photos.map((p, i) => ({ id: newId(), sessionId: id, ordinal: i, blob: p.blob, width: p.width, height: p.height, state: 'waiting' as const })));
        }
      });
    }
    setSaved(labelOf(kind, body));
    reset();
  };

  const addPhotos = async (files: File[]) => {
    const small = await Promise.all(files.slice(0, 5 - photos.length).map((f) => shrinkPhoto(f)));
    setPhotos((p) => [...p, ...small]);
  };

  const startEdit = (r: Entity) => {
    setKind(r.kind as OutboxKind);
    setValues({ ...blank(), ...fromRecord(r.kind as OutboxKind, r.data) });
    setEditing(r);
    setSaved(null);
    window.scrollTo({ top: 0 });
  };

  if (groups && groups.length === 0) {
    return (
      <Stack maw={640}>
        <Title order={2}>{t('off.fieldTitle')}</Title>
        <SyncCard />
        <Alert color="orange">{t('off.noGroups')}</Alert>
      </Stack>
    );
  }
  const units = QUANTITY_UNITS.map((u) => ({ value: u, label: QUANTITY_UNIT_LABELS[u][lang] }));
  const productNames = [...new Set(products.map((p) => String(p.data.nameTh)))];
  /** A catalogue code as its Thai name (records keep the code of a listed product). */
  const productName = (code: unknown) => String(products.find((p) => p.id === code)?.data.nameTh ?? code ?? '');

  return (
    <Stack maw={640} gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('off.fieldTitle')}</Title>
        <Button component={Link} to="/outbox" variant="light" size="xs">
          {t('off.outboxNav')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('off.fieldHint')}
      </Text>
      <Select label={t('off.group')} data={(groups ?? []).map((g) => ({ value: g.id, label: String(g.data.name) }))} value={gid} onChange={setGroupId} allowDeselect={false} />
      <Chip.Group multiple={false} value={kind} onChange={(v) => { setKind(v as OutboxKind); setEditing(null); setErrors([]); }}>
        <Group gap={6}>
          {kinds.map((k) => (
            <Chip key={k} value={k} size="sm" disabled={!!editing && editing.kind !== k}>
              {t(`off.kind.${k}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {saved && (
        <Alert color="green" variant="light" role="status" data-testid="saved-offline" withCloseButton onClose={() => setSaved(null)}>
          {t('off.saved')}: {saved}
        </Alert>
      )}
      <Card withBorder padding="sm">
        <Stack gap="xs">
          {editing && (
            <Group justify="space-between">
              <Text size="sm" fw={600} c="orange.8">
                {t('off.editing', { v: editing.version ?? '' })}
              </Text>
              <Button size="compact-xs" variant="default" onClick={reset}>
                {t('off.cancelEdit')}
              </Button>
            </Group>
          )}
          {kind !== 'farmer' && <BeDateInput label={t('off.date')} value={String(values.date || '') || null} onChange={set('date')} max={todayIso()} required error={err('date')} />}
          {(kind === 'production' || kind === 'transaction') && (
            <>
              <Autocomplete label={t('off.product')} data={productNames} value={String(values.product ?? '')} onChange={set('product')} required error={err('product')} />
              <Group grow align="flex-start">
                <TextInput label={t('off.quantity')} inputMode="decimal" value={String(values.quantity ?? '')} onChange={(e) => set('quantity')(e.currentTarget.value)} required error={err('quantity')} />
                <Select label={t('off.unit')} data={units} value={String(values.unit ?? '')} onChange={set('unit')} allowDeselect={false} />
              </Group>
              <TextInput label={t('off.value')} inputMode="decimal" value={String(values.value ?? '')} onChange={(e) => set('value')(e.currentTarget.value)} required={kind === 'transaction'} error={err('value')} />
              <Select label={t('off.member')} data={[{ value: '', label: t('off.whole') }, ...members]} value={String(values.farmerId ?? '')} onChange={set('farmerId')} allowDeselect={false} />
            </>
          )}
          {kind === 'transaction' && (
            <Select label={t('off.channel')} data={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c][lang] }))} value={String(values.channel ?? '')} onChange={set('channel')} allowDeselect={false} />
          )}
          {kind === 'learningSession' && (
            <>
              <TextInput label={t('off.topic')} value={String(values.topic ?? '')} onChange={(e) => set('topic')(e.currentTarget.value)} required error={err('topic')} />
              <MultiSelect label={t('off.attendees')} data={members} value={(values.attendeeIds as string[] | undefined) ?? []} onChange={set('attendeeIds')} searchable />
              {!editing && (
                <Group gap="xs">
                  <FileButton onChange={(f) => void addPhotos(f)} accept="image/*" multiple>
                    {(props) => (
                      <Button variant="default" size="xs" {...props} disabled={photos.length >= 5}>
                        {t('off.addPhotos')}
                      </Button>
                    )}
                  </FileButton>
                  <Text size="xs" c="dimmed" data-testid="photo-count">
                    {t('off.photos', { n: photos.length })}
                    {photos.length > 0 && ` · ${Math.round(photos.reduce((n, p) => n + p.blob.size, 0) / 1024)} KB`}
                  </Text>
                </Group>
              )}
            </>
          )}
          {kind === 'outlet' && (
            <>
              <Select label={t('off.outletType')} data={OUTLET_TYPES.map((o) => ({ value: o, label: OUTLET_TYPE_LABELS[o][lang] }))} value={String(values.type ?? '')} onChange={set('type')} allowDeselect={false} />
              <TextInput label={t('off.outletName')} value={String(values.name ?? '')} onChange={(e) => set('name')(e.currentTarget.value)} required error={err('name')} />
            </>
          )}
          {kind === 'farmer' && (
            <>
              <TextInput label={t('off.nationalId')} inputMode="numeric" value={String(values.nationalId ?? '')} onChange={(e) => set('nationalId')(e.currentTarget.value)} required error={err('nationalId')} />
              <Group grow align="flex-start">
                <TextInput label={t('off.firstName')} value={String(values.firstName ?? '')} onChange={(e) => set('firstName')(e.currentTarget.value)} required error={err('firstName')} />
                <TextInput label={t('off.lastName')} value={String(values.lastName ?? '')} onChange={(e) => set('lastName')(e.currentTarget.value)} required error={err('lastName')} />
              </Group>
            </>
          )}
          {kind !== 'outlet' && <Textarea label={t('off.notes')} autosize minRows={1} value={String(values.notes ?? '')} onChange={(e) => set('notes')(e.currentTarget.value)} />}
          <Button onClick={() => void save()} disabled={!gid} data-testid="save-offline">
            {t('off.save')}
          </Button>
        </Stack>
      </Card>
      <SyncCard />
      {recent.length > 0 && (
        <Stack gap={4}>
          <Text fw={600}>{t('off.recent')}</Text>
          {recent.map((r) => (
            <Group key={`${r.kind}:${r.id}`} justify="space-between" wrap="nowrap" data-testid="recent-record">
              <Text size="sm" truncate>
                {t(`off.kind.${r.kind as OutboxKind}`)} · {String(r.data.date ?? '')} · {labelOf(r.kind as OutboxKind, { ...r.data, product: productName(r.data.product) })}
              </Text>
              <Button size="compact-xs" variant="default" onClick={() => startEdit(r)}>
                {t('off.editOffline')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
