import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CatalogArea } from '../../api/assessment';
import { JumpList, type JumpItem } from './JumpList';

const text = (de: string, en = de) => ({ de, en });
const question = (id: string, de: string, en: string) => ({
  id,
  number: '1.1',
  text: text(de, en),
  followups: [],
  options: [],
  guide: { '0': text(''), '2': text(''), '4': text('') },
});
const crm = question('org.a', 'Existiert ein CRM?', 'Is there a CRM?');
const plan = question('mkt.a', 'Gibt es einen Plan?', 'Is there a plan?');
const org: CatalogArea = {
  id: 'org',
  title: text('Organisation', 'Organization'),
  intro: text(''),
  questions: [crm],
};
const mkt: CatalogArea = {
  id: 'mkt',
  title: text('Marketing'),
  intro: text(''),
  questions: [plan],
};
const items: JumpItem[] = [
  { area: org, q: crm },
  { area: mkt, q: plan },
];

function setup(list: readonly JumpItem[], lang = 'de') {
  const onOpen = vi.fn();
  const { container } = render(
    <JumpList
      icon="flag"
      title="Markiert (2)"
      empty="Nichts markiert."
      items={list}
      lang={lang}
      onOpen={onOpen}
    />,
  );
  return { onOpen, container, user: userEvent.setup() };
}

describe('JumpList', () => {
  it('renders a row per question, its area beside it, under its title', () => {
    const { container } = setup(items);
    expect(screen.getByRole('heading', { name: 'Markiert (2)' })).toBeInTheDocument();
    expect(container.querySelector('h3 svg.icon--flag')).not.toBeNull();
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Existiert ein CRM? · Organisation',
      'Gibt es einen Plan? · Marketing',
    ]);
    expect(screen.queryByText('Nichts markiert.')).not.toBeInTheDocument();
  });

  it('speaks the language asked for', () => {
    setup(items, 'en');
    expect(screen.getByRole('button', { name: 'Is there a CRM?' })).toBeInTheDocument();
    expect(screen.getByText(/Organization/)).toBeInTheDocument();
  });

  it('opens the question clicked', async () => {
    const { onOpen, user } = setup(items);
    await user.click(screen.getByRole('button', { name: 'Gibt es einen Plan?' }));
    expect(onOpen).toHaveBeenCalledWith('mkt.a');
  });

  it('says so instead of an empty list', () => {
    setup([]);
    expect(screen.getByText('Nichts markiert.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
