import { EntitySchema } from 'typeorm';

/** A field of action (Handlungsfeld) row. Timestamps are ISO 8601 strings in UTC. */
export interface FieldOfAction {
  id: number;
  editionId: number;
  name: string;
  shortCode: string;
  description: string;
  position: number;
  createdAt: string;
  updatedAt: string;
}

export const FieldOfActionEntity = new EntitySchema<FieldOfAction>({
  name: 'FieldOfAction',
  tableName: 'field_of_action',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    editionId: { type: 'integer', name: 'edition_id' },
    name: { type: 'text' },
    shortCode: { type: 'text', name: 'short_code', default: '' },
    description: { type: 'text', default: '' },
    position: { type: 'integer' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});
