import { useRef, useState } from 'react';
import { CHANNEL_LABELS, CHANNELS, formatDate, OUTLET_TYPE_LABELS, OUTLET_TYPES, QUANTITY_UNIT_LABELS, QUANTITY_UNITS, todayIso } from '@ntag/shared';
import type { Me } from '../api/contract';
import { newId } from '../api/newId';
import { db, type Entity, type OutboxKind } from '../offline/db';
import { changedOnly, fromRecord, labelOf, missing, toBody, WRITE, type FormValues } from '../offline/fieldForms';
import { useGroupRecords, useLocalGroups, useProducts } from '../offline/hooks';
import { enqueue } from '../offline/outbox';
import { shrinkPhoto } from '../offline/photo';
import { DateField } from './DateField';
import { SyncCard } from './SyncCard';
import { useFieldLang, useFieldT } from './texts';
import { Alert, PageHead, SelectField, TextArea, TextField } from './ui';
import { can } from './useFieldMe';

const KINDS: OutboxKind[] = ['production', 'transaction', 'learningSession', 'outlet', 'farmer'];
type Member = { farmerId: string; fullName: string };
type Photo = { blob: Blob; width: number; height: number };

const blank = (): FormValues => ({ date: todayIso(), unit: 'kg', channel: 'local_market', type: 'shop' });

/**
 * /field — record steps 3–6 and new farmers with or without signal. Everything comes from the
 * phone's own copy (groups, members, products) and goes to the outbox; a sync sends it.
 */
