import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../api/clients';
import type { Opportunity } from '../../api/intelligence';
import type { Workshop } from '../../api/workshops';
import { SaveStatusProvider } from '../../components/save/SaveStatusContext';
import { installFakeGo } from '../../test/fakeGo';
import { OpportunitiesTab } from './OpportunitiesTab';

const client = { id: 'c1', name: 'Brenner GmbH' } as Client;
const workshop = { id: 'w1', client_id: 'c1', title: 'Herbst' } as Workshop;

/**
 * slowGo stands in for Go the way the race happens in the window: each
 * SaveOpportunity is a goroutine of its own that commits when the test lets
 * it (release), in whatever order; like the store, it refuses a save made on
 * an older version than the one stored (updated_at).
 */
function slowGo(stored: Opportunity) {
  let row = stored;
  let version = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const waiting: (() => void)[] = [];
  installFakeGo({
    Intelligence: {
      Opportunities: () => [row],
      Arguments: () => [],
      SaveOpportunity: (o: Opportunity) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        return new Promise((resolve, reject) => {
          waiting.push(() => {
            inFlight--;
            if (o.updated_at !== row.updated_at) {
              reject({
                code: 'conflict',
                kind: 'stale',
                message: 'the opportunity was changed elsewhere meanwhile',
              });
              return;
            }
            row = { ...o, updated_at: `v${++version}` };
            resolve(row);
          });
        });
      },
    },
  });
  return {
    row: () => row,
    maxInFlight: () => maxInFlight,
    /** releaseNewestFirst lets every waiting save commit, the newest first. */
    async releaseNewestFirst() {
      for (let i = 0; i < 20 && (waiting.length > 0 || inFlight > 0); i++) {
        await act(async () => {
          for (const commit of waiting.splice(0).reverse()) commit();
          await new Promise((r) => setTimeout(r, 0));
        });
      }
    },
  };
}

describe('the funnel', () => {
  it('stores two quick Alt+→ in order: the later stage is the one kept', async () => {
    const go = slowGo({
      id: 'a',
      client_id: 'c1',
      title: 'Retrofit',
      stage: 'lead',
      value: 10000,
      probability: 10,
      expected_close: '',
      next_step: '',
      updated_at: 'v0',
    });
    render(
      <SaveStatusProvider>
        <OpportunitiesTab client={client} workshop={workshop} />
      </SaveStatusProvider>,
    );
    const card = await screen.findByRole('button', { name: 'Chance „Retrofit“ bearbeiten' });
    card.focus();
    fireEvent.keyDown(card, { key: 'ArrowRight', altKey: true });
    const moved = within(screen.getByRole('region', { name: 'Qualifiziert' })).getByRole('button', {
      name: /Retrofit/,
    });
    fireEvent.keyDown(moved, { key: 'ArrowRight', altKey: true });

    await go.releaseNewestFirst();

    expect(go.row().stage).toBe('proposal');
    expect(go.maxInFlight()).toBe(1);
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Angebot' })).getByRole('button', {
          name: /Retrofit/,
        }),
      ).toBeInTheDocument(),
    );
    expect(screen.queryByText(/nicht geklappt/)).not.toBeInTheDocument();
  });
});
