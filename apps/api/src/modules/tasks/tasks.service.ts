import { formatDate, formatMonth, todayIso, toBuddhistYear } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Ctx } from '../../lib/audit';
import { can, scopeOf, type Actor } from '../../lib/authz';
import { listDeadlines } from '../program/program.repo';
import { groupsForProgress } from '../progress/progress.repo';
import { stepsOf } from '../progress/progress.service';
import { reportingUnits } from '../reports/reports.status';
import { dueDate, previousPeriod } from '../reports/reports.rules';
import { programStart } from '../reports/reports.service';
import { waitingByTambon } from '../selection/selection.repo';
import { overdueFollowUps } from '../visits/visits.repo';
import { addDays, DUE_SOON_DAYS, groupWork, taskLink } from './tasks.rules';
import type { Task } from './tasks.schemas';
import * as repo from './tasks.repo';

/**
 * The caller's to-do (issue 15): for each role it holds, what waits for it, counted inside its
 * scope in SQL (or by the progress rules over the groups its scope's SQL returns). Only work that
 * is there is listed, but the ministry's กท.05 line stays (received and missing are both news).
 */
type Deps = Pick<ModuleDeps, 'db'>;

const roles = (actor: Actor) => new Set(actor.grants.map((g) => g.role));
const ownUnits = (actor: Actor, role: string) => actor.grants.filter((g) => g.role === role).map((g) => g.unitCode);

