import { describe, expect, it } from 'vitest';
import { MEASURE_STATUSES } from '../../../../contract/lifecycle';
import { contrastRatio, hue, hueDistance, luminance } from './colour-math';
import { PHASE_STATUSES, STATUS_COLOURS, STATUS_ORDER, STATUS_PHASES } from './status-colours';

const circularMean = (degrees: readonly number[]) => {
  const x = degrees.reduce((sum, d) => sum + Math.cos((d * Math.PI) / 180), 0);
  const y = degrees.reduce((sum, d) => sum + Math.sin((d * Math.PI) / 180), 0);
  return ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
};
const phaseHue = (phase: (typeof STATUS_PHASES)[number]) => circularMean(PHASE_STATUSES[phase].map((status) => hue(STATUS_COLOURS[status].fill)));

describe('colour arithmetic', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    // The old teal with white labels that issue 16 found at 4.27:1.
    expect(contrastRatio('#1d8a6e', '#ffffff')).toBeCloseTo(4.27, 2);
    expect(hue('#ff0000')).toBe(0);
    expect(hue('#00ff00')).toBe(120);
    expect(hue('#0000ff')).toBe(240);
    expect(hueDistance(350, 10)).toBe(20);
  });
});

describe('status colours of the start page chart', () => {
  it('puts every status in exactly one phase', () => {
    expect([...STATUS_ORDER].sort()).toEqual([...MEASURE_STATUSES].sort());
    expect(new Set(STATUS_ORDER).size).toBe(MEASURE_STATUSES.length);
  });

  it.each(MEASURE_STATUSES)('%s: the number on the segment has at least 4.5:1 contrast against its fill', (status) => {
    const { fill, label } = STATUS_COLOURS[status];
    expect(contrastRatio(fill, label)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives each phase its own hue: shades within a phase stay close, the phases lie far apart', () => {
    for (const phase of STATUS_PHASES) {
      const centre = phaseHue(phase);
      for (const status of PHASE_STATUSES[phase]) {
        expect(hueDistance(hue(STATUS_COLOURS[status].fill), centre), `${status} in ${phase}`).toBeLessThanOrEqual(15);
      }
    }
    for (const [index, phase] of STATUS_PHASES.entries()) {
      for (const other of STATUS_PHASES.slice(index + 1)) {
        expect(hueDistance(phaseHue(phase), phaseHue(other)), `${phase} / ${other}`).toBeGreaterThanOrEqual(45);
      }
    }
  });

  it('tells the shades of one phase apart by lightness', () => {
    for (const phase of STATUS_PHASES) {
      const shades = PHASE_STATUSES[phase].map((status) => STATUS_COLOURS[status].fill).sort((a, b) => luminance(a) - luminance(b));
      for (const [index, shade] of shades.slice(1).entries()) {
        expect(contrastRatio(shade, shades[index]!), `${phase}: ${shades[index]} / ${shade}`).toBeGreaterThanOrEqual(1.5);
      }
    }
  });
});
