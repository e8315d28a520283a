import { useId, type ReactNode } from 'react';
import { followLink } from './route';
import { useFieldT } from './texts';

/**
 * The field entry's form parts: a native control under its label, with the error under it. Native
 * controls (a <select>, an <input list>) give the phone its own pickers and cost no script.
 */
interface FieldProps {
  label: string;
  required?: boolean;
  error?: string;
  hint?: ReactNode;
}

/** A control under its label (with the required mark), then its hint (`${id}-hint`) and its error. */
export function Frame({ id, label, required, error, hint, children }: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className="fld">
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="req" aria-hidden>
            *
          </span>
        )}
      </label>
      {children}
      {hint && (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div className="err" id={`${id}-err`}>
          {error}
        </div>
      )}
    </div>
  );
}

export function TextField({ value, onChange, inputMode, list, ...f }: FieldProps & { value: string; onChange: (v: string) => void; inputMode?: 'decimal' | 'numeric'; list?: string }) {
  const id = useId();
  return (
    <Frame id={id} {...f}>
      <input
        id={id}
        className="inp"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        inputMode={inputMode}
        list={list}
        required={f.required}
        aria-invalid={!!f.error}
        aria-describedby={f.error ? `${id}-err` : undefined}
        autoComplete="off"
      />
    </Frame>
  );
}

export function TextArea({ value, onChange, ...f }: FieldProps & { value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <Frame id={id} {...f}>
      <textarea id={id} className="inp" rows={1} value={value} onChange={(e) => onChange(e.currentTarget.value)} />
    </Frame>
  );
}

export function SelectField({ value, onChange, options, placeholder, ...f }: FieldProps & { value: string; onChange: (v: string) => void; options: Array<{ value: string; label: string }>; placeholder?: string }) {
  const id = useId();
  return (
    <Frame id={id} {...f}>
      <select id={id} className="inp" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {placeholder !== undefined && (
          <option value="" disabled>
            {placeholder}
          </option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A coloured box with an optional close button (the main app's Alert). */
export function Alert({ tone = 'orange', onClose, children, ...rest }: { tone?: 'orange' | 'green' | 'red' | 'grape'; onClose?: () => void; children: ReactNode; role?: string; 'data-testid'?: string }) {
  const t = useFieldT();
  return (
    <div className={`alert ${tone}`} {...rest}>
      {onClose ? (
        <div className="f-row">
          <div>{children}</div>
          <button type="button" className="x" aria-label={t('off.dismiss')} onClick={onClose}>
            ×
          </button>
        </div>
      ) : (
        children
      )}
    </div>
  );
}

/** A page's heading with, on its right, the link to the other field page (moved within the entry). */
export function PageHead({ title, href, link }: { title: string; href: string; link: string }) {
  return (
    <div className="f-row">
      <h1>{title}</h1>
      <a className="btn light xs" href={href} onClick={followLink}>
        {link}
      </a>
    </div>
  );
}
