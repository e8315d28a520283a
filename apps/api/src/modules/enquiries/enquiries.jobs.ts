import { ENQUIRY_ANSWER_DAYS } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import { audit } from '../../lib/audit';
import { EXPIRE_AFTER_DAYS, purgeBefore } from './enquiries.rules';
import { notifyGroup } from './enquiries.notify';
import * as repo from './enquiries.repo';

const DAY_MS = 86_400_000;

/**
 * The daily enquiry run (scheduled by jobs/boss.ts; `now` is a parameter so that tests fix the
 * clock):
 * 1. enquiries left unanswered for more than two days are pointed out to the district (once each);
 * 2. open enquiries with no activity for 90 days close as expired, so that no contact is kept
 *    forever by an enquiry nobody closes;
 * 3. enquiries closed more than 12 months ago lose the buyer's name, contact, delivery place and
 *    words (PDPA: kept no longer than needed); the figures (quantity, value, dates) stay;
 * 4. anonymous-write counts older than a day are dropped.
 * Each step is its own statement; a second run on the same day changes nothing.
 */
export async function runEnquiryHousekeeping(deps: Pick<ModuleDeps, 'db' | 'notifier'>, now: Date = new Date()) {
  let lateNotices = 0;
  for (const e of await repo.lateEnquiries(deps.db, new Date(now.getTime() - ENQUIRY_ANSWER_DAYS * DAY_MS))) {
    const days = Math.floor((now.getTime() - e.receivedAt!.getTime()) / DAY_MS);
    const sent = await notifyGroup(deps, { id: e.groupId, tambonCode: e.tambonCode }, {
      kind: 'enquiry.late', title: `คำสั่งซื้อยังไม่ได้ตอบ ${days} วัน: ${e.groupName}`, body: `${e.productName} — โปรดติดตามให้กลุ่มตอบผู้ซื้อ`,
      link: `/listings?enquiry=${e.id}`, dedupeKey: `enquiry:late:${e.id}`,
    }, { group: false, district: true });
    lateNotices += sent.length;
  }
  const { expired, purged } = await deps.db.transaction(async (tx) => {
    const expiredIds = await repo.expireIdle(tx, new Date(now.getTime() - EXPIRE_AFTER_DAYS * DAY_MS), now);
    const purgedIds = await repo.purgeContacts(tx, purgeBefore(now), now);
    if (expiredIds.length || purgedIds.length) {
      await audit(tx, { actor: null, requestId: `enquiry-job:${now.toISOString()}` }, {
        verb: 'enquiry.housekeeping', targetType: 'enquiry', targetId: 'daily', after: { expired: expiredIds, purged: purgedIds },
      });
    }
    await repo.pruneRateEvents(tx, new Date(now.getTime() - DAY_MS));
    return { expired: expiredIds.length, purged: purgedIds.length };
  });
  return { lateNotices, expired, purged };
}
