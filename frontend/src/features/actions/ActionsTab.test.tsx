import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../api/actions';
import type { Catalog } from '../../api/assessment';
import type { Client } from '../../api/clients';
import type { Workshop } from '../../api/workshops';
import { ToastProvider } from '../../components/Toasts';
import { SaveStatusProvider } from '../../components/save/SaveStatusContext';
import { installFakeGo } from '../../test/fakeGo';
import { ActionsTab } from './ActionsTab';
import { emptyAction } from './model';

const client = { id: 'c1', name: 'Keller GmbH' } as Client;
const workshop = { id: 'w1', client_id: 'c1', title: 'Herbst' } as Workshop;

const text = (de: string) => ({ de, en: de });
const cat = {
  version: 't',
  areas: [
    {
      id: 'organisation',
      title: text('Organisation'),
      intro: text(''),
      questions: [
        { id: 'org.a', number: '1.1', text: text('Gibt es A?'), followups: [], options: [] },
        {
          id: 'org.crm_exists',
          number: '1.2',
          text: text('Existiert ein CRM?'),
          followups: [],
          options: [],
        },
      ],
    },
  ],
} as unknown as Catalog;

const act = (id: string, patch: Partial<Action>): Action => ({
  ...emptyAction('w1'),
  id,
  ...patch,
});

function setup(list: Action[]) {
  const db = new Map(list.map((a) => [a.id, a]));
  let n = 0;
  const order: string[] = [];
  const go = installFakeGo({
    Actions: {
      List: () => [...db.values()],
      Save: (a: Action) => {
        order.push('Save');
        if (!a.title.trim())
          throw { code: 'invalid', field: 'title', message: 'title: must not be empty' };
        const saved = { ...a, id: a.id || `n${++n}` };
        db.set(saved.id, saved);
        return saved;
      },
      Delete: (id: string) => void db.delete(id),
      ExportCSV: () => {
        order.push('ExportCSV');
        return '/home/berater/Keller – Herbst – Maßnahmen.csv';
      },
    },
    Assessment: { Catalog: () => cat },
  });
  render(
    <ToastProvider>
      <SaveStatusProvider>
        <ActionsTab client={client} workshop={workshop} />
      </SaveStatusProvider>
    </ToastProvider>,
  );
  return { go, db, order, user: userEvent.setup() };
}

const titles = () =>
  screen.getAllByRole('textbox', { name: 'Maßnahme' }).map((e) => (e as HTMLTextAreaElement).value);

const list = [
  act('a', {
    title: 'CRM einführen',
    owner: 'Jäger',
    due: '2099-09-30',
    question_id: 'org.crm_exists',
  }),
  act('b', { title: 'Angebot nachfassen', owner: 'Öztürk', due: '2020-01-15', priority: 'high' }),
  act('c', {
    title: 'Preisliste',
    owner: 'Jäger',
    due: '2020-02-01',
    priority: 'low',
    status: 'done',
  }),
];

