import { EntitySchema } from 'typeorm';

/** One application setting; the value is JSON so settings can grow without migrations. */
export interface AppSetting {
  key: string;
  value: string;
}

export const AppSettingEntity = new EntitySchema<AppSetting>({
  name: 'AppSetting',
  tableName: 'app_setting',
  columns: {
    key: { type: 'text', primary: true },
    value: { type: 'text' },
  },
});
