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

/** ControlProps tie a field's control to its label and its message. */
interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * Field is the one frame of every labelled control: the label (with the
 * required mark), the control it renders, and the error or hint below it,
 * which the control is described by.
 */
function Field({
  id,
  label,
  hint,
  error,
  hideLabel,
  required,
  className,
  control,
}: FieldProps & {
  id?: string;
  required?: boolean;
  control: (props: ControlProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const auto = useId();
  const fid = id ?? auto;
  const msgId = `${fid}-msg`;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={fid} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
        {required ? (
          <span className="field__required" title={t('common.required')}>
            {' *'}
          </span>
        ) : null}
      </label>
      {control({
        id: fid,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error || hint ? msgId : undefined,
      })}
      {error ? (
        <p className="field__error" id={msgId}>
          {error}
        </p>
      ) : hint ? (
        <p className="field__hint" id={msgId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type InputProps = FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> & {
    multiline?: false;
    ref?: Ref<HTMLInputElement>;
  };

type AreaProps = FieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'> & {
    /** multiline makes the control a textarea, five rows high unless told otherwise. */
    multiline: true;
    ref?: Ref<HTMLTextAreaElement>;
  };

/**
 * TextField is a labelled text control with an optional hint or error: a
 * single-line input, or with multiline a textarea.
 */
export function TextField(props: InputProps | AreaProps) {
  const { label, hint, error, hideLabel, className, id, ...rest } = props;
  return (
    <Field
      {...{ label, hint, error, hideLabel, className, id }}
      required={rest.required}
      control={(control) =>
        rest.multiline ? (
          <AreaControl {...control} {...rest} />
        ) : (
          <InputControl {...control} {...rest} />
        )
      }
    />
  );
}

// The controls take multiline off: it is no attribute of the element.
function InputControl({ multiline, ...rest }: Omit<InputProps, keyof FieldProps>) {
  return <input className="input" {...rest} />;
}

function AreaControl({ multiline, rows = 5, ...rest }: Omit<AreaProps, keyof FieldProps>) {
  return <textarea rows={rows} className="input input--area" {...rest} />;
}

/** TextArea is TextField with multiline: a labelled textarea. */
export function TextArea(props: Omit<AreaProps, 'multiline'>) {
  return <TextField multiline {...props} />;
}

type SelectProps = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'> & { children: ReactNode };

/** SelectField is a labelled native select. */
export function SelectField(props: SelectProps) {
  const { label, hint, error, hideLabel, className, id, children, ...rest } = props;
  return (
    <Field
      {...{ label, hint, error, hideLabel, className, id }}
      required={rest.required}
      control={(control) => (
        <select className="input input--select" {...control} {...rest}>
          {children}
        </select>
      )}
    />
  );
}