describe('ActionsTab', () => {
  it('locks an action out of the customer version and back in', async () => {
    const { db, user } = setup(list);
    await screen.findByRole('table', { name: 'Maßnahmen des Workshops' });
    const lock = screen.getByRole('button', { name: 'Intern: CRM einführen' });
    expect(lock).toHaveAttribute('aria-pressed', 'false');
    await user.click(lock);
    expect(lock).toHaveAttribute('aria-pressed', 'true');
    await user.tab();
    await waitFor(() => expect(db.get('a')?.internal).toBe(true));
    expect(lock.closest('tr')).toHaveClass('ap-row--internal');
    await user.click(lock);
    await user.tab();
    await waitFor(() => expect(db.get('a')?.internal).toBe(false));
  });

  it('shows every action by due date, marks the overdue and links the question', async () => {
    setup(list);
    await screen.findByRole('table', { name: 'Maßnahmen des Workshops' });
    expect(titles()).toEqual(['Angebot nachfassen', 'Preisliste', 'CRM einführen']);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]).toHaveClass('is-overdue');
    expect(within(rows[0] as HTMLElement).getByText('Überfällig')).toBeInTheDocument();
    expect(rows[1]).not.toHaveClass('is-overdue'); // done
    expect(rows[2]).not.toHaveClass('is-overdue');
    expect(screen.getByRole('link', { name: '1.2 Existiert ein CRM?' })).toHaveAttribute(
      'href',
      '#/clients/c1/workshops/w1/assessment/org.crm_exists',
    );
    expect(screen.getByText('1 überfällig')).toBeInTheDocument();
  });

  it('filters, sorts by priority and keeps an edited row in view', async () => {
    const { db, user } = setup(list);
    const filters = await screen.findByRole('group', { name: 'Filter' });
    await user.selectOptions(within(filters).getByLabelText('Verantwortlich'), 'Jäger');
    expect(titles()).toEqual(['Preisliste', 'CRM einführen']);
    await user.selectOptions(within(filters).getByLabelText('Status'), 'open');
    expect(titles()).toEqual(['CRM einführen']);
    const table = screen.getByRole('table');
    const status = within(table).getByRole('combobox', { name: 'Status' });
    await user.selectOptions(status, 'done');
    await user.tab();
    await waitFor(() => expect(db.get('a')?.status).toBe('done'));
    expect(titles()).toEqual(['CRM einführen']); // still there until the filters change
    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    await user.click(screen.getByRole('button', { name: 'Priorität' }));
    expect(titles()).toEqual(['Angebot nachfassen', 'CRM einführen', 'Preisliste']);
    await user.click(screen.getByRole('button', { name: 'Priorität' }));
    expect(titles()).toEqual(['Preisliste', 'CRM einführen', 'Angebot nachfassen']);
  });

  it('refuses a blank title and a probability outside 0–100 inline', async () => {
    const { go, user } = setup(list);
    await screen.findByRole('table');
    const [first] = screen.getAllByRole('textbox', { name: 'Maßnahme' });
    if (!first) throw new Error('no row');
    await user.clear(first);
    expect(screen.getByText('Bitte geben Sie einen Titel ein.')).toBeInTheDocument();
    await user.tab();
    expect(go.Actions?.Save).not.toHaveBeenCalled();
    const [, prob] = screen.getAllByRole('textbox', { name: 'Erfolg (%)' });
    if (!prob) throw new Error('no row');
    await user.clear(prob);
    await user.type(prob, '150');
    expect(screen.getByText('Bitte eine ganze Zahl von 0 bis 100.')).toBeInTheDocument();
    await user.tab();
    expect(go.Actions?.Save).not.toHaveBeenCalled();
  });

  it('stores a new row once it has a title; a blank one never', async () => {
    const { go, db, user } = setup([]);
    await user.click(await screen.findByRole('button', { name: 'Maßnahme anlegen' }));
    const title = screen.getByRole('textbox', { name: 'Maßnahme' });
    expect(title).toHaveFocus();
    await user.tab();
    expect(go.Actions?.Save).not.toHaveBeenCalled();
    await user.type(title, 'Workshop mit dem Einkauf');
    await user.tab();
    await waitFor(() => expect(db.size).toBe(1));
    expect([...db.values()][0]).toMatchObject({
      title: 'Workshop mit dem Einkauf',
      status: 'open',
    });
  });

  it('stores what is typed before it exports, then says where the file went', async () => {
    const { order, user, db } = setup(list);
    const table = await screen.findByRole('table');
    const [first] = within(table).getAllByRole('combobox', { name: 'Verantwortlich' });
    if (!first) throw new Error('no row');
    await user.type(first, ' (Vertrieb)');
    await user.click(screen.getByRole('button', { name: 'CSV für Excel' }));
    expect(await screen.findByText(/Gespeichert unter \/home\/berater/)).toBeInTheDocument();
    expect(order).toEqual(['Save', 'ExportCSV']);
    expect(db.get('b')?.owner).toBe('Öztürk (Vertrieb)');
  });
});
