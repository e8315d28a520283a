import { useEffect, useState } from 'react';
import { useAutoSync } from '../offline/hooks';
import { syncsOffline } from '../offline/fieldRoles';
import { ConflictPage } from './ConflictPage';
import { FieldPage } from './FieldPage';
import { OfflineStatus } from './OfflineStatus';
import { OutboxPage } from './OutboxPage';
import { followLink, usePath } from './route';
import { SignOutDialog } from './SignOutDialog';
import { useFieldT } from './texts';
import { UpdatePrompt } from './UpdatePrompt';
import { useFieldMe } from './useFieldMe';

/**
 * The field entry's frame (docs/adr/0021): header with the way back to the main app and a small
 * menu, the phone's status line, the page of the path, the update offer. Sync runs by itself
 * here as in the main app's shell (useAutoSync).
 */
export function FieldApp() {
  const t = useFieldT();
  const path = usePath();
  const state = useFieldMe();
  const [menu, setMenu] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const me = state.status === 'ready' ? state.me : null;
  useAutoSync(!!me && syncsOffline(me));
  useEffect(() => setMenu(false), [path]);
  useEffect(() => {
    document.title = `${t(path.startsWith('/outbox') ? 'off.outboxTitle' : 'off.fieldTitle')} — NTAG`;
  }, [path, t]);

  const conflictId = /^\/outbox\/([^/]+)\/?$/.exec(path)?.[1];
  let page = null;
  if (me) page = conflictId ? <ConflictPage id={decodeURIComponent(conflictId)} /> : path.startsWith('/outbox') ? <OutboxPage /> : <FieldPage me={me} />;

  return (
    <>
      <a href="#main" className="skip">
        {t('off.fieldTitle')}
      </a>
      <header className="f-header">
        <a className="f-brand" href="/" aria-label={t('off.mainApp')}>
          <img src="/favicon.svg" alt="" width={30} height={30} />
          NTAG
        </a>
        <button type="button" className="btn default sm" aria-expanded={menu} aria-controls="field-menu" onClick={() => setMenu(!menu)}>
          {t('off.menu')}
        </button>
        {menu && (
          <nav className="f-menu" id="field-menu" aria-label={t('off.menu')}>
            <a href="/field" onClick={followLink} aria-current={path === '/field' ? 'page' : undefined}>
              {t('off.fieldTitle')}
            </a>
            <a href="/outbox" onClick={followLink} aria-current={path === '/outbox' ? 'page' : undefined}>
              {t('off.outboxNav')}
            </a>
            <a href="/">{t('off.mainApp')}</a>
            {me && <div className="f-who">{me.user.displayName}</div>}
            {me && (
              <button
                type="button"
                onClick={() => {
                  setMenu(false);
                  setSigningOut(true);
                }}
              >
                {t('off.signOut')}
              </button>
            )}
          </nav>
        )}
      </header>
      <main id="main">
        {me && <OfflineStatus />}
        {state.status === 'signedOut' && (
          <div className="f-stack">
            <h1>{t('off.fieldTitle')}</h1>
            <div className="alert">{t('off.signInFirst')}</div>
            <a className="btn" href={`/login?next=${encodeURIComponent(path)}`}>
              {t('off.signIn')}
            </a>
          </div>
        )}
        {page}
      </main>
      <UpdatePrompt />
      {signingOut && <SignOutDialog onClose={() => setSigningOut(false)} />}
    </>
  );
}
