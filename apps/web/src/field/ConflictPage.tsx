import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../offline/db';
import { conflictFields, conflictMerge as mergeChoice, same, show } from '../offline/merge';
import { dropItem, resolveConflict } from '../offline/outbox';
import { followLink, go } from './route';
import { useFieldT, type FieldKey } from './texts';
import { Alert, TextField } from './ui';

/** A field's name on screen: the entry form's label where there is one. */
const FIELD_KEYS: Record<string, FieldKey> = {
  date: 'off.date', product: 'off.product', quantity: 'off.quantity', unit: 'off.unit', value: 'off.value', channel: 'off.channel', topic: 'off.topic', notes: 'off.notes',
  nationalId: 'off.nationalId', firstName: 'off.firstName', lastName: 'off.lastName', name: 'off.f.name', type: 'off.f.type', address: 'off.f.address',
  attendeeIds: 'off.f.attendeeIds', farmerId: 'off.f.farmerId', uses: 'off.f.uses', period: 'off.f.period',
};

/** /outbox/:id — both versions side by side; keep mine, take the server's, or merge field by field. */
export function ConflictPage({ id }: { id: string }) {
  const t = useFieldT();
  const item = useLiveQuery(() => db.outbox.get(id), [id]);
  const [choice, setChoice] = useState<Record<string, 'mine' | 'server'>>({});
  const [nationalId, setNationalId] = useState<string | null>(null);
  if (item === undefined) return null;
  if (!item || item.state !== 'conflict') {
    return (
      <div className="f-stack">
        <h1>{t('off.conflictTitle')}</h1>
        <a href="/outbox" onClick={followLink}>
          {t('off.outboxTitle')}
        </a>
      </div>
    );
  }
  const done = () => go('/outbox');
  const serverVersion = typeof item.current?.version === 'number' ? item.current.version : undefined;

  if (item.kind === 'farmer' && item.error?.code === 'farmer.duplicate_national_id') {
    const place = item.error.registeredIn;
    return (
      <div className="f-stack">
        <h1>{t('off.conflictTitle')}</h1>
        <Alert role="alert" data-testid="duplicate-farmer">
          {t('off.duplicateFarmer', { tambon: place?.tambon?.nameTh ?? '–', district: place?.district?.nameTh ?? '–', province: place?.province?.nameTh ?? '–' })}
        </Alert>
        <div className="small">{item.label}</div>
        <div className="small dim">{t('off.duplicateFarmerHint')}</div>
        <TextField label={t('off.nationalId')} value={nationalId ?? String(item.body.nationalId ?? '')} onChange={setNationalId} inputMode="numeric" />
        <div className="f-wrap">
          <button type="button" className="btn" onClick={() => void resolveConflict(item.id, { ...item.body, nationalId: nationalId ?? item.body.nationalId }, undefined).then(done)}>
            {t('off.resend')}
          </button>
          <button type="button" className="btn default" style={{ color: '#e03131' }} onClick={() => void dropItem(item.id).then(done)}>
            {t('off.remove')}
          </button>
        </div>
      </div>
    );
  }

  const fields = conflictFields(item);
  const label = (k: string) => (FIELD_KEYS[k] ? t(FIELD_KEYS[k]) : k);
  const pick = (k: string) => choice[k] ?? 'mine';
  const side = (k: string, which: 'mine' | 'server', value: unknown, differs: boolean) => (
    <label>
      <input
        type="radio"
        name={`c-${k}`}
        checked={pick(k) === which}
        onChange={() => setChoice({ ...choice, [k]: which })}
        disabled={!differs}
        aria-label={`${label(k)}: ${t(which === 'mine' ? 'off.mine' : 'off.server')}`}
      />
      <span>{show(value)}</span>
    </label>
  );
  return (
    <div className="f-stack">
      <h1>{t('off.conflictTitle')}</h1>
      <div className="small">
        {t(`off.kind.${item.kind}`)}: {item.label}
      </div>
      <Alert tone="grape">{t('off.conflictHint')}</Alert>
      <div style={{ overflowX: 'auto' }}>
        <table className="cmp" data-testid="conflict-table">
          <thead>
            <tr>
              <th>{t('off.field')}</th>
              <th>{t('off.mine')}</th>
              <th>{t('off.server')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((k) => {
              const differs = !same(item.body[k], item.current?.[k]);
              return (
                <tr key={k} className={differs ? 'differs' : undefined} data-field={k}>
                  <td>{label(k)}</td>
                  <td>{side(k, 'mine', item.body[k], differs)}</td>
                  <td>{side(k, 'server', item.current?.[k], differs)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="f-wrap">
        <button type="button" className="btn" onClick={() => void resolveConflict(item.id, mergeChoice(item, choice), serverVersion).then(done)} data-testid="save-merge">
          {t('off.saveMerge')}
        </button>
        <button type="button" className="btn light" onClick={() => void resolveConflict(item.id, item.body, serverVersion).then(done)}>
          {t('off.keepMine')}
        </button>
        <button type="button" className="btn default" onClick={() => void dropItem(item.id).then(done)}>
          {t('off.takeServer')}
        </button>
      </div>
    </div>
  );
}
