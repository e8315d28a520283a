import type { Executor } from '../../db/client';
import type { OrgUnit } from '../geo/units';
import { listAssignments } from '../program/program.repo';
import type { SelectionContent } from './results.schemas';
import * as repo from './results.repo';
import { sumTotals, totalsOf } from './results.rules';
import type { ReportState } from '@ntag/shared';

/**
 * What a selection result says, from the records while the unit holds it: a province's tambons
 * (candidates, selected, the group formed there, whether it is a target); a host agency's
 * provinces with their results' states, and the accepted ones added up (as its กท.05 does).
 */
export async function selectionContent(db: Executor, unit: OrgUnit, cohort: number): Promise<SelectionContent> {
  const head = { unit: { code: unit.code, kind: unit.kind, nameTh: unit.nameTh }, cohort, computedAt: new Date().toISOString() };
  if (unit.kind === 'agency') {
    const provinces = (await listAssignments(db)).filter((a) => a.agencyCode === unit.code);
    const codes = provinces.map((p) => p.provinceCode);
    const [accepted, rows] = await Promise.all([repo.acceptedSnapshots(db, codes, cohort), repo.resultsOf(db, codes, cohort)]);
    const totalsBy = new Map(accepted.map((a) => [a.unitCode, (a.snapshot as SelectionContent).totals]));
    return {
      ...head,
      tambons: [],
      totals: sumTotals([...totalsBy.values()]),
      provinces: provinces.map((p) => ({
        code: p.provinceCode, nameTh: p.nameTh, state: (rows.find((r) => r.unitCode === p.provinceCode)?.state as ReportState | undefined) ?? null,
        accepted: totalsBy.has(p.provinceCode), totals: totalsBy.get(p.provinceCode) ?? null,
      })),
    };
  }
  const tambons = (await repo.tambonResults(db, unit.code, cohort)).map((r) => ({
    code: r.code, nameTh: r.nameTh, districtCode: r.districtCode, districtNameTh: r.districtNameTh, target: r.target,
    candidates: r.candidates, proposed: r.proposed, selected: r.selected, notSelected: r.notSelected, undecided: r.undecided,
    group: r.groupId ? { id: r.groupId, name: r.groupName ?? '', formed: r.formed, members: r.members } : null,
  }));
  return { ...head, tambons, totals: totalsOf(tambons) };
}
