import type { VoteValue } from './voteSummary';
import type { Rating } from './keyboard';

/** Cell is what a typed cell of the vote grid means: a vote, nothing (take it back) or a mistake. */
export type Cell = { kind: 'vote'; value: VoteValue } | { kind: 'clear' } | { kind: 'invalid' };

/**
 * parseCell reads what was typed into a cell of the grid: 0–4 a rating, "n"
 * (also "na", "n.a.", "n. z.", "nz") not applicable, empty takes the vote
 * back; anything else is a mistake, which the grid points out without
 * storing it.
 */
export function parseCell(text: string): Cell {
  const s = text.trim().toLowerCase().replace(/[\s.]/g, '');
  if (s === '') return { kind: 'clear' };
  if (/^[0-4]$/.test(s)) return { kind: 'vote', value: Number(s) as Rating };
  if (s === 'n' || s === 'na' || s === 'nz') return { kind: 'vote', value: 'na' };
  return { kind: 'invalid' };
}

/** cellText is a vote as the grid writes it: the digit, "n" for not applicable, empty for none. */
export function cellText(value: VoteValue | null): string {
  if (value === null) return '';
  return value === 'na' ? 'n' : String(value);
}

/** Pos is a cell of the grid: a participant's row and a question's column. */
export interface Pos {
  row: number;
  col: number;
}

/**
 * moveIn moves through a grid of rows × cols: the arrows one cell within the
 * grid's edges, "next" along the row and on to the next row's start (a paper
 * sheet is one person's row), null when there is nowhere to go.
 */
export function moveIn(
  pos: Pos,
  dir: 'up' | 'down' | 'left' | 'right' | 'next',
  rows: number,
  cols: number,
): Pos | null {
  const { row, col } = pos;
  switch (dir) {
    case 'up':
      return row > 0 ? { row: row - 1, col } : null;
    case 'down':
      return row + 1 < rows ? { row: row + 1, col } : null;
    case 'left':
      return col > 0 ? { row, col: col - 1 } : null;
    case 'right':
      return col + 1 < cols ? { row, col: col + 1 } : null;
    case 'next':
      if (col + 1 < cols) return { row, col: col + 1 };
      return row + 1 < rows ? { row: row + 1, col: 0 } : null;
  }
}
