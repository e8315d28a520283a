import { REPORT_STATE_LABELS, formatDate, type ReportState } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import { audit, type Ctx } from '../../lib/audit';
import { resultOfUnit } from '../selection/results.service';
import type { SelectionResultData } from './selection-result';
import { resultVersionSigner } from './forms.repo';
import { printingSigner } from './forms.service';

/**
 * A selection result for printing (PDF and Excel), gathered through the results service: a
 * submitted or accepted result prints its frozen version, a draft or returned one the live
 * figures (marked ร่าง on the PDF). Printing is audited like every form.
 */
type Deps = Pick<ModuleDeps, 'db' | 'notifier'>;

const stateTh = (s: string | null) => (s ? (REPORT_STATE_LABELS[s as ReportState]?.th ?? s) : 'ยังไม่ได้จัดทำ');

export async function selectionResultData(deps: Deps, ctx: Ctx, unitCode: string, cohort: number, kind: 'province' | 'agency'): Promise<SelectionResultData> {
  const r = await resultOfUnit(deps, ctx, unitCode, cohort, kind);
  const latest = r.versions.at(-1);
  const frozen = (r.state === 'submitted' || r.state === 'accepted') && latest ? latest : null;
  const c = r.content;
  // ผู้รายงาน signs with the real name and position given once (issue 15), never the account name.
  const printer = await printingSigner(deps, ctx);
  const reporter = frozen ? await resultVersionSigner(deps.db, r.id, frozen.number) : printer && printer.level === kind ? printer : null;
  await deps.db.transaction((tx) => audit(tx, ctx, { verb: 'form.print', targetType: kind === 'agency' ? 'selection_summary' : 'selection_result', targetId: `${unitCode}/${cohort}` }));
  return {
    kind,
    unit: { code: r.unit.code, nameTh: r.unit.nameTh },
    sentTo: r.sentTo ? (kind === 'agency' ? 'กระทรวงเกษตรและสหกรณ์ (คณะอนุกรรมการ)' : `หน่วยงานเจ้าภาพหลัก ${r.sentTo.nameTh}`) : 'หน่วยงานเจ้าภาพหลัก',
    cohortYear: cohort,
    state: stateTh(r.state),
    versionNumber: frozen?.number ?? null,
    submittedAt: frozen?.submittedAt ?? null,
    submittedBy: reporter?.name ?? frozen?.submittedBy ?? null,
    submittedByPosition: reporter?.position ?? null,
    decision: frozen?.decision === 'accepted' && frozen.decidedAt ? `รับแล้วเมื่อ ${formatDate(frozen.decidedAt)}${frozen.decidedBy ? ` โดย ${frozen.decidedBy}` : ''}` : null,
    notes: frozen ? frozen.notes : r.notes,
    printedAt: new Date().toISOString(),
    printedBy: printer?.name ?? ctx.actor.displayName,
    tambons: c.tambons.map((t) => ({
      code: t.code, nameTh: t.nameTh, districtNameTh: t.districtNameTh, target: t.target, candidates: t.candidates, proposed: t.proposed, selected: t.selected,
      notSelected: t.notSelected, undecided: t.undecided, group: t.group?.name ?? null, formed: t.group?.formed ?? false, members: t.group?.members ?? 0,
    })),
    totals: c.totals,
    provinces: c.provinces ? c.provinces.map((p) => ({ code: p.code, nameTh: p.nameTh, state: p.accepted ? 'รับแล้ว' : stateTh(p.state), accepted: p.accepted, totals: p.totals })) : null,
  };
}
