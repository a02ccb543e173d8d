import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Banner } from './Banner';

type ToastKind = 'info' | 'error';
interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

interface ToastApi {
  /** show announces a message; info fades after a few seconds, errors stay. */
  show: (message: string, kind?: ToastKind) => void;
}

const ToastContext = createContext<ToastApi>({ show: () => undefined });

export function useToast(): ToastApi {
  return useContext(ToastContext);
}

const infoTimeout = 5000;

/** ToastProvider renders messages in a corner of the screen. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((ts) => ts.filter((t) => t.id !== id));
  }, []);

  const show = useCallback(
    (message: string, kind: ToastKind = 'info') => {
      const id = next.current++;
      setToasts((ts) => [...ts.slice(-3), { id, kind, message }]);
      if (kind === 'info') setTimeout(() => dismiss(id), infoTimeout);
    },
    [dismiss],
  );

  const api = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts">
        {toasts.map((t) => (
          <div className="toast" key={t.id}>
            <Banner kind={t.kind} onDismiss={() => dismiss(t.id)}>
              {t.message}
            </Banner>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
