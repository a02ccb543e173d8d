import type { app } from '../../wailsjs/go/models';
import { call } from './bridge';
import type { Wire } from './wire';

/** WorkspaceInfo says which workspace file is open, its schema and the program's version. */
export type WorkspaceInfo = Wire<app.WorkspaceInfo>;

export function getLanguage(): Promise<string> {
  return call('Settings', 'Language');
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
  return call('Settings', 'Workspace');
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
  // A test's stand-in for Go may answer nothing at all.
  const w = (await call('Settings', 'TakeWelcome')) ?? { client_id: '', workshop_id: '' };
  return w.client_id && w.workshop_id ? { clientId: w.client_id, workshopId: w.workshop_id } : null;
}
