import { call } from './bridge';

/** What to do when the bundle's client is in the workspace already. */
export type ImportMode = '' | 'replace' | 'copy';

/**
 * BundleImport is what an import did. With status "conflict" nothing was
 * written: conflict "client" (the client is here already: replace it or
 * import a copy) or "records" (some records belong to another client: only a
 * copy will do); resolveImport(token, mode) finishes it without asking for the
 * file again.
 */
export interface BundleImport {
  status: 'imported' | 'conflict';
  conflict: '' | 'client' | 'records';
  token: string;
  file_name: string;
  client_id: string;
  client_name: string;
  workshops: number;
}

/**
 * exportClientBundle asks (in a Go save dialog) where to save the client as
 * a .kamw bundle and writes it; it resolves to the path written, or '' when
 * the user cancelled.
 */
export async function exportClientBundle(clientID: string): Promise<string> {
  return ((await call('Bundles', 'Export', clientID)) as string | null) ?? '';
}

/**
 * importClientBundle lets the user pick a .kamw bundle in a Go open dialog
 * and imports it; null when they cancelled. A refused bundle rejects with an
 * ApiError whose message names the problem and where.
 */
export async function importClientBundle(mode: ImportMode = ''): Promise<BundleImport | null> {
  return ((await call('Bundles', 'Import', mode)) as BundleImport | null) ?? null;
}

/** resolveImport finishes an import that met a conflict. */
export async function resolveImport(
  token: string,
  mode: 'replace' | 'copy',
): Promise<BundleImport> {
  return (await call('Bundles', 'Resolve', token, mode)) as BundleImport;
}

/** discardImport forgets an import that met a conflict; nothing is written. */
export async function discardImport(token: string): Promise<void> {
  await call('Bundles', 'Discard', token);
}
