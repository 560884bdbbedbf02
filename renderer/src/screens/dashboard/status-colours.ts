import type { MeasureStatus } from '../../../../contract';

/** The four phases of a measure's life; the chart gives each its own hue. */
export const STATUS_PHASES = ['proposal', 'decision', 'implementation', 'closed'] as const;

export type StatusPhase = (typeof STATUS_PHASES)[number];

/**
 * Which statuses belong to which phase, in the order the chart stacks them. Closed are the end
 * states (rejected, completed, discontinued); carried into the next edition counts as still in
 * implementation, as the next edition takes it over.
 */
export const PHASE_STATUSES: Readonly<Record<StatusPhase, readonly MeasureStatus[]>> = {
  proposal: ['proposed', 'in_review', 'deferred'],
  decision: ['recommended', 'submitted', 'adopted'],
  implementation: ['implementing', 'continued'],
  closed: ['completed', 'rejected', 'discontinued'],
};

/** Every status in phase order: the order of the chart's segments, its legend and the table's columns. */
export const STATUS_ORDER: readonly MeasureStatus[] = STATUS_PHASES.flatMap((phase) => PHASE_STATUSES[phase]);

export const phaseOf = (status: MeasureStatus): StatusPhase => STATUS_PHASES.find((phase) => PHASE_STATUSES[phase].includes(status))!;

/** Dark text for light fills, white for dark ones; each pair has at least 4.5:1 contrast (status-colours.test.ts). */
const DARK = '#1c2833';
const WHITE = '#ffffff';

/**
 * Fills for the chart: one hue per phase (amber = proposal, blue = decision, green =
 * implementation, violet = closed), light to dark within it, so neighbouring segments differ in
 * lightness and the phases in hue. `label` is the colour of a number printed on the segment.
 */
export const STATUS_COLOURS: Readonly<Record<MeasureStatus, { readonly fill: string; readonly label: string }>> = {
  proposed: { fill: '#f5d28a', label: DARK },
  in_review: { fill: '#dc9a2c', label: DARK },
  deferred: { fill: '#8a5700', label: WHITE },
  recommended: { fill: '#b3d4f2', label: DARK },
  submitted: { fill: '#5b9bd5', label: DARK },
  adopted: { fill: '#1d5796', label: WHITE },
  implementing: { fill: '#2a7a4b', label: WHITE },
  continued: { fill: '#9fd6ae', label: DARK },
  completed: { fill: '#563a8a', label: WHITE },
  rejected: { fill: '#a48bd6', label: DARK },
  discontinued: { fill: '#ddd2f1', label: DARK },
};
