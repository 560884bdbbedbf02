import { z } from 'zod';
import { noInput } from './common';
import { defineCall } from './define-call';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Settings that belong to the data (the district), not to one PC. */
export interface SettingsDto {
  readonly language: Language;
  readonly districtName: string;
  readonly officeName: string;
  readonly officeAddress: string;
  readonly officePhone: string;
  readonly officeEmail: string;
  /** Shown in status histories and notes as "who entered it". */
  readonly userName: string;
}

const text = (max: number) => z.string().trim().max(max);

/** No defaults here: a partial update must never reset the settings it does not name. */
export const settingsSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  districtName: text(120),
  officeName: text(200),
  officeAddress: text(400),
  officePhone: text(60),
  officeEmail: z.union([z.literal(''), z.email({ message: 'validation.email' }).max(200)]),
  userName: text(120),
});

export const settingsCalls = {
  'settings.get': defineCall<SettingsDto>()(noInput),
  'settings.update': defineCall<SettingsDto>()(settingsSchema.partial()),
} as const;
