import { EntitySchema } from 'typeorm';
import type { MeasureStatus } from '../../contract/lifecycle';
import type { MeasureOrigin } from '../../contract/measures';

export interface Measure {
  id: number;
  editionId: number;
  fieldOfActionId: number;
  code: string;
  title: string;
  description: string;
  goal: string;
  origin: MeasureOrigin;
  originNote: string;
  priorityPoints: number;
  lead: string;
  partners: string;
  targetGroup: string;
  cost: string;
  funding: string;
  periodFrom: number | null;
  periodTo: number | null;
  status: MeasureStatus;
  predecessorId: number | null;
  createdAt: string;
  updatedAt: string;
  /** Counts the saves of the form's fields (schema 15): a save over a newer version is refused. */
  version: number;
  /** Who saved the fields last, for "Inzwischen von NAME geändert". */
  updatedBy: string;
  /** Sort keys (schema 9, see measure-sort-keys.ts): written with code, title and lead. */
  codeKey: string;
  titleKey: string;
  leadKey: string;
  leadFold: string;
}

export const MeasureEntity = new EntitySchema<Measure>({
  name: 'Measure',
  tableName: 'measure',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    editionId: { type: 'integer', name: 'edition_id' },
    fieldOfActionId: { type: 'integer', name: 'field_of_action_id' },
    code: { type: 'text' },
    title: { type: 'text' },
    description: { type: 'text', default: '' },
    goal: { type: 'text', default: '' },
    origin: { type: 'text', default: 'workshop' },
    originNote: { type: 'text', name: 'origin_note', default: '' },
    priorityPoints: { type: 'integer', name: 'priority_points', default: 0 },
    lead: { type: 'text', default: '' },
    partners: { type: 'text', default: '' },
    targetGroup: { type: 'text', name: 'target_group', default: '' },
    cost: { type: 'text', default: '' },
    funding: { type: 'text', default: '' },
    periodFrom: { type: 'integer', name: 'period_from', nullable: true },
    periodTo: { type: 'integer', name: 'period_to', nullable: true },
    status: { type: 'text', default: 'proposed' },
    predecessorId: { type: 'integer', name: 'predecessor_id', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    version: { type: 'integer', default: 1 },
    updatedBy: { type: 'text', name: 'updated_by', default: '' },
    codeKey: { type: 'text', name: 'code_key', default: '' },
    titleKey: { type: 'text', name: 'title_key', default: '' },
    leadKey: { type: 'text', name: 'lead_key', default: '' },
    leadFold: { type: 'text', name: 'lead_fold', default: '' },
  },
});
