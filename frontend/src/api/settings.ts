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

export function getWorkspace(): Promise<WorkspaceInfo> {
  return call('Settings', 'Workspace') as Promise<WorkspaceInfo>;
}
