import type { ParsedInput, SettingsDto } from '../../../contract';
import { settingsSchema } from '../../../contract/settings';
import type { AppDatabase } from '../../../database/app-database';
import { AppSettingEntity } from '../../../database/entities';

const DEFAULTS: SettingsDto = {
  language: 'de',
  districtName: '',
  officeName: '',
  officeAddress: '',
  officePhone: '',
  officeEmail: '',
  userName: '',
};

/** Key/value settings; unknown or unreadable stored values fall back to the defaults. */
export class SettingsService {
  constructor(private readonly db: AppDatabase) {}

  get(): Promise<SettingsDto> {
    return this.db.read(async (manager) => {
      const rows = await manager.getRepository(AppSettingEntity).find();
      const stored: Record<string, unknown> = {};
      for (const row of rows) {
        try {
          stored[row.key] = JSON.parse(row.value);
        } catch {
          // A hand-edited value that is not JSON is ignored, not fatal.
        }
      }
      const merged = settingsSchema.safeParse({ ...DEFAULTS, ...pickKnown(stored) });
      return merged.success ? merged.data : DEFAULTS;
    });
  }

  update(input: ParsedInput<'settings.update'>): Promise<SettingsDto> {
    return this.db.write(async (manager) => {
      const repository = manager.getRepository(AppSettingEntity);
      for (const [key, value] of Object.entries(input)) {
        if (value !== undefined) await repository.save({ key, value: JSON.stringify(value) });
      }
      return this.get();
    });
  }
}

function pickKnown(stored: Record<string, unknown>): Partial<SettingsDto> {
  return Object.fromEntries(Object.entries(stored).filter(([key]) => key in DEFAULTS));
}
