import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { listClients, type ClientSummary } from '../../api/clients';
import type { ApiError } from '../../api/errors';
import { useLoad } from '../../components/useLoad';

interface ClientList {
  clients: ClientSummary[];
  loading: boolean;
  error: ApiError | null;
  /** reload fetches the list again after anything that changes it. */
  reload: () => void;
}

const ClientListContext = createContext<ClientList>({
  clients: [],
  loading: false,
  error: null,
  reload: () => undefined,
});

export function useClientList(): ClientList {
  return useContext(ClientListContext);
}

const none: ClientSummary[] = [];

/** ClientListProvider holds the clients shown in the sidebar and breadcrumb. */
export function ClientListProvider({ children }: { children: ReactNode }) {
  const load = useCallback(() => listClients(), []);
  const [result, { reload }] = useLoad(load);
  const clients = result.state === 'ready' ? result.data : none;
  const value = useMemo<ClientList>(
    () => ({
      clients,
      loading: result.state === 'loading',
      error: result.state === 'failed' ? result.error : null,
      reload,
    }),
    [clients, result, reload],
  );
  return <ClientListContext.Provider value={value}>{children}</ClientListContext.Provider>;
}
