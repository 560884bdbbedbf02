import { EntitySchema } from 'typeorm';

export interface Guideline {
  id: number;
  editionId: number;
  position: number;
  title: string;
  text: string;
}

export const GuidelineEntity = new EntitySchema<Guideline>({
  name: 'Guideline',
  tableName: 'guideline',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    editionId: { type: 'integer', name: 'edition_id' },
    position: { type: 'integer' },
    title: { type: 'text' },
    text: { type: 'text', default: '' },
  },
});
