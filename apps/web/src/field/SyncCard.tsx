import { useOnline, useSyncBusy, useSyncInfo } from '../offline/hooks';
import { agoParts, formatBytes } from '../offline/outbox';
import { syncNow } from '../offline/sync';
import { useFieldT } from './texts';

/** How long since the last sync, what it did, how much the phone stores, and the sync button. */
export function SyncCard() {
  const t = useFieldT();
  const info = useSyncInfo();
  const busy = useSyncBusy();
  const online = useOnline();
  const ago = agoParts(info.lastSync);
  const o = info.lastOutcome;
  return (
    <div className="card f-row" style={{ flexWrap: 'wrap' }}>
      <div>
        <div className="small strong" data-testid="last-sync">
          {ago ? t('off.lastSync', { ago: t(ago.key, { n: ago.n }) }) : t('off.neverSynced')}
        </div>
        {o && (
          <div className={`xs ${o.error ? '' : 'dim'}`} style={o.error ? { color: '#e03131' } : undefined} data-testid="sync-outcome">
            {o.error ? t('off.syncFailed') : t('off.syncResult', o)}
          </div>
        )}
        {info.usage !== undefined && (
          <div className="xs dim">
            {t('off.stored', { size: formatBytes(info.usage) })} · {info.persisted ? t('off.persisted') : t('off.notPersisted')}
          </div>
        )}
      </div>
      {/* A tap is a try whenever the phone has a network at all: on one bar the last request may
          have failed (online is false) while this one gets through. */}
      <button type="button" className="btn" onClick={() => void syncNow()} disabled={!navigator.onLine || busy} aria-busy={busy} data-testid="sync-now">
        {!online ? t('off.offline') : busy ? t('off.syncing') : t('off.syncNow')}
      </button>
    </div>
  );
}
