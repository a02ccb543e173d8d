import type { Page } from '@playwright/test';
import { emptyClient } from '../src/api/clients';
import { buyingRoles, departments, relationKinds } from '../src/api/stakeholders';

type Method = (...a: unknown[]) => Promise<unknown>;
interface Go {
  Clients: { Save: Method };
  Workshops: { CreateRound: Method };
  Stakeholders: { Save: Method; SaveRelation: Method };
}

/** seed stores a client, a workshop, the people on a grid and random relations. */
export async function seed(
  page: Page,
  nPeople: number,
  nRelations: number,
): Promise<{ client: string; workshop: string }> {
  return page.evaluate(
    async ({ draft, nPeople, nRelations, departments, buyingRoles, relationKinds }) => {
      const go = (window as unknown as { go: { app: Go } }).go.app;
      const client = (await go.Clients.Save(draft)) as { id: string };
      const ws = (await go.Workshops.CreateRound({ client_id: client.id, title: 'Bench' }, '')) as {
        id: string;
      };
      const cols = Math.ceil(Math.sqrt(nPeople * 1.6));
      const ids: string[] = [];
      for (let i = 0; i < nPeople; i++) {
        const p = (await go.Stakeholders.Save({
          id: '',
          client_id: client.id,
          name: `Person ${i + 1}`,
          title: `Funktion ${i % 17}`,
          department: departments[i % departments.length],
          buying_role: buyingRoles[i % buyingRoles.length],
          attitude: (i % 5) - 2,
          influence: (i % 5) + 1,
          relationship: i % 4,
          owner: i % 3 === 0 ? '' : 'Kim',
          knows_portfolio: i % 2 === 0,
          last_contact: i % 4 === 0 ? '' : '2025-01-15',
          notes: '',
          email: '',
          phone: '',
          x: (i % cols) * 280,
          y: Math.floor(i / cols) * 190,
        })) as { id: string };
        ids.push(p.id);
      }
      // A fixed pseudo-random sequence, so every run draws the same map.
      let s = 42;
      const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
      for (let i = 0; i < nRelations; i++) {
        const a = Math.floor(rnd() * nPeople);
        let b = Math.floor(rnd() * nPeople);
        if (b === a) b = (a + 1) % nPeople;
        await go.Stakeholders.SaveRelation({
          id: '',
          client_id: client.id,
          from: ids[a],
          to: ids[b],
          kind: relationKinds[i % relationKinds.length],
        });
      }
      return { client: client.id, workshop: ws.id };
    },
    {
      draft: emptyClient(`Bench ${nPeople}`),
      nPeople,
      nRelations,
      departments,
      buyingRoles,
      relationKinds,
    },
  );
}
