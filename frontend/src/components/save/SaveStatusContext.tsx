import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { SaveStore, type SaveSnapshot } from './saveStore';

const SaveStoreContext = createContext<SaveStore>(new SaveStore());

/** SaveStatusProvider gives the screen one SaveStore for its saved indicator. */
export function SaveStatusProvider({
  children,
  store,
}: {
  children: ReactNode;
  store?: SaveStore;
}) {
  const [own] = useState(() => store ?? new SaveStore());
  return <SaveStoreContext.Provider value={own}>{children}</SaveStoreContext.Provider>;
}

/** useSaveStore returns the store that saves on this screen report to. */
export function useSaveStore(): SaveStore {
  return useContext(SaveStoreContext);
}

/** useSaveStatus is the aggregated status for the saved indicator. */
export function useSaveStatus(): SaveSnapshot {
  const store = useSaveStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