export function FieldPage({ me }: { me: Me }) {
  const t = useFieldT();
  const lang = useFieldLang();
  const groups = useLocalGroups();
  const products = useProducts();
  const [groupId, setGroupId] = useState<string | null>(null);
  const kinds = KINDS.filter((k) => can(me, WRITE[k]));
  const [chosen, setKind] = useState<OutboxKind | null>(null);
  const kind = chosen && kinds.includes(chosen) ? chosen : (kinds[0] ?? 'production');
  const [values, setValues] = useState<FormValues>(blank);
  const [editing, setEditing] = useState<Entity | null>(null);
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const gid = groupId ?? (groups?.length === 1 ? groups[0]!.id : null);
  const group = groups?.find((g) => g.id === gid);
  const members = ((group?.data.members as Member[] | undefined) ?? []).map((m) => ({ value: m.farmerId, label: m.fullName }));
  const recent = useGroupRecords(gid);

  const v = (k: string) => String(values[k] ?? '');
  const set = (k: string) => (val: string | string[]) => setValues((s) => ({ ...s, [k]: val }));
  const err = (k: string) => (errors.includes(k) ? t('off.required') : undefined);

  /** After a save the next entry starts from the same day, product, unit and channel (a row of harvests). */
  const reset = () => {
    setValues((s) => (editing ? blank() : { ...blank(), date: s.date || todayIso(), product: s.product ?? '', unit: s.unit ?? 'kg', channel: s.channel ?? 'local_market', type: s.type ?? 'shop', farmerId: s.farmerId ?? '' }));
    setEditing(null);
    setPhotos([]);
    setErrors([]);
  };

  const save = async () => {
    const miss = missing(kind, values);
    setErrors(miss);
    if (miss.length || !gid) return;
    // A new farmer is registered in the group's tambon (the pulled group carries it as `tambon.code`).
    const body = toBody(kind, values, { tambonCode: (group?.data.tambon as { code?: string } | undefined)?.code });
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
      <div className="f-stack">
        <h1>{t('off.fieldTitle')}</h1>
        <SyncCard />
        <Alert>{t('off.noGroups')}</Alert>
      </div>
    );
  }
  const units = QUANTITY_UNITS.map((u) => ({ value: u, label: QUANTITY_UNIT_LABELS[u][lang] }));
  const productNames = [...new Set(products.map((p) => String(p.data.nameTh)))];
  /** A catalogue code as its Thai name (records keep the code of a listed product). */
  const productName = (code: unknown) => String(products.find((p) => p.id === code)?.data.nameTh ?? code ?? '');
  const attendees = (values.attendeeIds as string[] | undefined) ?? [];

  return (
    <div className="f-stack">
      <PageHead title={t('off.fieldTitle')} href="/outbox" link={t('off.outboxNav')} />
      <div className="small dim">{t('off.fieldHint')}</div>
      <SelectField label={t('off.group')} value={gid ?? ''} onChange={setGroupId} placeholder={t('off.chooseGroup')} options={(groups ?? []).map((g) => ({ value: g.id, label: String(g.data.name) }))} />
      <fieldset className="chips" aria-label={t('off.f.type')}>
        {kinds.map((k) => (
          <span className="chip" key={k}>
            <input
              type="radio"
              id={`kind-${k}`}
              name="kind"
              value={k}
              checked={kind === k}
              disabled={!!editing && editing.kind !== k}
              onChange={() => {
                setKind(k);
                setEditing(null);
                setErrors([]);
              }}
            />
            <label htmlFor={`kind-${k}`}>{t(`off.kind.${k}`)}</label>
          </span>
        ))}
      </fieldset>
      {saved && (
        <Alert tone="green" role="status" data-testid="saved-offline" onClose={() => setSaved(null)}>
          {t('off.saved')}: {saved}
        </Alert>
      )}
      <form
        className="card f-stack"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        {editing && (
          <div className="f-row">
            <span className="small strong" style={{ color: '#d9480f' }}>
              {t('off.editing', { v: editing.version ?? '' })}
            </span>
            <button type="button" className="btn default xs" onClick={reset}>
              {t('off.cancelEdit')}
            </button>
          </div>
        )}
        {kind !== 'farmer' && <DateField label={t('off.date')} value={v('date')} onChange={set('date')} max={todayIso()} required error={err('date')} />}
        {(kind === 'production' || kind === 'transaction') && (
          <>
            <TextField label={t('off.product')} value={v('product')} onChange={set('product')} list="field-products" required error={err('product')} />
            <datalist id="field-products">
              {productNames.map((n) => (
                <option key={n} value={n} />
              ))}
            </datalist>
            <div className="f-wrap f-grow" style={{ alignItems: 'flex-start' }}>
              <TextField label={t('off.quantity')} inputMode="decimal" value={v('quantity')} onChange={set('quantity')} required error={err('quantity')} />
              <SelectField label={t('off.unit')} value={v('unit')} onChange={set('unit')} options={units} />
            </div>
            <TextField label={t('off.value')} inputMode="decimal" value={v('value')} onChange={set('value')} required={kind === 'transaction'} error={err('value')} />
            <SelectField label={t('off.member')} value={v('farmerId')} onChange={set('farmerId')} options={[{ value: '', label: t('off.whole') }, ...members]} />
          </>
        )}
        {kind === 'transaction' && <SelectField label={t('off.channel')} value={v('channel')} onChange={set('channel')} options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c][lang] }))} />}
        {kind === 'learningSession' && (
          <>
            <TextField label={t('off.topic')} value={v('topic')} onChange={set('topic')} required error={err('topic')} />
            <fieldset className="fld" style={{ border: 0, padding: 0, margin: 0 }}>
              <legend className="lbl small" style={{ fontWeight: 500, padding: 0 }}>
                {t('off.attendees')}
              </legend>
              <div className="checks">
                {members.length === 0 && <span className="small dim">{t('off.noMembers')}</span>}
                {members.map((m) => (
                  <label key={m.value}>
                    <input
                      type="checkbox"
                      checked={attendees.includes(m.value)}
                      onChange={(e) => set('attendeeIds')(e.currentTarget.checked ? [...attendees, m.value] : attendees.filter((a) => a !== m.value))}
                    />
                    {m.label}
                  </label>
                ))}
              </div>
            </fieldset>
            {!editing && (
              <div className="f-wrap">
                <input
                  ref={fileInput}
                  type="file"
                  accept="image/*"
                  multiple
                  hidden
                  onChange={(e) => {
                    const files = [...(e.currentTarget.files ?? [])];
                    e.currentTarget.value = '';
                    void addPhotos(files);
                  }}
                />
                <button type="button" className="btn default xs" disabled={photos.length >= 5} onClick={() => fileInput.current?.click()}>
                  {t('off.addPhotos')}
                </button>
                <span className="xs dim" data-testid="photo-count">
                  {t('off.photos', { n: photos.length })}
                  {photos.length > 0 && ` · ${Math.round(photos.reduce((n, p) => n + p.blob.size, 0) / 1024)} KB`}
                </span>
              </div>
            )}
          </>
        )}
        {kind === 'outlet' && (
          <>
            <SelectField label={t('off.outletType')} value={v('type')} onChange={set('type')} options={OUTLET_TYPES.map((o) => ({ value: o, label: OUTLET_TYPE_LABELS[o][lang] }))} />
            <TextField label={t('off.outletName')} value={v('name')} onChange={set('name')} required error={err('name')} />
          </>
        )}
        {kind === 'farmer' && (
          <>
            <TextField label={t('off.nationalId')} inputMode="numeric" value={v('nationalId')} onChange={set('nationalId')} required error={err('nationalId')} />
            <div className="f-wrap f-grow" style={{ alignItems: 'flex-start' }}>
              <TextField label={t('off.firstName')} value={v('firstName')} onChange={set('firstName')} required error={err('firstName')} />
              <TextField label={t('off.lastName')} value={v('lastName')} onChange={set('lastName')} required error={err('lastName')} />
            </div>
          </>
        )}
        {kind !== 'outlet' && <TextArea label={t('off.notes')} value={v('notes')} onChange={set('notes')} />}
        <button type="submit" className="btn wide" disabled={!gid} data-testid="save-offline">
          {t('off.save')}
        </button>
      </form>
      <SyncCard />
      {recent.length > 0 && (
        <section className="f-stack" style={{ gap: 4 }}>
          <div className="strong">{t('off.recent')}</div>
          {recent.map((r) => (
            <div key={`${r.kind}:${r.id}`} className="f-row" data-testid="recent-record">
              <span className="small truncate">
                {t(`off.kind.${r.kind as OutboxKind}`)} · {formatDate(String(r.data.date ?? ''), lang) || '–'} · {labelOf(r.kind as OutboxKind, { ...r.data, product: productName(r.data.product) })}
              </span>
              <button type="button" className="btn default xs" onClick={() => startEdit(r)}>
                {t('off.editOffline')}
              </button>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
