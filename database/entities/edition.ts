import { EntitySchema } from 'typeorm';
import type { EditionStatus } from '../../contract/editions';

export interface Edition {
  id: number;
  title: string;
  subtitle: string;
  periodFrom: number;
  periodTo: number;
  status: EditionStatus;
  adoptedOn: string | null;
  drucksache: string;
  preamble: string;
  leitbildText: string;
  predecessorId: number | null;
  createdAt: string;
  updatedAt: string;
}

export const EditionEntity = new EntitySchema<Edition>({
  name: 'Edition',
  tableName: 'edition',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    title: { type: 'text' },
    subtitle: { type: 'text', default: '' },
    periodFrom: { type: 'integer', name: 'period_from' },
    periodTo: { type: 'integer', name: 'period_to' },
    status: { type: 'text', default: 'draft' },
    adoptedOn: { type: 'text', name: 'adopted_on', nullable: true },
    drucksache: { type: 'text', default: '' },
    preamble: { type: 'text', default: '' },
    leitbildText: { type: 'text', name: 'leitbild_text', default: '' },
    predecessorId: { type: 'integer', name: 'predecessor_id', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});
