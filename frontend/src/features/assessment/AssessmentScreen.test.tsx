import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Answer, Catalog } from '../../api/assessment';
import type { Action } from '../../api/actions';
import type { Client } from '../../api/clients';
import type { Workshop } from '../../api/workshops';
import { SaveStatusProvider } from '../../components/save/SaveStatusContext';
import { installFakeGo } from '../../test/fakeGo';
import { AssessmentScreen } from './AssessmentScreen';

const text = (de: string, en = de) => ({ de, en });
const guide = { '0': text('Nichts da'), '2': text('Teils da'), '4': text('Vorbildlich da') };
const catalog: Catalog = {
  version: 'test',
  areas: [
    {
      id: 'organisation',
      title: text('Organisation'),
      intro: text(''),
      questions: [
        {
          id: 'org.a',
          number: '1.1',
          text: text('Existiert ein CRM?', 'Is there a CRM?'),
          followups: [text('Wenn ja: Wie?')],
          options: [],
          guide,
        },
        {
          id: 'org.b',
          number: '1.2',
          text: text('Welche Tools?'),
          followups: [],
          options: [
            { id: 'crm', label: text('CRM') },
            { id: 'excel', label: text('Excel') },
          ],
          guide,
        },
      ],
    },
    {
      id: 'marketing',
      title: text('Marketing'),
      intro: text(''),
      questions: [
        {
          id: 'mkt.a',
          number: '2.1',
          text: text('Gibt es einen Plan?'),
          followups: [],
          options: [],
          guide,
        },
      ],
    },
  ],
};

const client: Client = { id: 'c1', name: 'Müller & Söhne' } as Client;
const workshop: Workshop = {
  id: 'w2',
  client_id: 'c1',
  title: 'Runde 2',
  date: '2026-03-01',
  location: '',
  facilitator: '',
  participants: [],
};
const earlier: Workshop = { ...workshop, id: 'w1', title: 'Runde 1', date: '2025-03-01' };

function setup(answers: Answer[] = [], actions: Action[] = []) {
  const saved: Answer[] = [];
  const savedActions: Action[] = [];
  const go = installFakeGo({
    Assessment: {
      SaveAnswer: (a: Answer) => {
        saved.push(a);
        return a;
      },
      // The room cast no votes in either round.
      Votes: () => [],
      Answers: () => [
        {
          question_id: 'org.a',
          rating: 1,
          na: false,
          finding: '',
          notes: '',
          follow_up: false,
          checked: [],
        },
      ],
    },
    Actions: {
      Save: (a: Action) => {
        const out = { ...a, id: 'act1' };
        savedActions.push(out);
        return out;
      },
    },
  });
  render(
    <SaveStatusProvider>
      <div id="root">
        <AssessmentScreen
          client={client}
          workshop={workshop}
          catalog={catalog}
          answers={answers}
          actions={actions}
          rounds={[earlier, workshop]}
        />
      </div>
    </SaveStatusProvider>,
  );
  return { go, saved, savedActions, user: userEvent.setup() };
}

const heading = () => screen.getByRole('heading', { level: 2 });
const areaScore = (id: string) => screen.getByTestId(`area-score-${id}`);

