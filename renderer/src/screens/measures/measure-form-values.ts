import type { TFunction } from 'i18next';
import type { FieldOfActionDto, MeasureDto } from '../../../../contract';
import type { ConflictField } from '../../components/ConflictDialog';
import { formatTags } from './measure-helpers';

export type Values = {
  code: string;
  title: string;
  fieldOfActionId: string;
  description: string;
  goal: string;
  origin: string;
  originNote: string;
  priorityPoints: string;
  lead: string;
  partners: string;
  targetGroup: string;
  cost: string;
  funding: string;
  periodFrom: string;
  periodTo: string;
  tags: string;
};

export const valuesOf = (measure: MeasureDto): Values => ({
  code: measure.code,
  title: measure.title,
  fieldOfActionId: String(measure.fieldOfActionId),
  description: measure.description,
  goal: measure.goal,
  origin: measure.origin,
  originNote: measure.originNote,
  priorityPoints: String(measure.priorityPoints),
  lead: measure.lead,
  partners: measure.partners,
  targetGroup: measure.targetGroup,
  cost: measure.cost,
  funding: measure.funding,
  periodFrom: measure.periodFrom === null ? '' : String(measure.periodFrom),
  periodTo: measure.periodTo === null ? '' : String(measure.periodTo),
  tags: formatTags(measure.tags),
});

const LABEL_KEYS: Record<keyof Values, string> = {
  code: 'measures.form.code',
  title: 'measures.form.title',
  fieldOfActionId: 'measures.form.field',
  description: 'measures.form.description',
  goal: 'measures.form.goal',
  origin: 'measures.form.origin',
  originNote: 'measures.form.originNote',
  priorityPoints: 'measures.form.priorityPoints',
  lead: 'measures.form.lead',
  partners: 'measures.form.partners',
  targetGroup: 'measures.form.targetGroup',
  cost: 'measures.form.cost',
  funding: 'measures.form.funding',
  periodFrom: 'measures.form.periodFrom',
  periodTo: 'measures.form.periodTo',
  tags: 'measures.form.tags',
};

/**
 * The fields where what the user typed differs from what a colleague saved meanwhile, in form
 * order, shown as the user reads them (the field of action's name, the origin's label).
 */
export function conflictFields(
  loaded: Values,
  mine: Values,
  theirs: MeasureDto,
  fields: readonly FieldOfActionDto[],
  t: TFunction,
): ConflictField[] {
  const stored = valuesOf(theirs);
  const shown = (name: keyof Values, value: string): string => {
    if (name === 'fieldOfActionId') return fields.find((field) => String(field.id) === value)?.name ?? (value === stored.fieldOfActionId ? theirs.fieldOfActionName : value);
    if (name === 'origin') return t(`measures.origins.${value}`);
    return value;
  };
  return (Object.keys(LABEL_KEYS) as Array<keyof Values>)
    .filter((name) => mine[name] !== stored[name])
    .map((name) => ({
      name,
      label: t(LABEL_KEYS[name]),
      mine: shown(name, mine[name]),
      theirs: shown(name, stored[name]),
      changedByMe: mine[name] !== loaded[name],
      changedByThem: stored[name] !== loaded[name],
    }));
}

/** The colleague's version with the user's choices laid over it. */
export function mergedValues(mine: Values, theirs: MeasureDto, choices: Readonly<Record<string, 'mine' | 'theirs'>>): Values {
  const merged = { ...valuesOf(theirs) };
  for (const name of Object.keys(merged) as Array<keyof Values>) if (choices[name] === 'mine') merged[name] = mine[name];
  return merged;
}
