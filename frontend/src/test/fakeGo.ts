import { vi } from 'vitest';
import type { Service } from '../api/bridge';

type Impl = (...args: never[]) => unknown;
export type FakeServices = Partial<Record<Service, Record<string, Impl>>>;

/**
 * installFakeGo stands in for the Go side: each method becomes a vi.fn that
 * resolves with what the given function returns (or rejects with what it
 * throws), as a Wails binding does.
 */
export function installFakeGo(services: FakeServices) {
  const app: Record<string, Record<string, ReturnType<typeof vi.fn>>> = {};
  for (const [service, methods] of Object.entries(services)) {
    app[service] = {};
    for (const [name, impl] of Object.entries(methods ?? {})) {
      app[service][name] = vi.fn(async (...args: unknown[]) =>
        (impl as (...a: unknown[]) => unknown)(...args),
      );
    }
  }
  window.go = { app };
  return app;
}
