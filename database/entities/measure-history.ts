import { EntitySchema } from 'typeorm';
import type { MeasureStatus } from '../../contract/lifecycle';

/** One step in a measure's life. Append-only: triggers refuse UPDATE and DELETE. */
export interface StatusChange {
  id: number;
  measureId: number;
  changedOn: string;
  fromStatus: MeasureStatus | null;
  toStatus: MeasureStatus;
  reason: string;
  drucksache: string;
  enteredBy: string;
  createdAt: string;
  /** The meeting decision that made this change (schema 5), if any. */
  decisionId: number | null;
}

export const StatusChangeEntity = new EntitySchema<StatusChange>({
  name: 'StatusChange',
  tableName: 'status_change',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    measureId: { type: 'integer', name: 'measure_id' },
    changedOn: { type: 'text', name: 'changed_on' },
    fromStatus: { type: 'text', name: 'from_status', nullable: true },
    toStatus: { type: 'text', name: 'to_status' },
    reason: { type: 'text', default: '' },
    drucksache: { type: 'text', default: '' },
    enteredBy: { type: 'text', name: 'entered_by', default: '' },
    createdAt: { type: 'text', name: 'created_at' },
    decisionId: { type: 'integer', name: 'decision_id', nullable: true },
  },
});

export interface ProgressNote {
  id: number;
  measureId: number;
  notedOn: string;
  text: string;
  enteredBy: string;
  createdAt: string;
}

export const ProgressNoteEntity = new EntitySchema<ProgressNote>({
  name: 'ProgressNote',
  tableName: 'progress_note',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    measureId: { type: 'integer', name: 'measure_id' },
    notedOn: { type: 'text', name: 'noted_on' },
    text: { type: 'text' },
    enteredBy: { type: 'text', name: 'entered_by', default: '' },
    createdAt: { type: 'text', name: 'created_at' },
  },
});

export interface MeasureTag {
  measureId: number;
  tag: string;
}

export const MeasureTagEntity = new EntitySchema<MeasureTag>({
  name: 'MeasureTag',
  tableName: 'measure_tag',
  columns: {
    measureId: { type: 'integer', name: 'measure_id', primary: true },
    tag: { type: 'text', primary: true },
  },
});
