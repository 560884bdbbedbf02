import { EntitySchema } from 'typeorm';

/**
 * An Antrag to the Bezirksversammlung (OParl: a Paper of type motion). Fraktionen and
 * signatories are JSON text until bodies and contacts exist; then they become links.
 */
export interface Motion {
  id: number;
  editionId: number;
  submittedOn: string;
  subject: string;
  /** JSON array of short names, e.g. ["SPD","GRÜNE"]. */
  fraktionen: string;
  /** JSON array of { name, fraktion, role }. */
  signatories: string;
  sachverhalt: string;
  drucksache: string;
  enteredBy: string;
  createdAt: string;
}

export const MotionEntity = new EntitySchema<Motion>({
  name: 'Motion',
  tableName: 'motion',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    editionId: { type: 'integer', name: 'edition_id' },
    submittedOn: { type: 'text', name: 'submitted_on' },
    subject: { type: 'text' },
    fraktionen: { type: 'text' },
    signatories: { type: 'text', default: '[]' },
    sachverhalt: { type: 'text', default: '' },
    drucksache: { type: 'text', default: '' },
    enteredBy: { type: 'text', name: 'entered_by', default: '' },
    createdAt: { type: 'text', name: 'created_at' },
  },
});

/** The measures a motion asks to adopt, in the order of its petitum. */
export interface MotionMeasure {
  motionId: number;
  measureId: number;
  position: number;
}

export const MotionMeasureEntity = new EntitySchema<MotionMeasure>({
  name: 'MotionMeasure',
  tableName: 'motion_measure',
  columns: {
    motionId: { type: 'integer', name: 'motion_id', primary: true },
    measureId: { type: 'integer', name: 'measure_id', primary: true },
    position: { type: 'integer' },
  },
});

export const motionEntities = [MotionEntity, MotionMeasureEntity];
