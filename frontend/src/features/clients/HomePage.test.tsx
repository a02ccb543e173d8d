import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StartPage } from '../../api/overview';
import { installFakeGo } from '../../test/fakeGo';
import { ClientListProvider } from './ClientListContext';
import { HomePage } from './HomePage';

const page: StartPage = {
  today: '2026-12-02',
  days: 14,
  recent: [
    {
      id: 'w2',
      client_id: 'c1',
      client_name: 'Hofmann Antriebstechnik GmbH',
      title: 'KAM-Workshop Herbst 2026',
      date: '2026-11-26',
      location: '',
      facilitator: '',
      participants: [],
      touched: '2026-12-01T10:00:00Z',
    },
  ],
  due: [
    {
      id: 'a1',
      workshop_id: 'w2',
      client_id: 'c1',
      client_name: 'Hofmann Antriebstechnik GmbH',
      workshop_title: 'KAM-Workshop Herbst 2026',
      title: 'Newsletter Q1: Texte und Bilder rechtzeitig liefern',
      owner: 'Markus Vogt',
      due: '2026-11-20',
      priority: 'low',
      probability: 40,
      status: 'open',
      question_id: '',
      internal: false,
    },
    {
      id: 'a2',
      workshop_id: 'w2',
      client_id: 'c1',
      client_name: 'Hofmann Antriebstechnik GmbH',
      workshop_title: 'KAM-Workshop Herbst 2026',
      title: 'CRM-Nutzung im Vertrieb verbindlich machen',
      owner: '',
      due: '2026-12-10',
      priority: 'high',
      probability: 80,
      status: 'open',
      question_id: '',
      internal: false,
    },
  ],
};

function setup(start: StartPage) {
  const app = installFakeGo({
    Clients: { List: () => [{ id: 'c1', name: 'Hofmann Antriebstechnik GmbH' }] },
    Overview: { Get: () => start },
  });
  render(
    <ClientListProvider>
      <HomePage onNewClient={() => undefined} />
    </ClientListProvider>,
  );
  return app;
}

describe('the start page', () => {
  it('lists the workshops worked on last and the actions due soon, overdue ones marked', async () => {
    setup(page);
    const recent = await screen.findByRole('region', { name: 'Zuletzt bearbeitet' });
    expect(
      within(recent).getByRole('link', { name: /KAM-Workshop Herbst 2026.*Hofmann/ }),
    ).toHaveAttribute('href', '#/clients/c1/workshops/w2/assessment');

    const due = screen.getByRole('region', { name: 'Fällige Maßnahmen' });
    expect(due).toHaveTextContent('Überfällig oder fällig in den nächsten 14 Tagen.');
    const items = within(due).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('überfällig · fällig 20. Nov. 2026');
    expect(items[0]).toHaveTextContent('Verantwortlich: Markus Vogt');
    expect(items[1]).not.toHaveTextContent('überfällig');
    expect(
      within(items[1] as HTMLElement).getByRole('link', { name: /CRM-Nutzung/ }),
    ).toHaveAttribute('href', '#/clients/c1/workshops/w2/actions');
  });

  it('says when nothing is due', async () => {
    setup({ ...page, due: [] });
    const due = await screen.findByRole('region', { name: 'Fällige Maßnahmen' });
    expect(due).toHaveTextContent('Nichts fällig in den nächsten 14 Tagen.');
  });
});
