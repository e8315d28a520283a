import { useEffect, useId, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { api, setCsrfToken, unwrap } from '../api/client';
import { markSignOutPending } from '../offline/cachedMe';
import { unsentCount } from '../offline/db';
import { useOnline, useSyncBusy } from '../offline/hooks';
import { clearLocalData } from '../offline/signOut';
import { syncNow } from '../offline/sync';
import { useFieldT } from './texts';

/**
 * Sign-out on a shared phone, as the main app's SignOutDialog: unsent items are named first (with
 * "ซิงก์ก่อน" while there is signal), then the phone's data is deleted before the server's
 * sign-out; with no signal that sign-out is finished the next time the app reaches the API.
 */
export function SignOutDialog({ onClose }: { onClose: () => void }) {
  const t = useFieldT();
  const title = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const unsent = useLiveQuery(unsentCount, [], 0);
  const online = useOnline();
  const busy = useSyncBusy();
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const confirm = async () => {
    await clearLocalData();
    try {
      await unwrap(api.POST('/api/auth/logout'));
    } catch {
      markSignOutPending(true);
    }
    setCsrfToken(null);
    location.replace('/login');
  };
  return (
    <dialog ref={ref} aria-labelledby={title} onClose={onClose}>
      <div className="f-stack">
        <h2 id={title}>{t('off.signOutTitle')}</h2>
        {unsent > 0 && (
          <div className="alert red" role="alert" data-testid="unsent-warning">
            {t('off.signOutUnsent', { n: unsent })}
          </div>
        )}
        <div className="small">{t('off.signOutClears')}</div>
        <div className="f-wrap" style={{ justifyContent: 'flex-end' }}>
          <button type="button" className="btn default" onClick={() => ref.current?.close()}>
            {t('off.cancel')}
          </button>
          {unsent > 0 && online && (
            <button type="button" className="btn light" disabled={busy} onClick={() => void syncNow()}>
              {t('off.syncFirst')}
            </button>
          )}
          <button type="button" className="btn" style={{ background: '#e03131' }} onClick={() => void confirm()}>
            {t('off.signOutAnyway')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
