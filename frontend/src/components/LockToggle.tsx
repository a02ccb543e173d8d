import { useId } from 'react';
import { Icon } from './Icon';

interface Props {
  /** on: the thing is for our side only. */
  on: boolean;
  onToggle: () => void;
  /** label names the toggle ("Intern"); it stays the same whether on or off. */
  label: string;
  /** hint says what on means ("never in the customer version"). */
  hint: string;
  /** name says whose toggle it is, for a row among many ("Intern: Battle-Card …"). */
  name?: string;
  onBlur?: () => void;
  disabled?: boolean;
}

/**
 * LockToggle marks something as internal: a button that stays pressed
 * (aria-pressed) with a closed lock while on, an open one while off.
 */
export function LockToggle({ on, onToggle, label, hint, name, onBlur, disabled }: Props) {
  const hintId = useId();
  return (
    <span className="lock-toggle__wrap">
      <button
        type="button"
        className={`lock-toggle${on ? ' lock-toggle--on' : ''}`}
        aria-pressed={on}
        aria-label={name ? `${label}: ${name}` : label}
        aria-describedby={hintId}
        title={hint}
        disabled={disabled}
        onClick={onToggle}
        onBlur={onBlur}
      >
        <Icon name={on ? 'lock' : 'lockOpen'} size={16} />
        <span>{label}</span>
      </button>
      <span id={hintId} className="visually-hidden">
        {hint}
      </span>
    </span>
  );
}
