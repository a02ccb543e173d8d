import { call } from './bridge';

/** WorkspaceInfo describes the open workspace file. */
export interface WorkspaceInfo {
  path: string;
  schema_version: number;
  version: string;
}

export function getLanguage(): Promise<string> {
  return call('Settings', 'Language') as Promise<string>;
}

export async function setLanguage(lang: string): Promise<void> {
  await call('Settings', 'SetLanguage', lang);
}

/**
 * How the window shows its client list, as Go stores it (app.Sidebar*):
 * '' until the person chooses, then 'expanded' or 'collapsed'.
 */
export type SidebarState = '' | 'expanded' | 'collapsed';

export async function getSidebar(): Promise<SidebarState> {
  const v = await call('Settings', 'Sidebar');
  return v === 'expanded' || v === 'collapsed' ? v : '';
}

export async function setSidebar(state: Exclude<SidebarState, ''>): Promise<void> {
  await call('Settings', 'SetSidebar', state);
}

export function getWorkspace(): Promise<WorkspaceInfo> {
  return call('Settings', 'Workspace') as Promise<WorkspaceInfo>;
}

/** Welcome names the workshop the window opens on its first start. */
export interface Welcome {
  clientId: string;
  workshopId: string;
}

/**
 * takeWelcome asks Go, once, where the first start opens: the sample
 * workshop of a new workspace; null afterwards and for other workspaces.
 */
export async function takeWelcome(): Promise<Welcome | null> {
  const w = ((await call('Settings', 'TakeWelcome')) ?? {}) as Record<string, unknown>;
  const clientId = typeof w.client_id === 'string' ? w.client_id : '';
  const workshopId = typeof w.workshop_id === 'string' ? w.workshop_id : '';
  return clientId && workshopId ? { clientId, workshopId } : null;
}
