import type { StepStatus } from '@ntag/shared';

/**
 * Each group's status on the seven steps, derived from what its records show (issue #4):
 *  1 done when the province has selected farmers of its tambon for its cohort;
 *  2 when it has a president and a กท.03 for its cohort;
 *  3 when its learning centre has a main lecturer and at least one session was held;
 *  4 when production is recorded; 5 when an outlet near it was surveyed;
 *  6 when a sale or exchange is recorded; 7 when it is registered as a community enterprise.
 * The district may confirm or override any step with a reason; overdue = past the due date and not done.
 */
export interface GroupFacts {
  candidates: number;
  selected: number;
  lastDecidedOn: string | null;
  presidentOn: string | null;
  planOn: string | null;
  centreOn: string | null;
  hasMainLecturer: boolean;
  firstSession: string | null;
  firstProduction: string | null;
  firstOutlet: string | null;
  firstTransaction: string | null;
  informedOn: string | null;
  appliedOn: string | null;
  registeredOn: string | null;
}

export interface StepState {
  status: StepStatus;
  doneOn: string | null;
}

export interface Override {
  step: number;
  status: StepStatus;
  doneOn: string | null;
  reason: string;
}

export interface StepView extends StepState {
  step: number;
  dueOn: string | null;
  overdue: boolean;
  overridden: boolean;
  reason: string | null;
}

const later = (...dates: (string | null)[]): string | null => dates.filter((d): d is string => !!d).sort().at(-1) ?? null;
const done = (doneOn: string | null): StepState => ({ status: 'done', doneOn });
const open = (started: boolean): StepState => ({ status: started ? 'in_progress' : 'not_started', doneOn: null });

export function deriveSteps(f: GroupFacts): StepState[] {
  return [
    f.selected > 0 ? done(f.lastDecidedOn) : open(f.candidates > 0),
    f.presidentOn && f.planOn ? done(later(f.presidentOn, f.planOn)) : open(true),
    // Dated by the first session: the centre is often entered after the fact.
    f.hasMainLecturer && f.firstSession ? done(f.firstSession) : open(!!f.centreOn || !!f.firstSession),
    f.firstProduction ? done(f.firstProduction) : open(false),
    f.firstOutlet ? done(f.firstOutlet) : open(false),
    f.firstTransaction ? done(f.firstTransaction) : open(false),
    f.registeredOn ? done(f.registeredOn) : open(!!f.informedOn || !!f.appliedOn),
  ];
}

/** The steps with overrides applied and their due dates; `today` is an ISO date in Thailand. */
export function stepViews(derived: StepState[], overrides: Override[], due: Map<number, string | null>, today: string): StepView[] {
  return derived.map((d, i) => {
    const step = i + 1;
    const o = overrides.find((x) => x.step === step);
    const state = o ? { status: o.status, doneOn: o.status === 'done' ? o.doneOn : null } : d;
    const dueOn = due.get(step) ?? null;
    return { step, ...state, dueOn, overdue: state.status !== 'done' && !!dueOn && today > dueOn, overridden: !!o, reason: o?.reason ?? null };
  });
}
