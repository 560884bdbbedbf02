import { describe, expect, it } from 'vitest';
import { placementFor } from './toast-placement';

const viewport = { width: 1366, height: 768 };
const size = { width: 432, height: 80 };
const box = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height });

describe('where the messages stand', () => {
  it('stays bottom right when the focused control is elsewhere', () => {
    expect(placementFor(box(300, 200, 120, 40), size, viewport)).toBe('bottom-right');
    expect(placementFor(null, size, viewport)).toBe('bottom-right');
  });

  it('moves to the top when it would cover the focused control (a button in the "Dateien" card)', () => {
    expect(placementFor(box(1000, 700, 180, 40), size, viewport)).toBe('top-right');
  });

  it('moves to the bottom left when the control is at both right corners (a tall field)', () => {
    expect(placementFor(box(1000, 10, 300, 740), size, viewport)).toBe('bottom-left');
  });
});
