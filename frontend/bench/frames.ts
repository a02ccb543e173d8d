import type { Page } from '@playwright/test';

/**
 * Measuring a drag: frame times while the mouse moves, and which cards
 * moved in each frame, so that a drag that moves nothing cannot pass.
 */

export function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) =>
    s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN;
  return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1] ?? NaN };
}

export interface Recording {
  deltas: number[];
  /** frames in which at least one card moved */
  moving: number;
  /** the most cards moved in one frame */
  most: number;
}

/**
 * frames runs fn while recording requestAnimationFrame deltas and, per frame,
 * how many cards moved (their transform changed), so that a drag which moves
 * nothing cannot pass for a smooth one. A MutationObserver notes the moves:
 * it costs the page next to nothing while nothing moves.
 */
export async function frames(page: Page, fn: () => Promise<void>): Promise<Recording> {
  await page.evaluate(() => {
    const cards = document.querySelectorAll<HTMLElement>('.react-flow__node-stakeholder');
    const last = new Map<Node, string>(Array.from(cards, (el) => [el, el.style.transform]));
    const moved = new Set<Node>();
    const seen = new MutationObserver((records) => {
      for (const { target } of records) {
        const t = (target as HTMLElement).style.transform;
        if (last.has(target) && last.get(target) !== t) {
          last.set(target, t);
          moved.add(target);
        }
      }
    });
    const root = document.querySelector('.react-flow__nodes');
    if (root) seen.observe(root, { attributes: true, attributeFilter: ['style'], subtree: true });
    let on = true;
    let prev = 0;
    const rec: Recording = { deltas: [], moving: 0, most: 0 };
    const tick = (t: number) => {
      rec.deltas.push(t - prev);
      prev = t;
      if (moved.size > 0) {
        rec.moving++;
        rec.most = Math.max(rec.most, moved.size);
        moved.clear();
      }
      if (on) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      prev = t;
      requestAnimationFrame(tick);
    });
    const stop = () => {
      on = false;
      seen.disconnect();
      return rec;
    };
    (window as unknown as { __stopRec: () => Recording }).__stopRec = stop;
  });
  await fn();
  const rec = await page.evaluate(() =>
    (window as unknown as { __stopRec?: () => Recording }).__stopRec?.(),
  );
  if (!rec) {
    throw new Error('the page was reloaded while it was measured');
  }
  return rec;
}

export interface Point {
  x: number;
  y: number;
}
export interface Box extends Point {
  width: number;
  height: number;
}

/**
 * dragPath holds the mouse down on from and moves it twice round a loop,
 * reach.x to either side and 2 × reach.y down, ending where it started: a move
 * every 8 ms plus however long Chromium takes to take it (on the 2-core
 * machine about one move in three frames).
 */
export async function dragPath(page: Page, from: Point, reach: Point, moves: number) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) {
    const a = (i / moves) * Math.PI * 4;
    await page.mouse.move(from.x + Math.sin(a) * reach.x, from.y + (1 - Math.cos(a)) * reach.y);
    await page.waitForTimeout(8);
  }
  await page.mouse.up();
}

/**
 * reachFrom is how far dragPath may go from a point and stay 60 px inside the
 * canvas (up to 220 px sideways, 2 × 90 px down): near the edge React Flow
 * pans the map along, and the card would drift off under the pointer.
 */
export function reachFrom(canvas: Box, from: Point): Point {
  const margin = 60;
  const reach = {
    x: Math.min(220, from.x - canvas.x - margin, canvas.x + canvas.width - margin - from.x),
    y: Math.min(90, (canvas.y + canvas.height - margin - from.y) / 2),
  };
  if (reach.x < 40 || reach.y < 20) {
    throw new Error(
      `no room to drag from (${from.x}, ${from.y}) in a ${canvas.width}×${canvas.height} canvas`,
    );
  }
  return reach;
}

export const middle = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/**
 * checkDrag fails unless the drag moved want cards together, in at least a
 * quarter as many frames as there were mouse moves.
 */
export function checkDrag(what: string, rec: Recording, want: number, moves: number) {
  if (rec.deltas.length < 30) {
    throw new Error(`${what}: only ${rec.deltas.length} frames recorded`);
  }
  if (rec.most !== want || rec.moving < moves / 4) {
    throw new Error(
      `${what}: at most ${rec.most} card(s) moved in a frame (want ${want}), in ${rec.moving} of ${rec.deltas.length} frames, for ${moves} mouse moves`,
    );
  }
}

export const fmt = (v: number) => v.toFixed(1);
