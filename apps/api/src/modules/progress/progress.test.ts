import { describe, expect, it } from 'vitest';
import { deriveSteps, stepViews, type GroupFacts } from './progress.rules';

const none: GroupFacts = {
  candidates: 0, selected: 0, lastDecidedOn: null, presidentOn: null, planOn: null, centreOn: null, hasMainLecturer: false,
  firstSession: null, firstProduction: null, firstOutlet: null, firstTransaction: null, informedOn: null, appliedOn: null, registeredOn: null,
};
const statuses = (f: Partial<GroupFacts>) => deriveSteps({ ...none, ...f }).map((s) => s.status);

describe('step derivation', () => {
  it('a new group: step 2 in progress, the rest not started', () => {
    expect(statuses({})).toEqual(['not_started', 'in_progress', 'not_started', 'not_started', 'not_started', 'not_started', 'not_started']);
  });
  it('step 1: in progress with candidates, done once one is selected, dated by the last decision', () => {
    expect(statuses({ candidates: 3 })[0]).toBe('in_progress');
    expect(deriveSteps({ ...none, candidates: 3, selected: 2, lastDecidedOn: '2026-06-20' })[0]).toEqual({ status: 'done', doneOn: '2026-06-20' });
  });
  it('step 2 needs both a president and a กท.03; it is done on the later of the two', () => {
    expect(statuses({ presidentOn: '2026-07-01' })[1]).toBe('in_progress');
    expect(statuses({ planOn: '2026-07-01' })[1]).toBe('in_progress');
    expect(deriveSteps({ ...none, presidentOn: '2026-07-01', planOn: '2026-07-20' })[1]).toEqual({ status: 'done', doneOn: '2026-07-20' });
  });
  it('step 3 needs a main lecturer and a session', () => {
    expect(statuses({ centreOn: '2026-07-05' })[2]).toBe('in_progress');
    expect(statuses({ firstSession: '2026-07-10' })[2]).toBe('in_progress');
    expect(statuses({ centreOn: '2026-07-05', hasMainLecturer: true })[2]).toBe('in_progress');
    expect(deriveSteps({ ...none, centreOn: '2026-07-05', hasMainLecturer: true, firstSession: '2026-07-10' })[2]).toEqual({ status: 'done', doneOn: '2026-07-10' });
  });
  it('steps 4–6 are done by their first record; step 7 by registration, in progress once informed', () => {
    const d = deriveSteps({ ...none, firstProduction: '2026-08-03', firstOutlet: '2026-09-01', firstTransaction: '2026-08-15', informedOn: '2026-10-01' });
    expect(d.slice(3).map((s) => [s.status, s.doneOn])).toEqual([['done', '2026-08-03'], ['done', '2026-09-01'], ['done', '2026-08-15'], ['in_progress', null]]);
    expect(deriveSteps({ ...none, registeredOn: '2026-12-01' })[6]).toEqual({ status: 'done', doneOn: '2026-12-01' });
  });
});

describe('deadlines and overrides', () => {
  const due = new Map([[1, '2026-06-30'], [4, '2026-08-31'], [7, '2026-12-31']]);
  const derived = deriveSteps(none);
  it('is overdue the day after the due date, not on it', () => {
    expect(stepViews(derived, [], due, '2026-06-30')[0]!.overdue).toBe(false);
    expect(stepViews(derived, [], due, '2026-07-01')[0]!.overdue).toBe(true);
    expect(stepViews(derived, [], due, '2026-07-01')[1]).toMatchObject({ dueOn: null, overdue: false });
  });
  it('a done step is never overdue', () => {
    const d = deriveSteps({ ...none, firstProduction: '2026-09-15' });
    expect(stepViews(d, [], due, '2026-10-01')[3]).toMatchObject({ status: 'done', doneOn: '2026-09-15', overdue: false });
  });
  it('an override replaces the derived status and carries its reason', () => {
    const v = stepViews(derived, [{ step: 5, status: 'done', doneOn: '2026-09-20', reason: 'สำรวจตลาดร่วมกับจังหวัด บันทึกในแบบกระดาษ' }], due, '2026-10-01');
    expect(v[4]).toMatchObject({ status: 'done', doneOn: '2026-09-20', overridden: true, reason: 'สำรวจตลาดร่วมกับจังหวัด บันทึกในแบบกระดาษ', overdue: false });
    const back = stepViews(deriveSteps({ ...none, firstProduction: '2026-08-03' }), [{ step: 4, status: 'in_progress', doneOn: '2026-08-03', reason: 'บันทึกผิดกลุ่ม' }], due, '2026-10-01');
    expect(back[3]).toMatchObject({ status: 'in_progress', doneOn: null, overdue: true });
  });
});
