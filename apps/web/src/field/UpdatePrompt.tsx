import { useUpdateOffer } from '../offline/updateOffer';
import { useFieldT } from './texts';

/** A new version waits until the user taps "อัปเดต": an entry half typed is never lost to an update. */
export function UpdatePrompt() {
  const t = useFieldT();
  const [update, dismiss] = useUpdateOffer();
  if (!update) return null;
  return (
    <div className="toast" role="status">
      <div className="strong">{t('off.update')}</div>
      <div className="small">{t('off.updateHint')}</div>
      <div className="f-wrap" style={{ marginTop: 8 }}>
        <button type="button" className="btn sm" onClick={() => void update()}>
          {t('off.updateNow')}
        </button>
        <button type="button" className="btn sm default" onClick={dismiss}>
          {t('off.later')}
        </button>
      </div>
    </div>
  );
}
