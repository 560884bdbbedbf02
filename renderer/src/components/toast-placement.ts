import { useLayoutEffect, useState, type RefObject } from 'react';

/** Bottom right first (where the eye expects messages); the other corners when that would cover the control in use. */
export const TOAST_PLACEMENTS = ['bottom-right', 'top-right', 'bottom-left'] as const;
export type ToastPlacement = (typeof TOAST_PLACEMENTS)[number];

/** The region's distance from the window's edges (1.5rem in toasts.css). */
const EDGE_PX = 24;

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Where the region would be at `placement`, for its current size. */
export function boxAt(placement: ToastPlacement, size: { width: number; height: number }, viewport: { width: number; height: number }): Box {
  const left = placement === 'bottom-left' ? EDGE_PX : viewport.width - EDGE_PX - size.width;
  const top = placement === 'top-right' ? EDGE_PX : viewport.height - EDGE_PX - size.height;
  return { left, top, right: left + size.width, bottom: top + size.height };
}

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The first placement whose box leaves the focused control free (bottom right when none does). */
export function placementFor(focused: Box | null, size: { width: number; height: number }, viewport: { width: number; height: number }): ToastPlacement {
  if (!focused || size.height === 0) return 'bottom-right';
  return TOAST_PLACEMENTS.find((placement) => !overlaps(boxAt(placement, size, viewport), focused)) ?? 'bottom-right';
}

/**
 * What the person is working in: the focused control's card or form (its neighbours, e.g. the
 * other file buttons) when that fits in half the window, else the control alone.
 */
function areaInUse(active: HTMLElement): Box {
  const own = active.getBoundingClientRect();
  const group = active.closest('.card, form, fieldset')?.getBoundingClientRect();
  return group && group.height <= window.innerHeight / 2 ? group : own;
}

/**
 * Keeps the messages away from the focused control: measured when messages come and go, when
 * the focus moves, and on scrolling and resizing.
 */
export function useToastPlacement(region: RefObject<HTMLElement | null>, count: number): ToastPlacement {
  const [placement, setPlacement] = useState<ToastPlacement>('bottom-right');
  useLayoutEffect(() => {
    if (count === 0) {
      setPlacement('bottom-right');
      return;
    }
    const update = () => {
      const element = region.current;
      if (!element) return;
      const active = document.activeElement;
      const focused = active instanceof HTMLElement && active !== document.body && !element.contains(active) ? areaInUse(active) : null;
      const { width, height } = element.getBoundingClientRect();
      setPlacement(placementFor(focused, { width, height }, { width: window.innerWidth, height: window.innerHeight }));
    };
    update();
    document.addEventListener('focusin', update);
    window.addEventListener('scroll', update, { passive: true, capture: true });
    window.addEventListener('resize', update);
    return () => {
      document.removeEventListener('focusin', update);
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [count, region]);
  return placement;
}
