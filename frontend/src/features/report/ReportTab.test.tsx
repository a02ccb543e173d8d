import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../api/clients';
import type { ReportContents, ReportOptions } from '../../api/reports';
import type { Workshop } from '../../api/workshops';
import { ToastProvider } from '../../components/Toasts';
import { installFakeGo } from '../../test/fakeGo';
import { ReportTab } from './ReportTab';

const contents: ReportContents = {
  sections: [
    'cover',
    'summary',
    'assessment',
    'stakeholders',
    'competitors',
    'swot',
    'opportunities',
    'arguments',
    'actions',
  ],
  customer_omits: ['competitors'],
  client_name: 'Hofmann Antriebstechnik GmbH',
  participants: 4,
  questions: 45,
  answered: 27,
  not_applicable: 5,
  previous_title: 'KAM-Erstaufnahme',
  previous_date: '2026-04-22',
  stakeholders: 12,
  relations: 9,
  competitors: 3,
  swot: 4,
  opportunities: 1,
  arguments: 0,
  actions: 7,
};

const client = { id: 'c1', name: contents.client_name } as Client;
const workshop = { id: 'w1', client_id: 'c1', title: 'Herbst' } as Workshop;

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup(exportPDF: (id: string, o: ReportOptions) => unknown) {
  const app = installFakeGo({
    Reports: { Contents: () => contents, ExportPDF: exportPDF },
  });
  render(
    <ToastProvider>
      <ReportTab client={client} workshop={workshop} />
    </ToastProvider>,
  );
  return app;
}

const exportButton = () =>
  screen.getByRole('button', { name: /PDF exportieren|PDF wird erstellt/ });

describe('report tab', () => {
  it('asks who the report is for before it exports, with every section on', async () => {
    setup(() => '/tmp/x.pdf');
    const customer = await screen.findByRole('radio', { name: /Kundenversion/ });
    const internal = screen.getByRole('radio', { name: /Interne Version/ });
    expect(customer).not.toBeChecked();
    expect(internal).not.toBeChecked();
    expect(customer).toHaveAccessibleDescription(
      'Ohne Einstellungen, Beziehungsnotizen, Battle Cards und interne Notizen – zum Weitergeben.',
    );
    const sections = screen.getByRole('group', { name: 'Abschnitte' });
    const boxes = within(sections).getAllByRole('checkbox');
    expect(boxes).toHaveLength(9);
    for (const b of boxes) expect(b).toBeChecked();
    expect(exportButton()).toBeDisabled();
    expect(exportButton()).toHaveAccessibleDescription(
      'Bitte wählen Sie zuerst, für wen der Bericht ist.',
    );
    // The language starts as the UI's.
    expect(screen.getByRole('radio', { name: 'Deutsch' })).toBeChecked();
  });

  it('shows what the customer version holds and leaves out', async () => {
    const user = userEvent.setup();
    setup(() => '');
    await user.click(await screen.findByRole('radio', { name: /Kundenversion/ }));
    const battle = screen.getByRole('checkbox', { name: /Wettbewerb \(Battle Cards\)/ });
    expect(battle).toBeDisabled();
    expect(battle).not.toBeChecked();
    const list = screen.getByRole('list', { name: 'Abschnitte im Bericht' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(8);
    expect(list).not.toHaveTextContent('Battle Card');
    expect(list).toHaveTextContent('27 von 45 Fragen beantwortet · 5 nicht zutreffend');
    expect(list).toHaveTextContent('12 Personen, ohne Einstellung und Notizen');
    expect(list).toHaveTextContent('im Vergleich mit „KAM-Erstaufnahme“');
    expect(list).toHaveTextContent('7 Maßnahmen');
    expect(
      screen.getByText('Nicht in der Kundenversion: Wettbewerb (Battle Cards)'),
    ).toBeInTheDocument();
    expect(exportButton()).toBeEnabled();

    await user.click(screen.getByRole('radio', { name: /Interne Version/ }));
    expect(battle).toBeEnabled();
    expect(battle).toBeChecked();
    expect(within(list).getAllByRole('listitem')).toHaveLength(9);
    expect(list).toHaveTextContent('3 Battle Cards');
    expect(list).toHaveTextContent('12 Personen, 9 Beziehungen');
  });

  it('needs at least one section', async () => {
    const user = userEvent.setup();
    setup(() => '');
    await user.click(await screen.findByRole('radio', { name: /Interne Version/ }));
    await user.click(screen.getByRole('button', { name: 'Keine' }));
    expect(exportButton()).toBeDisabled();
    expect(screen.getByText('Keine Abschnitte gewählt.')).toBeInTheDocument();
    expect(exportButton()).toHaveAccessibleDescription('Wählen Sie mindestens einen Abschnitt.');
    await user.click(screen.getByRole('checkbox', { name: 'Maßnahmenplan' }));
    expect(exportButton()).toBeEnabled();
  });

  it('exports once however often it is clicked, then names the file', async () => {
    const user = userEvent.setup();
    const answer = deferred<string>();
    const app = setup(() => answer.promise);
    await user.click(await screen.findByRole('radio', { name: /Kundenversion/ }));
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('checkbox', { name: 'Argumente' }));
    const button = exportButton();
    await user.click(button);
    await user.click(button);
    await user.dblClick(button);
    expect(button).toBeDisabled();
    expect(button).toHaveTextContent('PDF wird erstellt…');
    expect(screen.getByRole('radio', { name: /Interne Version/ })).toBeDisabled();
    expect(app.Reports?.ExportPDF).toHaveBeenCalledTimes(1);
    expect(app.Reports?.ExportPDF).toHaveBeenCalledWith('w1', {
      lang: 'en',
      audience: 'customer',
      sections: [
        'cover',
        'summary',
        'assessment',
        'stakeholders',
        'competitors',
        'swot',
        'opportunities',
        'actions',
      ],
    });
    await act(async () => answer.resolve('/home/kb/Berichte/Hofmann – Herbst (client).pdf'));
    const saved = await screen.findByRole('status');
    expect(saved).toHaveTextContent('Bericht gespeichert');
    expect(saved).toHaveTextContent('Hofmann – Herbst (client).pdf');
    expect(saved).toHaveTextContent('im Ordner /home/kb/Berichte');
    expect(exportButton()).toBeEnabled();
  });

  it('says nothing when the dialog was cancelled', async () => {
    const user = userEvent.setup();
    setup(() => '');
    await user.click(await screen.findByRole('radio', { name: /Interne Version/ }));
    await user.click(exportButton());
    await screen.findByRole('button', { name: 'PDF exportieren' });
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a failed export clearly', async () => {
    const user = userEvent.setup();
    let code = 'disk_full';
    setup(() => {
      throw { code, message: 'The disk is full: the PDF /x.pdf was not written.' };
    });
    await user.click(await screen.findByRole('radio', { name: /Interne Version/ }));
    await user.click(exportButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Der Bericht wurde nicht gespeichert: Auf dem Datenträger ist kein Platz mehr frei.',
    );
    code = 'invalid';
    await user.click(exportButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Der Bericht wurde nicht gespeichert: The disk is full: the PDF /x.pdf was not written.',
    );
  });
});
