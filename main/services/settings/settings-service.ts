import type { ParsedInput, SettingsDto } from '../../../contract';
import type { MotionConventionsDto } from '../../../contract/settings';
import { DEFAULT_SETTINGS, HARBURG_MOTION_CONVENTIONS, settingsSchema } from '../../../contract/settings';
import type { AppDatabase } from '../../../database/app-database';
import { AppSettingEntity } from '../../../database/entities';

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
      const known = pickKnown(stored);
      // A blank or missing wording falls back to Harburg's, field by field.
      const motionConventions = withDefaults(known.motionConventions);
      const merged = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...known, motionConventions });
      return merged.success ? merged.data : DEFAULT_SETTINGS;
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

function withDefaults(stored: unknown): MotionConventionsDto {
  if (stored === null || typeof stored !== 'object') return HARBURG_MOTION_CONVENTIONS;
  const entries = Object.entries(HARBURG_MOTION_CONVENTIONS).map(([key, fallback]) => {
    const value = (stored as Record<string, unknown>)[key];
    return [key, typeof value === 'string' && value.trim() !== '' ? value : fallback];
  });
  return Object.fromEntries(entries) as unknown as MotionConventionsDto;
}

function pickKnown(stored: Record<string, unknown>): Partial<SettingsDto> {
  return Object.fromEntries(Object.entries(stored).filter(([key]) => key in DEFAULT_SETTINGS));
}
