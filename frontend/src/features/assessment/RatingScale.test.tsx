import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../api/assessment';
import { RatingScale } from './RatingScale';

const names = [
  '0 – nicht vorhanden',
  '1 – ansatzweise',
  '2 – teilweise',
  '3 – etabliert',
  '4 – vorbildlich',
  'nicht zutreffend',
];

function setup(answer: Pick<Answer, 'rating' | 'na'>, look: 'card' | 'projector' = 'card') {
  const onRate = vi.fn();
  const onNA = vi.fn();
  render(<RatingScale look={look} answer={answer} onRate={onRate} onNA={onNA} />);
  const group = screen.getByRole('group', { name: 'Bewertung' });
  // Named by what they show (no aria-label that could drift from it).
  const pressed = () =>
    names.filter(
      (name) => within(group).getByRole('button', { name }).getAttribute('aria-pressed') === 'true',
    );
  return { onRate, onNA, group, pressed, user: userEvent.setup() };
}

describe('RatingScale', () => {
  it('offers 0–4 and not applicable, named by number and meaning', () => {
    const { group } = setup({ rating: null, na: false });
    expect(within(group).getAllByRole('button')).toEqual(
      names.map((name) => within(group).getByRole('button', { name })),
    );
    for (const b of within(group).getAllByRole('button'))
      expect(b).not.toHaveAttribute('aria-label');
    expect(within(group).queryAllByRole('button', { pressed: true })).toHaveLength(0);
  });

  it('calls back with the rating chosen, or not applicable', async () => {
    const { onRate, onNA, user } = setup({ rating: null, na: false });
    await user.click(screen.getByRole('button', { name: '3 – etabliert' }));
    expect(onRate).toHaveBeenCalledWith(3);
    await user.click(screen.getByRole('button', { name: '0 – nicht vorhanden' }));
    expect(onRate).toHaveBeenLastCalledWith(0);
    expect(onNA).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'nicht zutreffend' }));
    expect(onNA).toHaveBeenCalledTimes(1);
    expect(onRate).toHaveBeenCalledTimes(2);
  });

  it('marks the rating given as pressed, and only it', () => {
    const { pressed } = setup({ rating: 2, na: false });
    expect(pressed()).toEqual(['2 – teilweise']);
  });

  it('marks not applicable alone when the question does not apply', () => {
    const { pressed } = setup({ rating: 2, na: true });
    expect(pressed()).toEqual(['nicht zutreffend']);
  });

  it('on the card names each key and wears the card classes', () => {
    setup({ rating: 4, na: false });
    const four = screen.getByRole('button', { name: '4 – vorbildlich' });
    expect(four).toHaveAttribute('aria-keyshortcuts', '4');
    expect(four).toHaveClass('rating__btn', 'rating__btn--4');
    expect(screen.getByRole('button', { name: 'nicht zutreffend' })).toHaveAttribute(
      'aria-keyshortcuts',
      'N',
    );
  });

  it('on the projector wears the projector classes', () => {
    const { group } = setup({ rating: 1, na: false }, 'projector');
    expect(group).toHaveClass('projector__scale');
    const one = screen.getByRole('button', { name: '1 – ansatzweise' });
    expect(one).toHaveClass('projector__rate');
    expect(one).not.toHaveAttribute('aria-keyshortcuts');
    expect(screen.getByRole('button', { name: 'nicht zutreffend' })).toHaveClass(
      'projector__rate',
      'projector__rate--na',
    );
  });
});
