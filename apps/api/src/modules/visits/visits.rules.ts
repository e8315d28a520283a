/**
 * A visit's follow-up: the district sets the day it means to come back; the next visit to the
 * same group (any later day) closes it; until then it is due, and overdue from the day after.
 */
export type FollowUpState = 'none' | 'due' | 'overdue' | 'done';

export function followUpState(followUpOn: string | null, nextVisitOn: string | null, today: string): FollowUpState {
  if (!followUpOn) return 'none';
  if (nextVisitOn) return 'done';
  return today > followUpOn ? 'overdue' : 'due';
}

export const daysLate = (followUpOn: string, today: string) => Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${followUpOn}T00:00:00Z`)) / 86_400_000);
