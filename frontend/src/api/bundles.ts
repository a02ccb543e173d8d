import type { app } from '../../wailsjs/go/models';
import { call } from './bridge';
import type { Wire } from './wire';

/** What to do when the bundle's client is in the workspace already. */
export type ImportMode = '' | 'replace' | 'copy';

/**
 * BundleImport is what an import did: status 'conflict' means nothing was
 * written yet and `conflict` says why; resolveImport(token, …) finishes it.
 */
export type BundleImport = Wire<app.BundleImport>;

/**
 * exportClientBundle asks (in a Go save dialog) where to save the client as
 * a .kamw bundle and writes it; it resolves to the path written, or '' when
 * the user cancelled.
 */
export async function exportClientBundle(clientID: string): Promise<string> {
  return (await call('Bundles', 'Export', clientID)) ?? '';
}

/**
 * importClientBundle lets the user pick a .kamw bundle in a Go open dialog
 * and imports it; null when they cancelled. A refused bundle rejects with an
 * ApiError whose message names the problem and where.
 */
export async function importClientBundle(mode: ImportMode = ''): Promise<BundleImport | null> {
  return (await call('Bundles', 'Import', mode)) ?? null;
}

/** resolveImport finishes an import that met a conflict. */
export async function resolveImport(
  token: string,
  mode: 'replace' | 'copy',
): Promise<BundleImport> {
  return call('Bundles', 'Resolve', token, mode);
}

/** discardImport forgets an import that met a conflict; nothing is written. */
export async function discardImport(token: string): Promise<void> {
  await call('Bundles', 'Discard', token);
}
