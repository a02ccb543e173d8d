import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Catalog, Vote } from '../../api/assessment';
import type { Participant } from '../../api/workshops';
import { PerspectiveScores } from './PerspectiveScores';
import { RoomLists } from './RoomLists';
import { areaQuestions, score } from './scoring';

const text = (de: string, en = de) => ({ de, en });
const question = (id: string, de: string) => ({
  id,
  number: '1.1',
  text: text(de),
  followups: [],
  options: [],
  guide: { '0': text(''), '2': text(''), '4': text('') },
});
const catalog: Catalog = {
  version: '1',
  areas: [
    {
      id: 'org',
      title: text('Organisation'),
      intro: text(''),
      questions: [question('org.a', 'Existiert ein CRM?'), question('org.b', 'Gibt es Ziele?')],
    },
    {
      id: 'mkt',
      title: text('Marketing'),
      intro: text(''),
      questions: [question('mkt.a', 'Gibt es einen Plan?')],
    },
    {
      id: 'prd',
      title: text('Produkt'),
      intro: text(''),
      questions: [question('prd.a', 'Ist das Produkt bekannt?')],
    },
  ],
};
const people: Participant[] = [
  { id: 'k1', name: 'Anna', side: 'customer' },
  { id: 'k2', name: 'Bernd', side: 'customer' },
  { id: 'w1', name: 'Wir', side: 'ours' },
] as Participant[];
const v = (participant_id: string, question_id: string, rating: number | null): Vote => ({
  participant_id,
  question_id,
  rating,
  na: rating === null,
});
const areas = areaQuestions(catalog);

describe('PerspectiveScores', () => {
  it("shows the customer's view, ours and the agreed scores per area, a dash where a side did not vote", () => {
    const votes = [
      v('k1', 'org.a', 1),
      v('k2', 'org.a', 3),
      v('w1', 'org.a', 4),
      v('k1', 'mkt.a', 2),
    ];
    const report = score(
      'w',
      areas,
      [{ question_id: 'org.a', rating: 3, na: false }],
      votes,
      people,
    );
    render(<PerspectiveScores catalog={catalog} report={report} earlier={null} lang="de" />);
    const table = screen.getByRole('table', { name: /Werte je Bereich/ });
    const row = within(table).getByRole('row', { name: /^Organisation/ });
    // Customer (1 + 3) / 2 × 25 = 50, ours 4 × 25 = 100, agreed 3 × 25 = 75.
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['50', '100', '75']);
    const mkt = within(table).getByRole('row', { name: /^Marketing/ });
    expect(
      within(mkt)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['50', '–', '50']);
    expect(screen.getByTestId('persp-customer-overall')).toHaveTextContent('50');
    expect(screen.getByTestId('persp-ours-overall')).toHaveTextContent('100');
    expect(screen.getByTestId('persp-agreed-overall')).toHaveTextContent('63'); // (75 + 50) / 2 = 62.5
    // Colour bands as everywhere: 50 amber, 100 green.
    expect(within(row).getAllByRole('cell')[0]).toHaveClass('score--mid');
    expect(within(row).getAllByRole('cell')[1]).toHaveClass('score--high');
    const radar = screen.getByRole('img', { name: /Netzdiagramm: Sicht des Kunden/ });
    expect(radar.querySelectorAll('[data-series]')).toHaveLength(3);
    expect(screen.queryByText('keine Stimmen')).toBeNull();
  });

  it('says so when one side cast no vote, and leaves it out of the radar', () => {
    const report = score('w', areas, [], [v('k1', 'org.a', 2)], people);
    render(<PerspectiveScores catalog={catalog} report={report} earlier={null} lang="de" />);
    const head = screen.getByRole('columnheader', { name: /Unsere Sicht/ });
    expect(head).toHaveTextContent('keine Stimmen');
    expect(screen.getByTestId('persp-ours-overall')).toHaveTextContent('–');
    const radar = screen.getByRole('img', { name: /Netzdiagramm/ });
    expect(radar.querySelector('[data-series="ours"]')).toBeNull();
  });

  it("shows each perspective's change when the earlier round's room voted, not otherwise", () => {
    const now = score('w2', areas, [], [v('k1', 'org.a', 3), v('w1', 'org.a', 4)], people);
    const voted = score('w1', areas, [], [v('k1', 'org.a', 1), v('w1', 'org.a', 4)], people);
    const { rerender } = render(
      <PerspectiveScores
        catalog={catalog}
        report={now}
        earlier={{ title: 'Runde 1', report: voted }}
        lang="de"
      />,
    );
    const overall = screen.getByRole('row', { name: /^Gesamt/ });
    // Customer 25 → 75, ours 100 → 100, agreed (the votes' mean) 63 → 63.
    expect(
      within(overall)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['75 (+50)', '100 (±0)', '88 (+25)']);
    expect(screen.getByText('Veränderung seit „Runde 1“ in Klammern')).toBeInTheDocument();
    const unvoted = score(
      'w1',
      areas,
      [{ question_id: 'org.a', rating: 1, na: false }],
      [],
      people,
    );
    rerender(
      <PerspectiveScores
        catalog={catalog}
        report={now}
        earlier={{ title: 'Runde 1', report: unvoted }}
        lang="de"
      />,
    );
    expect(
      within(screen.getByRole('row', { name: /^Gesamt/ }))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['75', '100', '88']);
  });
});

