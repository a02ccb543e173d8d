/** Selection is what is selected on the map, the table or the grid. */
export interface Selection {
  people: readonly string[];
  relations: readonly string[];
}

export const noSelection: Selection = { people: [], relations: [] };

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export function sameSelection(a: Selection, b: Selection): boolean {
  return same(a.people, b.people) && same(a.relations, b.relations);
}
