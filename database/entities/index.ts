import { AppSettingEntity } from './app-setting';
import { FieldOfActionEntity } from './field-of-action';

export const entities = [AppSettingEntity, FieldOfActionEntity];
export type { AppSetting } from './app-setting';
export type { FieldOfAction } from './field-of-action';
export { AppSettingEntity, FieldOfActionEntity };
