import type { MeasureStatus } from '../../../../contract';

/**
 * Fills for the chart, in the colour families of the status badges (grey = open, amber = in
 * review, blues = on the way to the assembly, greens = adopted and in implementation, red =
 * rejected), but saturated enough to tell neighbouring segments apart. `label` is the text colour
 * of a number printed on the segment.
 */
export const STATUS_COLOURS: Readonly<Record<MeasureStatus, { readonly fill: string; readonly label: string }>> = {
  proposed: { fill: '#b8c2cc', label: '#1c2833' },
  in_review: { fill: '#f2c14e', label: '#1c2833' },
  recommended: { fill: '#8cc3ec', label: '#1c2833' },
  rejected: { fill: '#c43d39', label: '#ffffff' },
  deferred: { fill: '#a58bd6', label: '#1c2833' },
  submitted: { fill: '#2f7ea6', label: '#ffffff' },
  adopted: { fill: '#8fd19e', label: '#1c2833' },
  implementing: { fill: '#1d8a6e', label: '#ffffff' },
  completed: { fill: '#1f6b38', label: '#ffffff' },
  continued: { fill: '#0a4f66', label: '#ffffff' },
  discontinued: { fill: '#6b7480', label: '#ffffff' },
};
