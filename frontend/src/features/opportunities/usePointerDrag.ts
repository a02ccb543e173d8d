import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';

/** Drag is a drag under way: what is dragged, where the pointer is, what it is over. */
export interface Drag<I, T> {
  item: I;
  x: number;
  y: number;
  /** where in the dragged element it was grabbed, to draw it under the pointer */
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  target: T | null;
}

interface Options<I, T> {
  /** hitTest says what drop target is at a point of the viewport, if any. */
  hitTest: (x: number, y: number, item: I) => T | null;
  onDrop: (item: I, target: T) => void;
  /** threshold is how far (px) the pointer must move before a press becomes a drag. */
  threshold?: number;
}

interface Pending<I> {
  item: I;
  pointerId: number;
  startX: number;
  startY: number;
  rect: DOMRect;
  active: boolean;
}

/**
 * usePointerDrag drags with pointer events — mouse, pen and touch alike, and
 * what Playwright's page.mouse sends: press on an element, move past a few
 * pixels, release over a target. A press that never moves stays a click;
 * the click that ends a drag is swallowed. Escape cancels.
 */
export function usePointerDrag<I, T>(opts: Options<I, T>) {
  const [drag, setDrag] = useState<Drag<I, T> | null>(null);
  const optsRef = useRef(opts);
  useLayoutEffect(() => {
    optsRef.current = opts;
  });
  const pending = useRef<Pending<I> | null>(null);
  const swallowClick = useRef(false);
  const detach = useRef<() => void>(() => undefined);

  const end = useCallback(() => {
    detach.current();
    detach.current = () => undefined;
    pending.current = null;
    document.body.classList.remove('is-pointer-dragging');
    setDrag(null);
  }, []);

  useEffect(() => end, [end]);

  const onPointerDown = useCallback(
    (e: ReactPointerEvent<HTMLElement>, item: I) => {
      if (e.button !== 0 || pending.current) return;
      pending.current = {
        item,
        pointerId: e.pointerId,
        startX: e.clientX,
        startY: e.clientY,
        rect: e.currentTarget.getBoundingClientRect(),
        active: false,
      };
      const threshold = optsRef.current.threshold ?? 5;
      const update = (x: number, y: number) => {
        const p = pending.current;
        if (!p) return;
        setDrag({
          item: p.item,
          x,
          y,
          offsetX: p.startX - p.rect.left,
          offsetY: p.startY - p.rect.top,
          width: p.rect.width,
          height: p.rect.height,
          target: optsRef.current.hitTest(x, y, p.item),
        });
      };
      const move = (ev: PointerEvent) => {
        const p = pending.current;
        if (!p || ev.pointerId !== p.pointerId) return;
        if (!p.active) {
          if (Math.hypot(ev.clientX - p.startX, ev.clientY - p.startY) < threshold) return;
          p.active = true;
          document.body.classList.add('is-pointer-dragging');
          window.getSelection()?.removeAllRanges();
        }
        ev.preventDefault();
        update(ev.clientX, ev.clientY);
      };
      const up = (ev: PointerEvent) => {
        const p = pending.current;
        if (!p || ev.pointerId !== p.pointerId) return;
        if (p.active) {
          swallowClick.current = true;
          setTimeout(() => (swallowClick.current = false), 0);
          const target = optsRef.current.hitTest(ev.clientX, ev.clientY, p.item);
          if (target !== null) optsRef.current.onDrop(p.item, target);
        }
        end();
      };
      const cancel = () => end();
      const key = (ev: KeyboardEvent) => {
        if (ev.key === 'Escape' && pending.current?.active) {
          ev.preventDefault();
          end();
        }
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', cancel);
      window.addEventListener('keydown', key, true);
      detach.current = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', cancel);
        window.removeEventListener('keydown', key, true);
      };
    },
    [end],
  );

  /** onClickCapture swallows the click that ends a drag; put it on the dragged element. */
  const onClickCapture = useCallback((e: { preventDefault(): void; stopPropagation(): void }) => {
    if (swallowClick.current) {
      e.preventDefault();
      e.stopPropagation();
    }
  }, []);

  return { drag, onPointerDown, onClickCapture };
}
