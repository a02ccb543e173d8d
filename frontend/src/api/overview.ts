import type { app } from '../../wailsjs/go/models';
import { call } from './bridge';
import type { Wire } from './wire';

/** StartPage is what the start page lists: recent workshops, actions due soon. */
export type StartPage = Wire<app.StartPage>;
export type RecentWorkshop = StartPage['recent'][number];
export type DueAction = StartPage['due'][number];

/** startPage loads the workshops worked on last and the actions due soon. */
export async function startPage(): Promise<StartPage> {
  const page = await call('Overview', 'Get');
  return { ...page, recent: page.recent ?? [], due: page.due ?? [] };
}
