import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface Props {
  title: string;
  /** description is read out with the title when the dialog opens. */
  description?: ReactNode;
  /** onClose is called on Escape and on a click beside the dialog. */
  onClose: () => void;
  children?: ReactNode;
  footer?: ReactNode;
  /** initialFocus gets the focus on open; else the first focusable element. */
  initialFocus?: RefObject<HTMLElement | null>;
  role?: 'dialog' | 'alertdialog';
  className?: string;
}

/**
 * Modal is an accessible modal dialog: role="dialog" with aria-modal, labelled
 * by its title, focus kept inside while open (Tab wraps), Escape closes, and
 * focus returns to where it was when it closes. The page behind is inert.
 */
export function Modal({
  title,
  description,
  onClose,
  children,
  footer,
  initialFocus,
  role = 'dialog',
  className,
}: Props) {
  const titleId = useId();
  const descId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    const dialog = dialogRef.current;
    const first = initialFocus?.current ?? dialog?.querySelector<HTMLElement>(focusable) ?? dialog;
    // A dialog opens at its top, even when what gets the focus sits at its
    // end (a Close button below a long list).
    first?.focus({ preventScroll: true });
    return () => {
      root?.removeAttribute('inert');
      if (previous && previous.isConnected) previous.focus();
    };
    // Focus is placed once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      onCloseRef.current();
      return;
    }
    if (e.key !== 'Tab' || !dialogRef.current) return;
    const items = [...dialogRef.current.querySelectorAll<HTMLElement>(focusable)];
    if (items.length === 0) {
      e.preventDefault();
      return;
    }
    const firstItem = items[0];
    const lastItem = items[items.length - 1];
    const active = document.activeElement;
    if (e.shiftKey && (active === firstItem || active === dialogRef.current)) {
      e.preventDefault();
      lastItem?.focus();
    } else if (!e.shiftKey && active === lastItem) {
      e.preventDefault();
      firstItem?.focus();
    }
  };

  return createPortal(
    <div
      className="modal-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onCloseRef.current();
      }}
    >
      <div
        ref={dialogRef}
        className={`modal${className ? ` ${className}` : ''}`}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descId : undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 className="modal__title" id={titleId}>
          {title}
        </h2>
        {description ? (
          <div className="modal__description" id={descId}>
            {description}
          </div>
        ) : null}
        {children}
        {footer ? <div className="modal__footer">{footer}</div> : null}
      </div>
    </div>,
    document.body,
  );
}
