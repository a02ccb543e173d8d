import type { ButtonHTMLAttributes, Ref } from 'react';
import { Icon, type IconName } from './Icon';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'sm' | 'md' | 'lg';
  icon?: IconName;
  /** busy disables the button and shows a spinner while an action runs. */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * Button is a real <button> (type="button" unless told otherwise), large
 * enough to hit on a touch screen. An icon-only button needs an aria-label.
 */
export function Button({
  variant = 'secondary',
  size = 'md',
  icon,
  busy = false,
  className,
  children,
  type = 'button',
  disabled,
  ref,
  ...rest
}: Props) {
  const iconOnly = children === undefined || children === null;
  const cls = [
    'btn',
    `btn--${variant}`,
    `btn--${size}`,
    iconOnly ? 'btn--icon' : '',
    busy ? 'btn--busy' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      ref={ref}
      type={type}
      className={cls}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {busy ? <Icon name="spinner" size={18} /> : icon ? <Icon name={icon} size={18} /> : null}
      {iconOnly ? null : <span>{children}</span>}
    </button>
  );
}
