import * as Actions from '../../wailsjs/go/app/Actions';
import * as Assessment from '../../wailsjs/go/app/Assessment';
import * as Backups from '../../wailsjs/go/app/Backups';
import * as Bin from '../../wailsjs/go/app/Bin';
import * as Bundles from '../../wailsjs/go/app/Bundles';
import * as Clients from '../../wailsjs/go/app/Clients';
import * as Contacts from '../../wailsjs/go/app/Contacts';
import * as Files from '../../wailsjs/go/app/Files';
import * as Intelligence from '../../wailsjs/go/app/Intelligence';
import * as Overview from '../../wailsjs/go/app/Overview';
import * as Reports from '../../wailsjs/go/app/Reports';
import * as RoomVoting from '../../wailsjs/go/app/RoomVoting';
import * as Settings from '../../wailsjs/go/app/Settings';
import * as Stakeholders from '../../wailsjs/go/app/Stakeholders';
import * as Startup from '../../wailsjs/go/app/Startup';
import * as Workshops from '../../wailsjs/go/app/Workshops';
import { ApiError, toApiError } from './errors';
import { loneSurrogate } from './wellFormed';
import type { Wire } from './wire';

/**
 * The wrappers Wails generates from the Go services (app/*.go). Each one looks
 * `window.go.app.<Service>.<Method>` up when called, so a test can install a
 * fake window.go; importing them here makes a renamed or removed Go method a
 * type error.
 */
const bindings = {
  Actions,
  Assessment,
  Backups,
  Bin,
  Bundles,
  Clients,
  Contacts,
  Files,
  Intelligence,
  Overview,
  Reports,
  RoomVoting,
  Settings,
  Stakeholders,
  Startup,
  Workshops,
};

type Bindings = typeof bindings;
export type Service = keyof Bindings;
type Method<S extends Service> = keyof Bindings[S] & string;
type Fn<S extends Service, M extends Method<S>> = Bindings[S][M] extends (
  ...args: infer A
) => Promise<infer R>
  ? { args: A; result: R }
  : never;
/** The Go method's arguments, as their JSON travels (see Wire). */
export type Args<S extends Service, M extends Method<S>> = {
  [K in keyof Fn<S, M>['args']]: Wire<Fn<S, M>['args'][K]>;
};
/**
 * The Go method's result as its JSON travels; a Go slice may be nil, which
 * arrives as null.
 */
export type Result<S extends Service, M extends Method<S>> = Fn<
  S,
  M
>['result'] extends readonly unknown[]
  ? Wire<Fn<S, M>['result']> | null
  : Wire<Fn<S, M>['result']>;

declare global {
  interface Window {
    go?: { app?: Partial<Record<Service, Record<string, unknown>>> };
  }
}

/**
 * call invokes a bound Go method through its generated wrapper, with the
 * argument and result types Wails generated from Go. Every failure, a
 * missing backend included, rejects with an ApiError; text that is not
 * text (a lone surrogate) is refused before it is sent.
 */
export async function call<S extends Service, M extends Method<S>>(
  service: S,
  method: M,
  ...args: Args<S, M> & unknown[]
): Promise<Result<S, M>> {
  if (typeof window.go?.app?.[service]?.[method] !== 'function') {
    throw new ApiError('internal', `backend method ${service}.${method} is not available`);
  }
  // The one place where types meet the wire: the generated wrapper takes
  // and gives the same JSON that Wire describes (an enum's values are its
  // strings), so its signature is widened here rather than at every caller.
  const fn = bindings[service][method] as (...a: unknown[]) => Promise<unknown>;
  const broken = loneSurrogate(args);
  if (broken !== null) {
    // Refused here, as Go refuses it in a bundle (kam.CheckJSONText): on
    // the way to Go it would silently become U+FFFD.
    const field = broken.replace(/^\[\d+\]\.?/, '');
    throw new ApiError(
      'invalid',
      `${field ? `${field}: ` : ''}holds half of a character (a lone surrogate), which is not text`,
      field,
      'not_text',
    );
  }
  try {
    return (await fn(...args)) as Result<S, M>;
  } catch (err) {
    throw toApiError(err);
  }
}
