import { todayIso } from '@ntag/shared';
import type { LearningCentre, LearningSession, SessionInput } from '../../api/contract';
import type { Group } from '../../api/contract';
import { parseNumber } from '../../components/NumberField';
import type { FieldT } from '../../i18n/field';

export interface SessionDraft {
  date: string | null;
  /** 'plan:2' (the third topic of the group's กท.03) or 'other'. */
  topicChoice: string;
  topic: string;
  lecturerIds: string[];
  attendeeIds: string[];
  outside: string;
  notes: string;
}

/** A new session: today, the centre's lecturers, every member ticked as present. */
export function newDraft(g: Group, centre: LearningCentre | undefined): SessionDraft {
  const lecturers = [centre?.mainLecturer?.farmerId, ...(centre?.assistantLecturers.map((p) => p.farmerId) ?? [])].filter((x): x is string => !!x);
  return { date: todayIso(), topicChoice: 'other', topic: '', lecturerIds: lecturers, attendeeIds: g.members.map((m) => m.farmerId), outside: '', notes: '' };
}

export function draftOf(s: LearningSession, cohort: number): SessionDraft {
  return {
    date: s.date,
    topicChoice: s.planTopicIndex !== null && s.planCohort === cohort ? `plan:${s.planTopicIndex}` : 'other',
    topic: s.topic,
    lecturerIds: s.lecturers.map((p) => p.farmerId),
    attendeeIds: s.attendees.map((p) => p.farmerId),
    outside: s.outsideParticipants ? String(s.outsideParticipants) : '',
    notes: s.notes ?? '',
  };
}

export function validate(d: SessionDraft, t: FieldT): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.date) e.date = t('rec.required');
  else if (d.date > todayIso()) e.date = t('rec.future');
  if (!d.topic.trim() && d.topicChoice === 'other') e.topic = t('rec.required');
  const n = parseNumber(d.outside);
  if (n !== null && (!Number.isInteger(n) || n < 0)) e.outsideParticipants = t('learning.wholeNumber');
  return e;
}

export function inputOf(d: SessionDraft, cohort: number): SessionInput {
  const plan = d.topicChoice.startsWith('plan:') ? Number(d.topicChoice.slice(5)) : null;
  return {
    date: d.date!,
    ...(d.topic.trim() ? { topic: d.topic.trim() } : {}),
    planCohort: plan === null ? null : cohort,
    planTopicIndex: plan,
    lecturerIds: d.lecturerIds,
    attendeeIds: d.attendeeIds,
    outsideParticipants: parseNumber(d.outside) ?? 0,
    notes: d.notes.trim() || null,
  };
}
