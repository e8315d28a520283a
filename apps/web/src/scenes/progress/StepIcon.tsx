import type { StepStatus } from '@ntag/shared';

/** The colours of the three states (and of "overdue"), shared by icons, chips, bars and legends. */
export const STEP_COLOURS = {
  done: 'var(--mantine-color-ntag-7)',
  in_progress: 'var(--mantine-color-yellow-6)',
  not_started: 'var(--mantine-color-gray-5)',
  overdue: 'var(--mantine-color-red-7)',
} as const;

/**
 * A step's state drawn as SVG (no icon font): a green disc with a tick when done, a half-filled
 * amber disc in progress, an empty grey ring not started; red when overdue (with "!" if not started).
 * `label` is what screen readers hear; leave it empty where the text beside says it.
 */
export function StepIcon({ status, overdue = false, size = 18, label }: { status: StepStatus; overdue?: boolean; size?: number; label?: string }) {
  const late = overdue && status !== 'done';
  const colour = late ? STEP_COLOURS.overdue : STEP_COLOURS[status];
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      role={label ? 'img' : undefined}
      aria-label={label || undefined}
      aria-hidden={label ? undefined : true}
      style={{ flex: 'none', verticalAlign: '-4px' }}
    >
      {label && <title>{label}</title>}
      {status === 'done' && (
        <>
          <circle cx="10" cy="10" r="9" fill={colour} />
          <path d="M5.5 10.5l3 3 6-6.5" fill="none" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </>
      )}
      {status === 'in_progress' && (
        <>
          <circle cx="10" cy="10" r="8" fill="#fff" stroke={colour} strokeWidth="2.2" />
          <path d="M10 2a8 8 0 0 1 0 16z" fill={colour} />
        </>
      )}
      {status === 'not_started' && <circle cx="10" cy="10" r="8" fill="#fff" stroke={colour} strokeWidth="2.2" />}
      {late && status === 'not_started' && <path d="M10 5.5v5.5M10 14v.6" stroke={colour} strokeWidth="2.2" strokeLinecap="round" />}
    </svg>
  );
}