// Full screens with real user events: slow on a busy machine.
describe('AssessmentScreen', { timeout: 30_000 }, () => {
  beforeEach(() => {
    window.location.hash = '#/clients/c1/workshops/w2/assessment';
  });

  it('rates by click and shows the score of the contract', async () => {
    const { saved, user } = setup();
    expect(heading()).toHaveTextContent('Existiert ein CRM?');
    await user.click(screen.getByRole('button', { name: '3 – etabliert' }));
    expect(screen.getByRole('button', { name: '3 – etabliert' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await waitFor(() =>
      expect(saved.at(-1)).toMatchObject({
        workshop_id: 'w2',
        question_id: 'org.a',
        rating: 3,
        na: false,
      }),
    );
    expect(areaScore('organisation')).toHaveTextContent('75');
    expect(screen.getByTestId('overall-score')).toHaveTextContent('75');
  });

  it('runs the questionnaire from the keyboard', async () => {
    const { saved, user } = setup();
    await user.keyboard('2');
    await user.keyboard('{Enter}');
    expect(heading()).toHaveTextContent('Welche Tools?');
    await user.keyboard('4');
    expect(areaScore('organisation')).toHaveTextContent('75'); // (2 + 4) / 2 × 25
    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent('Gibt es einen Plan?');
    await user.keyboard('n');
    expect(screen.getByRole('button', { name: 'nicht zutreffend' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(areaScore('marketing')).toHaveTextContent('–');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(heading()).toHaveTextContent('Existiert ein CRM?');
    await user.keyboard('f');
    expect(screen.getByRole('button', { name: 'Nachfassen' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await waitFor(() => {
      const last = new Map(saved.map((a) => [a.question_id, a]));
      expect(last.get('org.a')).toMatchObject({ rating: 2, follow_up: true });
      expect(last.get('org.b')).toMatchObject({ rating: 4 });
      expect(last.get('mkt.a')).toMatchObject({ rating: null, na: true });
    });
  });

  it('moves on with Enter after an area was picked with the mouse', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: /^Marketing/ }));
    expect(heading()).toHaveTextContent('Gibt es einen Plan?');
    await user.click(screen.getByRole('button', { name: /^Organisation/ }));
    expect(heading()).toHaveTextContent('Existiert ein CRM?');
    await user.keyboard('{Enter}');
    expect(heading()).toHaveTextContent('Welche Tools?');
  });

  it('moves on with Enter after "Zurück" was clicked, instead of going back again', async () => {
    const { user } = setup();
    await user.keyboard('{Enter}{Enter}');
    expect(heading()).toHaveTextContent('Gibt es einen Plan?');
    await user.click(screen.getByRole('button', { name: 'Zurück' }));
    expect(heading()).toHaveTextContent('Welche Tools?');
    await waitFor(() => expect(heading().closest('section')).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(heading()).toHaveTextContent('Gibt es einen Plan?');
  });

  it('moves on with Enter after a box was ticked with the mouse, and digits rate', async () => {
    const { saved, user } = setup();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('checkbox', { name: 'CRM' }));
    expect(screen.getByRole('checkbox', { name: 'CRM' })).toBeChecked();
    await waitFor(() => expect(heading().closest('section')).toHaveFocus());
    await user.keyboard('3');
    await waitFor(() =>
      expect(saved.at(-1)).toMatchObject({ question_id: 'org.b', rating: 3, checked: ['crm'] }),
    );
    await user.keyboard('{Enter}');
    expect(heading()).toHaveTextContent('Gibt es einen Plan?');
  });

  it('moves on with Enter after the view was switched by mouse', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Auswertung' }));
    await user.click(screen.getByRole('button', { name: 'Fragen' }));
    await waitFor(() => expect(heading().closest('section')).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(heading()).toHaveTextContent('Welche Tools?');
  });

  it('leaves a button pressed with the keyboard focused', async () => {
    const { user } = setup();
    await user.keyboard('{Enter}');
    const back = screen.getByRole('button', { name: 'Zurück' });
    back.focus();
    await user.keyboard('{Enter}');
    expect(heading()).toHaveTextContent('Existiert ein CRM?');
    await new Promise((r) => setTimeout(r, 0));
    expect(back).toHaveFocus();
  });

  it('puts the cursor at the end of the notes with E', async () => {
    const { user } = setup([
      {
        question_id: 'org.a',
        rating: null,
        na: false,
        notes: 'Erste Zeile',
        finding: '',
        follow_up: false,
        checked: [],
      },
    ]);
    await user.keyboard('e');
    const notes = screen.getByRole('textbox', { name: 'Notizen (intern)' });
    expect(notes).toHaveFocus();
    expect((notes as HTMLTextAreaElement).selectionStart).toBe('Erste Zeile'.length);
    await user.keyboard(' und mehr');
    expect(notes).toHaveValue('Erste Zeile und mehr');
  });

  it('keeps the keys on the projector, not on a button hidden behind it', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: /^Organisation/ }));
    await user.click(screen.getByRole('button', { name: 'Projektor' }));
    const projector = screen.getByTestId('projector');
    expect(projector).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(projector).getByRole('heading', { level: 2 })).toHaveTextContent('Welche Tools?');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('projector')).toBeNull();
    expect(heading()).toHaveTextContent('Welche Tools?');
  });

  it('never rates while typing in the notes; E jumps in and Escape out', async () => {
    const { saved, user } = setup();
    await user.keyboard('e');
    const notes = screen.getByLabelText('Notizen (intern)');
    expect(notes).toHaveFocus();
    await user.keyboard('3 Kunden <script>alert(1)</script> nutzen Excel{Enter}n');
    expect(notes).toHaveValue('3 Kunden <script>alert(1)</script> nutzen Excel\nn');
    expect(screen.getByRole('button', { name: '3 – etabliert' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(heading()).toHaveTextContent('Existiert ein CRM?');
    await user.keyboard('{Escape}');
    expect(notes).not.toHaveFocus();
    await user.keyboard('1');
    expect(screen.getByRole('button', { name: '1 – ansatzweise' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await waitFor(() =>
      expect(saved.at(-1)).toMatchObject({
        rating: 1,
        notes: '3 Kunden <script>alert(1)</script> nutzen Excel\nn',
      }),
    );
  });

  it('saves the notes when moving on mid-typing', async () => {
    const { saved, user } = setup();
    await user.click(screen.getByLabelText('Notizen (intern)'));
    await user.keyboard('Grüße 🎉');
    // Straight to the next area, before the autosave pause is over.
    await user.click(screen.getByRole('button', { name: /Marketing/ }));
    expect(heading()).toHaveTextContent('Gibt es einen Plan?');
    await waitFor(() =>
      expect(saved.find((a) => a.question_id === 'org.a')?.notes).toBe('Grüße 🎉'),
    );
  });

  it('ticks what the customer uses', async () => {
    const { saved, user } = setup();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('checkbox', { name: 'Excel' }));
    await user.click(screen.getByRole('checkbox', { name: 'CRM' }));
    await waitFor(() =>
      expect(saved.at(-1)).toMatchObject({ question_id: 'org.b', checked: ['crm', 'excel'] }),
    );
  });

  it('toggles the projector view, which hides the notes', async () => {
    const { user } = setup([
      {
        question_id: 'org.a',
        rating: 2,
        na: false,
        finding: '',
        notes: 'intern: Budget knapp',
        follow_up: true,
        checked: [],
      },
    ]);
    await user.keyboard('p');
    const projector = screen.getByTestId('projector');
    expect(
      within(projector).getByRole('heading', { name: 'Existiert ein CRM?' }),
    ).toBeInTheDocument();
    expect(within(projector).queryByText(/Budget knapp/)).toBeNull();
    expect(within(projector).queryByText('Nachfassen')).toBeNull();
    // Still rated from the keyboard while projecting.
    await user.keyboard('4');
    expect(within(projector).getByRole('button', { name: '4 – vorbildlich' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.keyboard('p');
    expect(screen.queryByTestId('projector')).toBeNull();
  });

  it('opens the key help with ? and closes it with Escape', async () => {
    const { user } = setup();
    await user.keyboard('?');
    const help = screen.getByRole('dialog', { name: 'Tastenkürzel' });
    expect(within(help).getByText('Nächste Frage')).toBeInTheDocument();
    // Keys do nothing behind the dialog.
    await user.keyboard('3');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: '3 – etabliert' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('creates an action from a gap, linked to the question', async () => {
    const { savedActions, user } = setup();
    expect(screen.queryByRole('button', { name: 'Maßnahme anlegen' })).toBeNull();
    await user.keyboard('1');
    await user.click(screen.getByRole('button', { name: 'Maßnahme anlegen' }));
    const dialog = screen.getByRole('dialog', { name: 'Maßnahme zur Lücke anlegen' });
    expect(within(dialog).getByLabelText(/Titel/)).toHaveValue('Existiert ein CRM');
    expect(within(dialog).getByLabelText('Priorität')).toHaveValue('high');
    await user.type(within(dialog).getByLabelText('Verantwortlich'), 'Frau Özdemir');
    // Our own homework: locked out of the customer's report.
    const lock = within(dialog).getByRole('button', { name: 'Intern' });
    expect(lock).toHaveAttribute('aria-pressed', 'false');
    expect(lock).toHaveAccessibleDescription(
      'Nur für uns: nie in der Kundenversion eines Berichts',
    );
    await user.click(lock);
    expect(lock).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Maßnahme speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(savedActions[0]).toMatchObject({
      id: 'act1',
      workshop_id: 'w2',
      title: 'Existiert ein CRM',
      owner: 'Frau Özdemir',
      priority: 'high',
      status: 'open',
      question_id: 'org.a',
      internal: true,
    });
    const list = screen.getByRole('list', { name: 'Maßnahmen zu dieser Frage' });
    expect(within(list).getByText('Existiert ein CRM')).toBeInTheDocument();
    expect(within(list).getByText('Intern')).toBeInTheDocument();
  });

  it('keeps the finding for the report apart from the internal notes, and shows it on the projector', async () => {
    const { saved, user } = setup();
    const finding = screen.getByLabelText('Feststellung für den Bericht');
    expect(finding).toHaveAccessibleDescription('Steht im Bericht, auch in der Kundenversion');
    await user.click(finding);
    await user.keyboard('3 von 6 – ok');
    await user.click(screen.getByLabelText('Notizen (intern)'));
    await user.keyboard('Budget knapp');
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(saved.at(-1)).toMatchObject({
        question_id: 'org.a',
        finding: '3 von 6 – ok',
        notes: 'Budget knapp',
      }),
    );
    await user.keyboard('p');
    const projector = screen.getByTestId('projector');
    expect(within(projector).getByLabelText('Feststellung für den Bericht')).toHaveValue(
      '3 von 6 – ok',
    );
    expect(within(projector).queryByLabelText('Notizen (intern)')).toBeNull();
    expect(within(projector).queryByText(/Budget knapp/)).toBeNull();
  });

  it('opens the question of a deep link and keeps the address on the question', async () => {
    window.location.hash = '#/clients/c1/workshops/w2/assessment/mkt.a';
    const { user } = setup();
    expect(heading()).toHaveTextContent('Gibt es einen Plan?');
    await user.keyboard('{ArrowLeft}');
    expect(window.location.hash).toBe('#/clients/c1/workshops/w2/assessment/org.b');
    act(() => {
      window.location.hash = '#/clients/c1/workshops/w2/assessment/org.a';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(heading()).toHaveTextContent('Existiert ein CRM?');
  });

  it('compares with the previous round in the results', async () => {
    const { go, user } = setup([
      {
        question_id: 'org.a',
        rating: 3,
        na: false,
        finding: '',
        notes: '',
        follow_up: false,
        checked: [],
      },
    ]);
    await user.keyboard('o');
    await waitFor(() => expect(go.Assessment?.Answers).toHaveBeenCalledWith('w1'));
    const changes = await screen.findByRole('heading', {
      name: 'Veränderungen je Frage seit „Runde 1“',
    });
    const section = changes.closest('section');
    expect(section).not.toBeNull();
    const row = within(section as HTMLElement).getByRole('row', { name: /Existiert ein CRM/ });
    expect(row).toHaveTextContent('13▲ +2');
    expect(
      screen.getByRole('img', { name: /Netzdiagramm: Werte je Bereich von „Runde 2“/ }),
    ).toBeInTheDocument();
  });

  it('shows whole scores in their band, how many are rated, and only values below 2.5 as gaps', async () => {
    const ans = (question_id: string, rating: number) => ({
      question_id,
      rating,
      na: false,
      finding: '',
      notes: '',
      follow_up: false,
      checked: [],
    });
    const { user } = setup([ans('org.a', 3), ans('org.b', 2)]);
    // (3 + 2) / 2 × 25 = 62.5: a whole 63, amber.
    expect(areaScore('organisation')).toHaveTextContent(/^63$/);
    expect(areaScore('organisation')).toHaveClass('score--mid');
    expect(screen.getByTestId('overall-score')).toHaveTextContent(/^63$/);
    expect(screen.getByText('2 von 3 bewertet')).toBeInTheDocument();

    await user.keyboard('o');
    const gaps = screen.getByRole('list', { name: 'Lücken' });
    expect(within(gaps).getAllByRole('listitem')).toHaveLength(1);
    expect(within(gaps).getByRole('listitem')).toHaveTextContent(/^2,0Welche Tools\?/);
    expect(within(gaps).queryByText('Existiert ein CRM?')).toBeNull();
    expect(screen.getByTestId('rated-count')).toHaveTextContent('2 von 3 bewertet');

    // With everything at 3 or 4 there is no gap at all.
    await user.keyboard('o');
    await user.keyboard('{Enter}4o');
    expect(screen.queryByRole('list', { name: 'Lücken' })).toBeNull();
    expect(
      screen.getByText('Keine Lücke: Keine bewertete Frage liegt unter 2,5.'),
    ).toBeInTheDocument();
  });
});
