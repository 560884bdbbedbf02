import { z } from 'zod';
import { noInput } from './common';
import { defineCall } from './define-call';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

import { HARBURG_MOTION_CONVENTIONS, type MotionConventionsDto } from './settings-constants';

export { HARBURG_MOTION_CONVENTIONS, type MotionConventionsDto } from './settings-constants';

/** Where a person may complain about the district's processing (Art. 77 DSGVO): Hamburg's authority. */
export const HAMBURG_SUPERVISORY_AUTHORITY =
  'Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit\nLudwig-Erhard-Str. 22\n20459 Hamburg';

/**
 * The settings as one screen shows them: most belong to the data (the district), shared by all who
 * work with it; `userName` and `language` are personal (PERSONAL_SETTING_KEYS), kept per user and PC
 * outside the database (main/services/settings/personal-settings-store.ts).
 */
export interface SettingsDto {
  /** Personal: this person's interface language. */
  readonly language: Language;
  readonly districtName: string;
  readonly officeName: string;
  readonly officeAddress: string;
  readonly officePhone: string;
  readonly officeEmail: string;
  /** The data-protection officer's contact (name or office, address, e-mail), one item a line; for the DSGVO Auskunft. */
  readonly dataProtectionOfficer: string;
  /** The supervisory authority named in the DSGVO Auskunft; Hamburg's unless changed. */
  readonly supervisoryAuthority: string;
  /** Personal: shown in status histories and notes as "who entered it"; '' = `defaultUserName`. */
  readonly userName: string;
  /** Read only: the operating system's name for this person (full name, else login name), used while `userName` is ''. */
  readonly defaultUserName: string;
  /**
   * Read only: on the shared server, the login's display name, which names every change there
   * (`userName` is then not used); '' on a single PC.
   */
  readonly loginName: string;
  /** The district's motion wording; Harburg's unless changed. */
  readonly motionConventions: MotionConventionsDto;
}

/** The settings of a new database (and of any value not stored or not readable): Hamburg's authority, Harburg's motion wording. */
export const DEFAULT_SETTINGS: SettingsDto = {
  language: 'de',
  districtName: '',
  officeName: '',
  officeAddress: '',
  officePhone: '',
  officeEmail: '',
  dataProtectionOfficer: '',
  supervisoryAuthority: HAMBURG_SUPERVISORY_AUTHORITY,
  userName: '',
  defaultUserName: '',
  loginName: '',
  motionConventions: HARBURG_MOTION_CONVENTIONS,
};

/** The settings each person keeps for themselves on their PC; the rest are shared with the data. */
export const PERSONAL_SETTING_KEYS = ['userName', 'language'] as const;
export type PersonalSettingKey = (typeof PERSONAL_SETTING_KEYS)[number];

const text = (max: number) => z.string().trim().max(max);

/** No defaults here: a partial update must never reset the settings it does not name. */
export const settingsSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  districtName: text(120),
  officeName: text(200),
  officeAddress: text(400),
  officePhone: text(60),
  officeEmail: z.union([z.literal(''), z.email({ message: 'validation.email' }).max(200)]),
  dataProtectionOfficer: text(400),
  supervisoryAuthority: text(400),
  userName: text(120),
  motionConventions: z.strictObject({
    singleHeading: text(120),
    jointHeading: text(120),
    jointItem: text(60),
    singleKind: text(60),
    jointKind: text(60),
    subjectPrefix: text(30),
    petitumLabel: text(60),
    petitumOpening: text(120),
    actingBody: text(120),
    signatureHeading: text(60),
  }),
});

export const settingsCalls = {
  'settings.get': defineCall<SettingsDto>()(noInput),
  'settings.update': defineCall<SettingsDto>()(settingsSchema.partial()),
} as const;
