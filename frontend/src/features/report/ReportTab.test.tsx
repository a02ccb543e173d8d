import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../api/clients';
import type { ReportContents, ReportOptions } from '../../api/reports';
import type { Workshop } from '../../api/workshops';
import { ToastProvider } from '../../components/Toasts';
import { installFakeGo } from '../../test/fakeGo';
import { ReportTab } from './ReportTab';
import { audiences } from './testAudiences';

const contents: ReportContents = {
  audiences,
  client_name: 'Hofmann Antriebstechnik GmbH',
  participants: 4,
  questions: 45,
  answered: 27,
  not_applicable: 5,
  findings: 12,
  notes: 21,
  previous_title: 'KAM-Erstaufnahme',
  previous_date: '2026-04-22',
  stakeholders: 12,
  relations: 9,
  reporting_lines: 8,
  competitors: 3,
  swot: 4,
  opportunities: 1,
  arguments: 0,
  actions: 7,
  internal_actions: 2,
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

function setup(
  exportPDF: (id: string, o: ReportOptions) => unknown,
  undrawable: (id: string, o: ReportOptions) => unknown = () => [],
) {
  const app = installFakeGo({
    Reports: { Contents: () => contents, ExportPDF: exportPDF, Undrawable: undrawable },
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
  it('starts with the customer version and its safe sections', async () => {
    setup(() => '/tmp/x.pdf');
    const customer = await screen.findByRole('radio', { name: /Kundenversion/ });
    expect(customer).toBeChecked();
    expect(screen.getByRole('radio', { name: /Interne Version/ })).not.toBeChecked();
    const sections = screen.getByRole('group', { name: 'Abschnitte' });
    const boxes = within(sections).getAllByRole('checkbox');
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([
      true,
      true,
      true,
      false,
      true,
    ]);
    expect(within(sections).getByRole('checkbox', { name: 'Organigramm' })).not.toBeChecked();
    // Nothing of ours is even offered.
    for (const name of [/SWOT/, /Battle Cards/, /Chancen/, /Argumente/, /Stakeholder-Landkarte/])
      expect(within(sections).queryByRole('checkbox', { name })).toBeNull();
    expect(sections).toHaveTextContent('Nie in der Kundenversion');
    expect(exportButton()).toBeEnabled();
    // The language starts as the UI's.
    expect(screen.getByRole('radio', { name: 'Deutsch' })).toBeChecked();
  });

  it('shows what each version holds and never carries internal sections over', async () => {
    const user = userEvent.setup();
    setup(() => '');
    const list = await screen.findByRole('list', { name: 'Abschnitte im Bericht' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    expect(list).toHaveTextContent(
      '27 von 40 bewertet · 5 nicht zutreffend · 12 Feststellungen · ohne die 21 internen Notizen',
    );
    expect(list).toHaveTextContent(
      '5 Maßnahmen, ohne Erfolgswahrscheinlichkeit · 2 interne ausgelassen',
    );
    expect(list).toHaveTextContent('im Vergleich mit „KAM-Erstaufnahme“');
    await user.click(screen.getByRole('checkbox', { name: 'Organigramm' }));
    expect(list).toHaveTextContent('12 Personen, 8 Berichtslinien – nur Name, Funktion, Abteilung');

    await user.click(screen.getByRole('radio', { name: /Interne Version/ }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(9);
    expect(list).toHaveTextContent('3 Battle Cards');
    expect(list).toHaveTextContent('12 Personen, 9 Beziehungen');
    expect(list).toHaveTextContent('mit 21 internen Notizen');
    expect(list).toHaveTextContent('7 Maßnahmen');

    // Back to the customer: its own defaults, no org chart, nothing internal.
    await user.click(screen.getByRole('radio', { name: /Kundenversion/ }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    expect(list).not.toHaveTextContent('Battle');
    expect(screen.getByRole('checkbox', { name: 'Organigramm' })).not.toBeChecked();
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

  it('warns before the export about characters the PDF cannot draw', async () => {
    const app = setup(
      () => '',
      (_id, o) =>
        o.audience === 'customer'
          ? [{ field: 'Action.Title', record: 'Angebot 📄', chars: '📄' }]
          : [
              { field: 'Action.Title', record: 'Angebot 📄', chars: '📄' },
              { field: 'Stakeholder.Notes', record: '王小明', chars: '王小明🙄' },
            ],
    );
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('Diese Zeichen kann das PDF nicht darstellen');
    expect(note).toHaveTextContent('Maßnahme – Angebot 📄: 📄');
    expect(note).not.toHaveTextContent('王');
    expect(app.Reports?.Undrawable).toHaveBeenLastCalledWith('w1', {
      lang: 'de',
      audience: 'customer',
      sections: ['cover', 'summary', 'assessment', 'actions'],
    });
    await userEvent.setup().click(screen.getByRole('radio', { name: /Interne Version/ }));
    expect(await screen.findByText('Notizen zu – 王小明: 王 小 明 🙄')).toBeInTheDocument();
  });

  it('exports once however often it is clicked, then names the file', async () => {
    const user = userEvent.setup();
    const answer = deferred<string>();
    const app = setup(() => answer.promise);
    await user.click(await screen.findByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('checkbox', { name: 'Organigramm' }));
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
      sections: ['cover', 'summary', 'assessment', 'orgchart', 'actions'],
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
