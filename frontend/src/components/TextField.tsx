import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  label: string;
  /** hint is help text below the control. */
  hint?: ReactNode;
  /** error replaces the hint and marks the control invalid. */
  error?: string | null;
  /** hideLabel keeps the label for screen readers and tests only. */
  hideLabel?: boolean;
  className?: string;
}

function Field({
  id,
  label,
  hint,
  error,
  hideLabel,
  required,
  className,
  children,
}: FieldProps & { id: string; required?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
        {required ? (
          <span className="field__required" title={t('common.required')}>
            {' *'}
          </span>
        ) : null}
      </label>
      {children}
      {error ? (
        <p className="field__error" id={`${id}-msg`}>
          {error}
        </p>
      ) : hint ? (
        <p className="field__hint" id={`${id}-msg`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type InputProps = FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> & { ref?: Ref<HTMLInputElement> };

/** TextField is a labelled single-line input with an optional hint or error. */
export function TextField({
  label,
  hint,
  error,
  hideLabel,
  className,
  id,
  ref,
  ...rest
}: InputProps) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <Field {...{ label, hint, error, hideLabel, className }} id={fid} required={rest.required}>
      <input
        ref={ref}
        id={fid}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? `${fid}-msg` : undefined}
        {...rest}
      />
    </Field>
  );
}

type AreaProps = FieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'> & {
    ref?: Ref<HTMLTextAreaElement>;
  };

/** TextArea is a labelled multi-line input with an optional hint or error. */
export function TextArea({
  label,
  hint,
  error,
  hideLabel,
  className,
  id,
  ref,
  rows = 5,
  ...rest
}: AreaProps) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <Field {...{ label, hint, error, hideLabel, className }} id={fid} required={rest.required}>
      <textarea
        ref={ref}
        id={fid}
        rows={rows}
        className="input input--area"
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? `${fid}-msg` : undefined}
        {...rest}
      />
    </Field>
  );
}

type SelectProps = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'> & { children: ReactNode };

/** SelectField is a labelled native select. */
export function SelectField({
  label,
  hint,
  error,
  hideLabel,
  className,
  id,
  children,
  ...rest
}: SelectProps) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <Field {...{ label, hint, error, hideLabel, className }} id={fid} required={rest.required}>
      <select
        id={fid}
        className="input input--select"
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? `${fid}-msg` : undefined}
        {...rest}
      >
        {children}
      </select>
    </Field>
  );
}