export async function myTasks(deps: Deps, ctx: Ctx): Promise<{ items: Task[] }> {
  const { actor } = ctx;
  const today = todayIso();
  const held = roles(actor);
  const items: Task[] = [];
  const period = previousPeriod(today);
  const month = formatMonth(period);
  const started = period >= (await programStart(deps.db)).slice(0, 7);

  // The province: candidates proposed by its districts, waiting for its decision.
  if (can(actor, 'selection.decide')) {
    const tambons = await waitingByTambon(deps.db, scopeOf(actor, 'selection.decide'));
    const n = tambons.reduce((s, t) => s + t.waiting, 0);
    if (n) {
      const first = tambons[0]!;
      items.push({
        kind: 'selection.decide', count: n,
        title: `เกษตรกรที่อำเภอเสนอ รอจังหวัดตัดสิน ${n} ราย ใน ${tambons.length} ตำบล (มากที่สุด: ต.${first.nameTh} ${first.waiting} ราย)`,
        titleEn: `${n} candidates proposed by the districts wait for your decision, in ${tambons.length} tambons`,
        link: `/selection?cohort=${first.cohort}&area=${first.code}`,
      });
    }
  }

  // Reports the caller's own units send up: this month's still to send, and any returned.
  const fromLevels = (['district', 'province', 'agency'] as const).filter((r) => held.has(r));
  if (can(actor, 'report.submit') && fromLevels.length) {
    const defs = (await listDeadlines(deps.db)).filter((d) => d.enabled);
    const units = fromLevels.flatMap((r) => ownUnits(actor, r).map((code) => ({ code, role: r })));
    const codes = units.map((u) => u.code);
    const returned = await repo.reportsInState(deps.db, codes, ['returned']);
    if (returned.length) {
      items.push({ kind: 'report.returned', count: returned.length, title: `รายงานที่ถูกส่งคืนให้แก้ไข ${returned.length} ฉบับ`, titleEn: `${returned.length} reports returned for correction`, link: `/reports/${returned[0]!.id}` });
    }
    if (started) {
      const sent = new Map((await repo.reportsOfPeriod(deps.db, codes, period)).map((r) => [`${r.definitionCode}:${r.unitCode}`, r]));
      const toSend = units.flatMap((u) => defs.filter((d) => d.fromLevel === u.role).map((d) => ({ u, d, r: sent.get(`${d.code}:${u.code}`) })))
        .filter((x) => !x.r || x.r.state === 'draft');
      if (toSend.length) {
        const due = dueDate(period, toSend[0]!.d.dueDay);
        items.push({
          kind: 'report.submit', count: toSend.length,
          title: `รายงานประจำเดือน${month} ที่ต้องส่ง ${toSend.length} ฉบับ (${due < today ? 'เลยกำหนด' : 'กำหนด'} ${formatDate(due, 'th', 'long')})`, titleEn: `${toSend.length} monthly reports for ${period} to submit (due ${due})`,
          link: `/reports?tab=report&period=${period}`,
        });
      }
    }
  }

  // Reviewers: reports below waiting for a decision, and units that have not sent last month's.
  const reviewLevel = held.has('ministry') || held.has('admin') ? 'ministry' : held.has('agency') ? 'agency' : held.has('province') ? 'province' : null;
  if (can(actor, 'report.review') && reviewLevel) {
    const scope = scopeOf(actor, 'report.review');
    const waiting = await repo.reportsToReview(deps.db, reviewLevel, scope);
    if (waiting.length) {
      items.push({ kind: 'report.review', count: waiting.length, title: `รายงานที่ส่งมาถึง รอตรวจรับ ${waiting.length} ฉบับ`, titleEn: `${waiting.length} reports wait for your review`, link: `/reports?tab=inbox&period=${period}` });
    }
    if (started) {
      const level = reviewLevel === 'ministry' ? 'agency' : reviewLevel === 'agency' ? 'province' : 'district';
      const defs = (await listDeadlines(deps.db)).filter((d) => d.enabled && d.fromLevel === level);
      const units = level === 'agency' ? (scope.all ? await reportingUnits(deps.db, 'agency') : [])
        : level === 'province' ? (await reportingUnits(deps.db, 'province')).filter((u) => scope.all || scope.agencies.includes(u.agencyCode ?? ''))
          : (await reportingUnits(deps.db, 'district')).filter((u) => scope.all || scope.prefixes.some((p) => p.length === 2 && u.provinceCode === p));
      const got = new Map((await repo.reportsOfPeriod(deps.db, units.map((u) => u.code), period)).map((r) => [`${r.definitionCode}:${r.unitCode}`, r]));
      for (const d of defs) {
        const due = dueDate(period, d.dueDay);
        const received = units.filter((u) => { const r = got.get(`${d.code}:${u.code}`); return r && r.state !== 'draft'; }).length;
        const missing = units.length - received;
        if (reviewLevel === 'ministry') {
          items.push({ kind: 'kt05.received', count: received, title: `${d.nameTh} เดือน${month} ได้รับแล้ว ${received} จาก ${units.length} หน่วยงาน`, titleEn: `${d.nameEn ?? d.code} for ${period}: ${received} of ${units.length} received`, link: `/reports?tab=inbox&period=${period}` });
          if (missing) items.push({ kind: 'kt05.missing', count: missing, title: `${d.nameTh} เดือน${month} ยังไม่ได้รับ ${missing} หน่วยงาน`, titleEn: `${d.nameEn ?? d.code} for ${period}: ${missing} not received`, link: `/reports?tab=inbox&period=${period}` });
        } else if (missing && due < today) {
          items.push({ kind: 'report.late', count: missing, title: `${level === 'province' ? 'จังหวัด' : 'อำเภอ'}ที่ยังไม่ส่ง${d.nameTh} เดือน${month} (เลยกำหนด) ${missing} แห่ง`, titleEn: `${missing} ${level === 'province' ? 'provinces' : 'districts'} late with ${d.nameEn ?? d.code} for ${period}`, link: `/reports?tab=inbox&period=${period}` });
        }
      }
    }
  }

  // Districts and provinces: groups with a step overdue or due within two weeks; districts: visits to follow up.
  if ((held.has('district') || held.has('province')) && can(actor, 'progress.read')) {
    const scope = scopeOf(actor, 'progress.read');
    const groups = await groupsForProgress(deps.db, { scope });
    const steps = await stepsOf(deps, groups);
    const soon = addDays(today, DUE_SOON_DAYS);
    const overdue = groups.filter((g) => steps.get(g.id)!.some((s) => s.overdue)).length;
    const dueSoon = groups.filter((g) => { const s = steps.get(g.id)!; return !s.some((x) => x.overdue) && s.some((x) => x.status !== 'done' && x.dueOn && x.dueOn >= today && x.dueOn <= soon); }).length;
    if (overdue) items.push({ kind: 'group.overdue', count: overdue, title: `กลุ่มที่มีขั้นตอนเลยกำหนด ${overdue} กลุ่ม`, titleEn: `${overdue} groups with an overdue step`, link: '/progress?overdue=1' });
    if (dueSoon && held.has('district')) items.push({ kind: 'group.due_soon', count: dueSoon, title: `กลุ่มที่มีขั้นตอนครบกำหนดภายใน ${DUE_SOON_DAYS} วัน ${dueSoon} กลุ่ม`, titleEn: `${dueSoon} groups with a step due within ${DUE_SOON_DAYS} days`, link: '/progress' });
  }
  if (can(actor, 'visit.write')) {
    const late = await overdueFollowUps(deps.db, scopeOf(actor, 'visit.read'), undefined, today, 200);
    if (late.length) items.push({ kind: 'visit.follow_up', count: late.length, title: `การติดตามเยี่ยมที่เลยนัด ${late.length} ครั้ง`, titleEn: `${late.length} advisory follow-ups past their day`, link: `/groups/${late[0]!.groupId}/timeline` });
  }

  // Tambon workers and group committees: each of their groups' next step.
  if ((held.has('tambon') || held.has('group')) && can(actor, 'progress.read')) {
    const scope = scopeOf(actor, 'progress.read');
    const groups = await groupsForProgress(deps.db, { scope });
    const steps = await stepsOf(deps, groups.slice(0, 20));
    for (const g of groups.slice(0, 20)) {
      const w = groupWork(steps.get(g.id)!);
      if (!w) continue;
      items.push({
        kind: 'group.next_step', count: 1,
        title: `${g.name}: ขั้นตอนที่ ${w.step}${w.overdue ? ' (เลยกำหนด)' : w.dueOn ? ` (กำหนด ${formatDate(w.dueOn, 'th', 'long')})` : ''}`,
        titleEn: `${g.name}: step ${w.step}${w.overdue ? ' (overdue)' : ''}`, link: taskLink(g.id, w.step),
      });
    }
  }

  // The ministry: target tambons of the cohort in progress still without a group.
  if (held.has('ministry') || held.has('admin')) {
    const cohort = await repo.currentCohort(deps.db, toBuddhistYear(Number(today.slice(0, 4))));
    if (cohort) {
      const c = await repo.targetCoverage(deps.db, cohort, scopeOf(actor, 'progress.read'));
      const missing = c.targets - c.covered;
      if (c.targets) items.push({ kind: 'coverage.missing', count: missing, title: `ตำบลเป้าหมายรุ่น ${cohort} ที่ยังไม่มีกลุ่ม ${missing} จาก ${c.targets} ตำบล`, titleEn: `${missing} of ${c.targets} target tambons of cohort ${cohort} have no group yet`, link: `/program?cohort=${cohort}` });
    }
  }
  return { items };
}
