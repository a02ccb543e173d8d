import { render, screen } from '@testing-library/react';
import { Radar, wrapLabel } from './Radar';

describe('Radar', () => {
  it('draws the current round over the earlier one, a point per scored area', () => {
    render(
      <Radar
        label="Werte"
        radius={100}
        axes={['A', 'B', 'C', 'D']}
        series={[
          { id: 'now', label: 'Jetzt', variant: 'current', scores: [100, 50, null, 0] },
          { id: 'then', label: 'Vorher', variant: 'previous', scores: [25, 25, 25, 25] },
        ]}
      />,
    );
    const svg = screen.getByRole('img', { name: 'Werte' });
    const groups = svg.querySelectorAll('[data-series]');
    // The earlier round is drawn first, so the current one lies on top.
    expect([...groups].map((g) => g.getAttribute('data-series'))).toEqual(['previous', 'current']);
    const current = svg.querySelector('[data-series="current"] polygon');
    // Centre (220, 148) with padX 120 and padY 48: A up at 100, B right at 50, D at 0;
    // C has no score and is left out instead of being drawn as 0.
    expect(current?.getAttribute('points')).toBe('220,48 270,148 220,148');
    expect(svg.querySelectorAll('[data-series="current"] circle')).toHaveLength(3);
    expect(svg.querySelectorAll('[data-series="previous"] circle')).toHaveLength(4);
  });
});

describe('Radar with few scores', () => {
  it('draws a line for two scored areas and only a dot for one', () => {
    const { rerender } = render(
      <Radar
        label="Werte"
        axes={['A', 'B', 'C']}
        series={[{ id: 'x', label: 'X', variant: 'current', scores: [50, 50, null] }]}
      />,
    );
    const svg = screen.getByRole('img', { name: 'Werte' });
    expect(svg.querySelector('[data-series] polygon')).toBeNull();
    expect(svg.querySelector('[data-series] polyline')).not.toBeNull();
    rerender(
      <Radar
        label="Werte"
        axes={['A', 'B', 'C']}
        series={[{ id: 'x', label: 'X', variant: 'current', scores: [null, 75, null] }]}
      />,
    );
    expect(svg.querySelector('[data-series] polyline')).toBeNull();
    expect(svg.querySelectorAll('[data-series] circle')).toHaveLength(1);
  });
});

describe('wrapLabel', () => {
  it('breaks after a slash and at spaces', () => {
    expect(wrapLabel('Organisation', 22)).toEqual(['Organisation']);
    expect(wrapLabel('Markt / Wettbewerb', 22)).toEqual(['Markt /', 'Wettbewerb']);
    expect(wrapLabel('Account / Key Account Management', 22)).toEqual([
      'Account /',
      'Key Account Management',
    ]);
    expect(wrapLabel('Account / Key Account Management', 14)).toEqual([
      'Account /',
      'Key Account',
      'Management',
    ]);
  });
});

describe('Radar of the perspectives', () => {
  it('draws the agreed scores beneath both sides, ours on top', () => {
    render(
      <Radar
        label="Sichtweisen"
        axes={['A', 'B', 'C']}
        series={[
          { id: 'c', label: 'Kunde', variant: 'customer', scores: [50, 50, 50] },
          { id: 'o', label: 'Wir', variant: 'ours', scores: [75, 75, 75] },
          { id: 'g', label: 'Vereinbart', variant: 'agreed', scores: [60, 60, 60] },
        ]}
      />,
    );
    const svg = screen.getByRole('img', { name: 'Sichtweisen' });
    expect([...svg.querySelectorAll('[data-series]')].map((g) => g.getAttribute('class'))).toEqual(
      ['radar__series--agreed', 'radar__series--customer', 'radar__series--ours'].map(
        (c) => `radar__series ${c}`,
      ),
    );
    expect(svg.querySelectorAll('polygon[points]').length).toBeGreaterThanOrEqual(3);
  });
});
