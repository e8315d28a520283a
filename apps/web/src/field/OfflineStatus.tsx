import { useOnline, useSyncBusy, useUnsentCount } from '../offline/hooks';
import { followLink } from './route';
import { useFieldT } from './texts';

/** The line above the page: no signal, syncing, items waiting (a link to the outbox). */
export function OfflineStatus() {
  const t = useFieldT();
  const online = useOnline();
  const busy = useSyncBusy();
  const unsent = useUnsentCount();
  return (
    <div className="f-status" data-testid="offline-status">
      {!online && <span className="badge gray">{t('off.offline')}</span>}
      {busy && online && <span className="badge blue">{t('off.syncing')}</span>}
      {unsent > 0 && (
        <a className="badge orange" href="/outbox" onClick={followLink}>
          {t('off.waiting', { n: unsent })}
        </a>
      )}
    </div>
  );
}
