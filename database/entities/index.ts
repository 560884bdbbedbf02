import { AppSettingEntity } from './app-setting';
import { EditionEntity } from './edition';
import { FieldOfActionEntity } from './field-of-action';
import { GuidelineEntity } from './guideline';
import { MeasureEntity } from './measure';
import { MeasureTagEntity, ProgressNoteEntity, StatusChangeEntity } from './measure-history';
import { meetingEntities } from './meeting';
import { motionEntities } from './motion';

export const entities = [
  AppSettingEntity,
  EditionEntity,
  GuidelineEntity,
  FieldOfActionEntity,
  MeasureEntity,
  MeasureTagEntity,
  ProgressNoteEntity,
  StatusChangeEntity,
  ...motionEntities,
  ...meetingEntities,
];
export type { AppSetting } from './app-setting';
export type { Edition } from './edition';
export type { FieldOfAction } from './field-of-action';
export type { Guideline } from './guideline';
export type { Measure } from './measure';
export type { MeasureTag, ProgressNote, StatusChange } from './measure-history';
export {
  AppSettingEntity,
  EditionEntity,
  FieldOfActionEntity,
  GuidelineEntity,
  MeasureEntity,
  MeasureTagEntity,
  ProgressNoteEntity,
  StatusChangeEntity,
};
export * from './motion';
export * from './meeting';