describe('RoomLists', () => {
  const votes = [
    // org.a: 0, 4, 2 – spread 4; the customer 2, we 2: alike.
    v('k1', 'org.a', 0),
    v('k2', 'org.a', 4),
    v('w1', 'org.a', 2),
    // org.b: 1, 3 – spread 2; the customer 1, we 3.
    v('k1', 'org.b', 1),
    v('w1', 'org.b', 3),
    // mkt.a: 3, 3, 2 – consensus; the customer 3, we 2.
    v('k1', 'mkt.a', 3),
    v('k2', 'mkt.a', 3),
    v('w1', 'mkt.a', 2),
  ];
  const report = score('w', areas, [], votes, people);

  it('lists the questions without consensus by spread and the sides’ differences by size; a click opens one', async () => {
    const onOpen = vi.fn();
    render(<RoomLists catalog={catalog} report={report} lang="de" onOpen={onOpen} />);
    const disagree = screen.getByRole('list', { name: 'Hier ist sich der Raum uneins' });
    const items = within(disagree).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Spanne 4Existiert ein CRM? · Organisationkein Konsens',
      'Spanne 2Gibt es Ziele? · Organisationkein Konsens',
    ]);
    const differ = screen.getByRole('list', {
      name: 'Hier sehen Kunde und wir es am unterschiedlichsten',
    });
    expect(
      within(differ)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual([
      '−2,0Gibt es Ziele? · OrganisationKunde 1,0Unser Team 3,0',
      '+1,0Gibt es einen Plan? · MarketingKunde 3,0Unser Team 2,0',
    ]);
    await userEvent.click(within(disagree).getByRole('button', { name: 'Existiert ein CRM?' }));
    expect(onOpen).toHaveBeenCalledWith('org.a');
    await userEvent.click(within(differ).getByRole('button', { name: 'Gibt es einen Plan?' }));
    expect(onOpen).toHaveBeenLastCalledWith('mkt.a');
  });

  it('says when the room agrees and the sides see it alike', () => {
    const calm = score('w', areas, [], [v('k1', 'org.a', 2), v('w1', 'org.a', 2)], people);
    render(<RoomLists catalog={catalog} report={calm} lang="de" onOpen={() => undefined} />);
    expect(
      screen.getByText(
        'Bei keiner Frage liegen die Bewertungen zwei oder mehr Stufen auseinander.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Keine Frage haben beide Seiten unterschiedlich bewertet.'),
    ).toBeInTheDocument();
  });
});
