import { useRef, type KeyboardEvent } from 'react';
import { Button, Input } from '@mantine/core';

interface Props<V extends string> {
  value: V;
  onChange: (value: V) => void;
  data: { value: V; label: string }[];
  /** The visible label's id (or give `label` for screen readers only). */
  labelledBy?: string;
  label?: string;
  fullWidth?: boolean;
}

/**
 * One choice among a few, as a row of joined buttons (a radio group for assistive technology:
 * arrows move the choice, Tab leaves the group). Big enough to tap on a phone.
 */
export function SegmentedChoice<V extends string>({ value, onChange, data, labelledBy, label, fullWidth }: Props<V>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const at = Math.max(0, data.findIndex((o) => o.value === value));
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = (at + step + data.length) % data.length;
    onChange(data[next]!.value);
    refs.current[next]?.focus();
  };
  return (
    <div role="radiogroup" aria-labelledby={labelledBy} aria-label={label} onKeyDown={onKeyDown}>
    <Button.Group style={fullWidth ? { width: '100%' } : undefined}>
      {data.map((o, i) => {
        const checked = o.value === value;
        return (
          <Button
            key={o.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="radio"
            aria-checked={checked}
            tabIndex={i === at ? 0 : -1}
            variant={checked ? 'filled' : 'default'}
            onClick={() => onChange(o.value)}
            px="xs"
            style={fullWidth ? { flex: 1 } : undefined}
          >
            {o.label}
          </Button>
        );
      })}
    </Button.Group>
    </div>
  );
}

/**
 * A `SegmentedChoice` as a form field: the label above it as every input has it, so that it lines
 * up with the inputs beside it in a grid (the choice spans the field's width).
 */
export function SegmentedField<V extends string>({ label, id, ...choice }: Omit<Props<V>, 'labelledBy' | 'label' | 'fullWidth'> & { label: string; id?: string }) {
  return (
    <Input.Wrapper label={label} id={id}>
      <div style={{ marginTop: 4 }}>
        <SegmentedChoice label={label} fullWidth {...choice} />
      </div>
    </Input.Wrapper>
  );
}
