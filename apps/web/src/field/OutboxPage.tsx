import { formatDate, formatDateTime } from '@ntag/shared';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type OutboxItem } from '../offline/db';
import { useOutbox } from '../offline/hooks';
import { clearSent, dropItem } from '../offline/outbox';
import { reasonText } from '../offline/reason';
import { followLink } from './route';
import { SyncCard } from './SyncCard';
import { useFieldLang, useFieldT } from './texts';
import { PageHead } from './ui';

const STATE_COLOUR: Record<OutboxItem['state'], string> = { waiting: 'orange', sending: 'blue', sent: 'green', refused: 'red', conflict: 'grape' };

/** /outbox: every item recorded on this phone with its state, the sync button, the sync status. */
export function OutboxPage() {
  const t = useFieldT();
  const lang = useFieldLang();
  const items = useOutbox();
  const photoCounts = useLiveQuery(async () => {
    const m = new Map<string, number>();
    await db.photos.each((p) => m.set(p.sessionId, (m.get(p.sessionId) ?? 0) + 1));
    return m;
  }, []);
  const hasSent = items?.some((i) => i.state === 'sent');
  return (
    <div className="f-stack">
      <PageHead title={t('off.outboxTitle')} href="/field" link={t('off.fieldTitle')} />
      <SyncCard />
      {items && items.length === 0 && <div className="dim">{t('off.outboxEmpty')}</div>}
      <div className="f-stack" style={{ gap: 8 }} data-testid="outbox-list">
        {items?.map((i) => (
          <div key={i.id} className="card" style={{ padding: 10 }} data-testid="outbox-item" data-state={i.state}>
            <div className="f-row" style={{ alignItems: 'flex-start' }}>
              <div style={{ minWidth: 0 }}>
                <div className="small strong truncate">
                  {t(`off.kind.${i.kind}`)}
                  {i.baseVersion !== undefined ? ` · ${t('off.edit')}` : ''}: {i.label}
                </div>
                <div className="xs dim">
                  {/* The record's own date first (a week of harvests queued in one evening reads as a week). */}
                  {typeof i.body.date === 'string' && i.body.date ? `${t('off.dated', { date: formatDate(i.body.date, lang) })} · ` : ''}
                  <time dateTime={i.createdAt}>{t('off.queuedAt', { time: formatDateTime(i.createdAt, lang) })}</time>
                  {photoCounts?.get(i.id) ? ` · ${t('off.photos', { n: photoCounts.get(i.id)! })}` : ''}
                </div>
              </div>
              <span className={`badge ${STATE_COLOUR[i.state]}`} style={{ flexShrink: 0 }}>
                {t(`off.state.${i.state}`)}
              </span>
            </div>
            {i.state === 'refused' && (
              <div className="alert red" style={{ marginTop: 8, padding: 8 }}>
                <div className="small">{reasonText(i.error?.code, lang, i.error?.field)}</div>
                <button type="button" className="btn default xs" style={{ marginTop: 4 }} onClick={() => window.confirm(t('off.removeConfirm')) && void dropItem(i.id)}>
                  {t('off.remove')}
                </button>
              </div>
            )}
            {i.state === 'conflict' && (
              <div style={{ marginTop: 8 }}>
                <a className="small strong" href={`/outbox/${i.id}`} onClick={followLink}>
                  {t('off.resolve')}
                </a>
              </div>
            )}
          </div>
        ))}
      </div>
      {hasSent && (
        <div>
          <button type="button" className="btn subtle xs" onClick={() => void clearSent()}>
            {t('off.clearSent')}
          </button>
        </div>
      )}
    </div>
  );
}
