import { useState, type FormEvent } from 'react';
import { useFieldErrors } from './useFieldErrors';

interface Options<D> {
  /** The form carries `data-<name>-form`: the cursor goes to its first field in error. */
  name: string;
  initial: D;
  /** `{ field: message }` of what is wrong with the draft (the API's field names). */
  validate: (d: D) => Record<string, string>;
  /** The last save's error: its field issues go under the same fields. */
  error: unknown;
  pending: boolean;
  onSubmit: (d: D) => void;
  /** Something besides the draft that stops a save (e.g. photos that cannot be sent). */
  blocked?: boolean;
  /** Told what is wrong when a save is stopped (e.g. to unfold the fields in error). */
  onInvalid?: (problems: Record<string, string>) => void;
}

/**
 * The state a form keeps (the quick-entry forms of steps 3–6, the plans กท.02 and กท.03): the
 * draft, its checks (`problems`, shown once a save was tried, the API's field issues under the
 * same fields), and a submit that stops on a problem and puts the cursor in the first field in
 * error, so that a phone's keyboard opens where the fix is needed. A double tap while saving sends
 * nothing more.
 */
export function useDraftForm<D>({ name, initial, validate, error, pending, onSubmit, blocked = false, onInvalid }: Options<D>) {
  const [d, setD] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const local = submitted ? validate(d) : {};
  const server = useFieldErrors(error);
  const err = (k: string): string | undefined => local[k] ?? server[k];
  const set = <K extends keyof D>(k: K, v: D[K]) => setD((x) => ({ ...x, [k]: v }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const problems = validate(d);
    if (blocked || Object.keys(problems).length) {
      onInvalid?.(problems);
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-${name}-form] [aria-invalid="true"]`)?.focus());
      return;
    }
    if (!pending) onSubmit(d);
  };

  return { d, setD, set, err, server, submitted, problems: local, submit };
}
