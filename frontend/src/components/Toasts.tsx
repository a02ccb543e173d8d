import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from './Banner';
import { Button } from './Button';
import { Icon } from './Icon';
import { SavedFileButtons } from './SavedFileButtons';

type ToastKind = 'info' | 'error' | 'undo' | 'saved';
interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
  /** undo puts back what the toast says was deleted (kind "undo"). */
  undo?: () => Promise<void>;
}

interface ToastApi {
  /** show announces a message; info fades after a few seconds, errors stay. */
  show: (message: string, kind?: 'info' | 'error') => void;
  /**
   * undoable says something was deleted and offers "Rückgängig" for about
   * ten seconds (longer while the pointer or the focus is on it); Ctrl+Z
   * outside a text field does the same for the newest one.
   */
  undoable: (message: string, undo: () => Promise<void>) => void;
  /** saved says an export wrote a file and offers to open it or show its folder. */
  saved: (message: string) => void;
}

const ToastContext = createContext<ToastApi>({
  show: () => undefined,
  undoable: () => undefined,
  saved: () => undefined,
});

export function useToast(): ToastApi {
  return useContext(ToastContext);
}

/** How long a toast stays, unless the pointer or the focus holds it. */
export const toastTimeouts: Record<ToastKind, number | null> = {
  info: 5000,
  undo: 10000,
  saved: 10000,
  error: null,
};

/** isTextEntry says whether a key press belongs to a field's own undo. */
function isTextEntry(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)
    return true;
  return (
    el instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(el.type)
  );
}

/**
 * ToastProvider renders messages in a corner of the screen, one component
 * for all of them: information, errors, and the undo of a delete. What a
 * toast says is read out by screen readers: it appears in a live region that
 * is always there (errors are alerts).
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((ts) => ts.filter((x) => x.id !== id));
  }, []);

  const add = useCallback((toast: Omit<Toast, 'id'>) => {
    const id = next.current++;
    setToasts((ts) => [...ts.slice(-3), { ...toast, id }]);
    return id;
  }, []);

  const show = useCallback(
    (message: string, kind: 'info' | 'error' = 'info') => void add({ kind, message }),
    [add],
  );

  const undoable = useCallback(
    (message: string, undo: () => Promise<void>) => void add({ kind: 'undo', message, undo }),
    [add],
  );

  const saved = useCallback((message: string) => void add({ kind: 'saved', message }), [add]);

  const runUndo = useCallback(
    (toast: Toast) => {
      dismiss(toast.id);
      void toast.undo?.();
    },
    [dismiss],
  );

  // Ctrl+Z (Cmd+Z) undoes the newest delete, unless a field takes it for its
  // own text or a screen used it already (the stakeholder map's history).
  const newestUndo = [...toasts].reverse().find((x) => x.kind === 'undo');
  useEffect(() => {
    if (!newestUndo) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return;
      if (e.key.toLowerCase() !== 'z' || isTextEntry(e.target)) return;
      e.preventDefault();
      runUndo(newestUndo);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [newestUndo, runUndo]);

  const api = useMemo(() => ({ show, undoable, saved }), [show, undoable, saved]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <section className="toasts" aria-label={t('toasts.label')}>
        {/* Always there, so what appears in it is read out (errors are alerts). */}
        <div className="toasts__live" aria-live="polite">
          {toasts
            .filter((x) => x.kind !== 'error')
            .map((toast) => (
              <ToastItem key={toast.id} toast={toast} dismiss={dismiss} onUndo={runUndo} />
            ))}
        </div>
        {toasts
          .filter((x) => x.kind === 'error')
          .map((toast) => (
            <ToastItem key={toast.id} toast={toast} dismiss={dismiss} onUndo={runUndo} />
          ))}
      </section>
    </ToastContext.Provider>
  );
}

/**
 * ToastItem is one toast. It goes by itself after its time, which stands
 * still while the pointer is over it or the focus is in it, so nobody loses
 * the button they are reaching for.
 */
function ToastItem({
  toast,
  dismiss,
  onUndo,
}: {
  toast: Toast;
  dismiss: (id: number) => void;
  onUndo: (toast: Toast) => void;
}) {
  const { t } = useTranslation();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const timeout = toastTimeouts[toast.kind];
  const held = hovered || focused;
  const { id } = toast;
  const onDismiss = () => dismiss(id);

  useEffect(() => {
    if (timeout === null || held) return;
    const timer = setTimeout(() => dismiss(id), timeout);
    return () => clearTimeout(timer);
  }, [timeout, held, dismiss, id]);

  return (
    <div
      className={`toast toast--${toast.kind}`}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      {toast.kind === 'error' ? (
        <Banner kind="error" onDismiss={onDismiss}>
          {toast.message}
        </Banner>
      ) : (
        // Not a Banner: the live region around it reads it out, once.
        <div className="banner banner--info">
          <Icon
            name={toast.kind === 'undo' ? 'trash' : toast.kind === 'saved' ? 'check' : 'info'}
          />
          <div className="banner__text">
            {toast.kind === 'saved' ? (
              <>
                <span>{toast.message}</span>
                <SavedFileButtons />
              </>
            ) : (
              toast.message
            )}
            {toast.kind === 'undo' ? (
              <span className="visually-hidden"> {t('undo.hint')}</span>
            ) : null}
          </div>
          {toast.kind === 'undo' ? (
            <Button
              variant="secondary"
              size="sm"
              icon="undo"
              aria-keyshortcuts="Control+Z"
              title={t('undo.buttonTitle')}
              onClick={() => onUndo(toast)}
            >
              {t('undo.button')}
            </Button>
          ) : null}
          <Button
            variant="ghost"
            size="sm"
            icon="x"
            aria-label={t('common.dismiss')}
            onClick={onDismiss}
          />
        </div>
      )}
    </div>
  );
}
