import { db, type Notice } from './db';
import type { Change } from './syncApi';

type StepRow = { step: number; status: string; overridden: boolean; reason: string | null };

/** What a notification's kind means for the field worker's "from the last sync" panel. */
export function noticeKind(kind: string): Notice['kind'] {
  if (kind.endsWith('.returned')) return 'returned';
  if (kind.endsWith('.refused') || kind.endsWith('.rejected')) return 'refused';
  if (kind.includes('overrid')) return 'overridden';
  return 'notification';
}

/**
 * The changes a pull brought that the person must see: an unread notification (a report
 * returned for correction, a record refused by the district, a step the district overrode), a
 * report now `returned`, a step whose status was overridden. Each once (by id and version).
 */
export async function noticesFromChanges(changes: Change[]): Promise<Notice[]> {
  const at = new Date().toISOString();
  const out: Notice[] = [];
  for (const c of changes) {
    if (c.deleted || !c.data) continue;
    const d = c.data;
    if (c.kind === 'notification' && !d.readAt) {
      out.push({ id: `n:${c.id}`, at, kind: noticeKind(String(d.kind ?? '')), title: String(d.title ?? ''), detail: d.body ? String(d.body) : undefined, link: d.link ? String(d.link) : undefined });
    } else if (c.kind === 'report' && d.state === 'returned') {
      out.push({ id: `r:${c.id}:${c.version ?? ''}`, at, kind: 'returned', title: String(d.title ?? d.period ?? 'รายงาน'), detail: d.returnReason ? String(d.returnReason) : undefined, link: `/reports/${c.id}` });
    } else if (c.kind === 'steps' && Array.isArray(d.steps)) {
      // A step the district overrode since the last pull (or with a new reason).
      const before = await db.entities.get(['steps', c.id]);
      const was = new Map(((before?.data.steps as StepRow[] | undefined) ?? []).map((s) => [s.step, s]));
      const group = await db.entities.get(['group', c.id]);
      for (const s of d.steps as StepRow[]) {
        const prev = was.get(s.step);
        if (!s.overridden || (prev?.overridden && prev.reason === s.reason && prev.status === s.status)) continue;
        out.push({ id: `s:${c.id}:${s.step}:${s.status}:${s.reason ?? ''}`, at, kind: 'overridden', title: `${String(group?.data.name ?? '')} ขั้นที่ ${s.step}`.trim(), detail: s.reason ?? undefined, link: `/groups/${c.id}` });
      }
    }
  }
  // Already shown once (a notice the user closed stays closed).
  const seen = new Set((await db.notices.bulkGet(out.map((n) => n.id))).filter(Boolean).map((n) => n!.id));
  return out.filter((n) => !seen.has(n.id));
}
