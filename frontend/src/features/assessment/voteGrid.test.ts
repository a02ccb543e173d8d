import { cellText, moveIn, parseCell } from './voteGrid';

describe('a cell of the vote grid', () => {
  it('takes 0–4 as a rating', () => {
    for (const r of [0, 1, 2, 3, 4])
      expect(parseCell(String(r))).toEqual({ kind: 'vote', value: r });
    expect(parseCell(' 3 ')).toEqual({ kind: 'vote', value: 3 });
  });

  it('takes n (and n.a., n. z.) as not applicable', () => {
    for (const s of ['n', 'N', 'na', 'n.a.', 'n. z.', 'NZ'])
      expect(parseCell(s)).toEqual({ kind: 'vote', value: 'na' });
  });

  it('takes nothing as taking the vote back', () => {
    expect(parseCell('')).toEqual({ kind: 'clear' });
    expect(parseCell('  ')).toEqual({ kind: 'clear' });
  });

  it('refuses anything else', () => {
    for (const s of ['5', '-1', '2.5', '33', 'x', 'nein', '½'])
      expect(parseCell(s)).toEqual({ kind: 'invalid' });
  });

  it('writes a vote back as it is typed', () => {
    expect(cellText(3)).toBe('3');
    expect(cellText('na')).toBe('n');
    expect(cellText(null)).toBe('');
    for (const v of [0, 1, 2, 3, 4, 'na'] as const)
      expect(parseCell(cellText(v))).toEqual({ kind: 'vote', value: v });
  });
});

describe('moving in the grid', () => {
  const rows = 3;
  const cols = 4;
  it('moves with the arrows within the edges', () => {
    expect(moveIn({ row: 1, col: 1 }, 'up', rows, cols)).toEqual({ row: 0, col: 1 });
    expect(moveIn({ row: 1, col: 1 }, 'down', rows, cols)).toEqual({ row: 2, col: 1 });
    expect(moveIn({ row: 1, col: 1 }, 'left', rows, cols)).toEqual({ row: 1, col: 0 });
    expect(moveIn({ row: 1, col: 1 }, 'right', rows, cols)).toEqual({ row: 1, col: 2 });
    expect(moveIn({ row: 0, col: 0 }, 'up', rows, cols)).toBeNull();
    expect(moveIn({ row: 2, col: 3 }, 'down', rows, cols)).toBeNull();
    expect(moveIn({ row: 0, col: 0 }, 'left', rows, cols)).toBeNull();
    expect(moveIn({ row: 0, col: 3 }, 'right', rows, cols)).toBeNull();
  });

  it('goes on along a sheet to the next row, and stops after the last cell', () => {
    expect(moveIn({ row: 0, col: 2 }, 'next', rows, cols)).toEqual({ row: 0, col: 3 });
    expect(moveIn({ row: 0, col: 3 }, 'next', rows, cols)).toEqual({ row: 1, col: 0 });
    expect(moveIn({ row: 2, col: 3 }, 'next', rows, cols)).toBeNull();
  });
});
