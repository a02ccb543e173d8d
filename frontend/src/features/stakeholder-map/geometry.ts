/** Rect is a card on the map: top-left corner and size. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * borderPoint is where the line from the rect's centre (moved by shift)
 * towards `to` leaves the rect, pushed out by pad.
 */
export function borderPoint(r: Rect, to: Point, shift: Point = { x: 0, y: 0 }, pad = 0): Point {
  const cx = r.x + r.width / 2 + shift.x;
  const cy = r.y + r.height / 2 + shift.y;
  const dx = to.x - cx;
  const dy = to.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const hw = r.width / 2 + pad;
  const hh = r.height / 2 + pad;
  // Scale the direction until it meets the nearer side.
  const s = Math.min(
    dx === 0 ? Infinity : hw / Math.abs(dx),
    dy === 0 ? Infinity : hh / Math.abs(dy),
  );
  return { x: cx + dx * s, y: cy + dy * s };
}

/**
 * edgeEnds gives a straight relation line between two cards, from border to
 * border. offset moves the line sideways (in px), so two relations between
 * the same people lie side by side instead of on top of each other.
 */
export function edgeEnds(a: Rect, b: Rect, offset = 0, pad = 2): { source: Point; target: Point } {
  const ac = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const bc = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  const len = Math.hypot(bc.x - ac.x, bc.y - ac.y) || 1;
  // The unit normal of the line, always taken from the same end so both
  // relations of a pair shift to different sides.
  const flip = ac.x < bc.x || (ac.x === bc.x && ac.y < bc.y) ? 1 : -1;
  const shift = {
    x: (-(bc.y - ac.y) / len) * offset * flip,
    y: ((bc.x - ac.x) / len) * offset * flip,
  };
  const source = borderPoint(a, { x: bc.x + shift.x, y: bc.y + shift.y }, shift, pad);
  const target = borderPoint(b, { x: ac.x + shift.x, y: ac.y + shift.y }, shift, pad);
  return { source, target };
}
