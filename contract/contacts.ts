import { z } from 'zod';
import { idSchema, isoDate, noInput, optionalText, requiredText, searchText } from './common';
import { defineCall } from './define-call';

import {
  BODY_KINDS,
  CONSENT_FILTERS,
  CONTACT_LIST_MAX,
  CONTACT_LIST_PAGE,
  IMPORT_DECISIONS,
  IMPORT_TARGETS,
  MAX_CONTACT_IMPORT_BYTES,
  MEMBERSHIP_ROLES,
  ORGANIZATION_KINDS,
  ORGANIZATION_LIST_MAX,
  ORGANIZATION_LIST_PAGE,
  PHONE_KINDS,
} from './contacts-constants';

export {
  BODY_KINDS,
  CONSENT_FILTERS,
  CONTACT_LIST_MAX,
  CONTACT_LIST_PAGE,
  IMPORT_DECISIONS,
  IMPORT_TARGETS,
  MAX_CONTACT_IMPORT_BYTES,
  MEMBERSHIP_ROLES,
  ORGANIZATION_KINDS,
  ORGANIZATION_LIST_MAX,
  ORGANIZATION_LIST_PAGE,
  PHONE_KINDS,
} from './contacts-constants';
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type BodyKind = (typeof BODY_KINDS)[number];
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export type ImportTarget = (typeof IMPORT_TARGETS)[number];
export type ImportDecision = (typeof IMPORT_DECISIONS)[number];

/** The transport lets files up to ~50 MB through so the service can answer with a clear message. */
export const MAX_CONTACT_IMPORT_BASE64 = 70 * 1024 * 1024;

const email = z.string().trim().max(200).pipe(z.email({ message: 'validation.email' }));
const phone = z.strictObject({ kind: z.enum(PHONE_KINDS).default('work'), number: requiredText(60) });

export const contactFields = z.strictObject({
  salutation: optionalText(40),
  title: optionalText(60),
  firstName: optionalText(120),
  lastName: requiredText(120),
  function: optionalText(200),
  department: optionalText(200),
  fraktion: optionalText(40),
  organizationIds: z.array(idSchema).max(20).default([]),
  emails: z.array(email).max(10).default([]),
  phones: z.array(phone).max(10).default([]),
  street: optionalText(200),
  street2: optionalText(200),
  postalCode: optionalText(20),
  city: optionalText(120),
  country: optionalText(60),
  privateStreet: optionalText(200),
  privatePostalCode: optionalText(20),
  privateCity: optionalText(120),
  privateCountry: optionalText(60),
  website: optionalText(300),
  birthday: isoDate.nullable().default(null),
  languages: z.array(requiredText(60)).max(20).default([]),
  categories: z.array(requiredText(60)).max(30).default([]),
  notes: optionalText(10_000),
  consentPurpose: optionalText(500),
  consentDate: isoDate.nullable().default(null),
  consentHow: optionalText(200),
  consentWithdrawnOn: isoDate.nullable().default(null),
});

/** Today on this PC's calendar (a birthday is a local day, not a UTC instant). */
const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** A birthday after today or before 1900 is a typing error (e.g. 15.03.2070 for 1970): the form and the import refuse it alike. */
export const birthdayInRange = (birthday: string): boolean => birthday <= localToday() && birthday >= '1900-01-01';

const contactInOrder = (value: { consentDate: string | null; consentWithdrawnOn: string | null; birthday: string | null }, ctx: z.RefinementCtx) => {
  if (value.consentDate && value.consentWithdrawnOn && value.consentWithdrawnOn < value.consentDate) {
    ctx.addIssue({ code: 'custom', path: ['consentWithdrawnOn'], message: 'validation.consentOrder' });
  }
  if (value.birthday && !birthdayInRange(value.birthday)) {
    ctx.addIssue({ code: 'custom', path: ['birthday'], message: 'validation.birthdayRange' });
  }
};

export interface PhoneDto {
  readonly kind: (typeof PHONE_KINDS)[number];
  readonly number: string;
}

export interface ContactRowDto {
  readonly id: number;
  readonly displayName: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly function: string;
  readonly organizations: readonly string[];
  readonly emails: readonly string[];
  readonly categories: readonly string[];
  readonly consent: 'given' | 'withdrawn' | 'none';
  readonly erased: boolean;
}


export interface ContactListDto {
  /** Matches `offset` … `offset + limit - 1` in alphabetical order (last name, first name); empty past the end. */
  readonly rows: readonly ContactRowDto[];
  /** All matches. */
  readonly total: number;
}

export interface MembershipDto {
  readonly id: number;
  readonly contactId: number;
  readonly contactName: string;
  readonly bodyId: number;
  readonly bodyName: string;
  readonly role: MembershipRole;
  readonly from: string | null;
  readonly to: string | null;
  readonly current: boolean;
}

/** Free-text places an erasure looks into (measures, meetings, motions). */
export const TEXT_PLACES = ['measure', 'progressNote', 'statusChange', 'meeting', 'agendaItem', 'attendance', 'decision', 'actionItem', 'minutesCorrection', 'motion'] as const;
export type TextPlace = (typeof TEXT_PLACES)[number];

/** Text that names only the surname ("Frau Özdemir"): maybe another person, so a person decides. */
export interface SurnameMentionDto {
  readonly place: TextPlace;
  /** The measure ("M-12 Sprachcafé") or meeting the text belongs to. */
  readonly context: string;
  readonly excerpt: string;
  readonly measureId: number | null;
  readonly meetingId: number | null;
}

export interface ErasePreviewDto {
  /** The first ones (a common surname may fill a list no one reads); `surnameMentionTotal` counts all. */
  readonly surnameMentions: readonly SurnameMentionDto[];
  readonly surnameMentionTotal: number;
}

export interface ContactDto {
  readonly id: number;
  readonly salutation: string;
  readonly title: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly function: string;
  readonly department: string;
  readonly fraktion: string;
  readonly organizations: readonly { readonly id: number; readonly name: string }[];
  readonly emails: readonly string[];
  readonly phones: readonly PhoneDto[];
  readonly street: string;
  /** A second line of the business address ("c/o …", "Haus B, 2. OG"). */
  readonly street2: string;
  readonly postalCode: string;
  readonly city: string;
  readonly country: string;
  readonly privateStreet: string;
  readonly privatePostalCode: string;
  readonly privateCity: string;
  readonly privateCountry: string;
  readonly website: string;
  readonly birthday: string | null;
  readonly languages: readonly string[];
  readonly categories: readonly string[];
  readonly notes: string;
  readonly consentPurpose: string;
  readonly consentDate: string | null;
  readonly consentHow: string;
  readonly consentWithdrawnOn: string | null;
  readonly erasedAt: string | null;
  readonly memberships: readonly MembershipDto[];
  /**
   * Where the data came from (Art. 15 (1) (g) DSGVO), written by the app: "Von Hand erfasst am …",
   * "Import aus „Outlook-Export.csv“ am …", "Zusammengeführt aus zwei Einträgen am …"; '' for
   * entries made before the app recorded it.
   */
  readonly origin: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface OrganizationDto {
  readonly id: number;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  readonly email: string;
  readonly phone: string;
  readonly website: string;
  readonly contactCount: number;
}

export interface OrganizationListDto {
  /** One page in alphabetical order; empty past the end. */
  readonly rows: readonly OrganizationDto[];
  /** All organisations that match. */
  readonly total: number;
}

export interface BodyDto {
  readonly id: number;
  readonly name: string;
  readonly kind: BodyKind;
  readonly shortName: string;
  /** "des Harburger Integrationsrats" for "zur 13. Sitzung des …"; '' until entered (never guessed silently). */
  readonly nameGenitive: string;
  readonly currentMemberCount: number;
  readonly memberCount: number;
}

export interface ImportRowReportDto {
  /** Physical line in the file where the row starts (1 = header); a multi-line note spans several. */
  readonly line: number;
  /** The row as Excel and Calc number it (1 = header); for a vCard file, the card's number. */
  readonly record: number;
  readonly name: string;
  readonly errors: readonly { readonly field: string; readonly messageKey: string }[];
  /** What the import does that the person should know (an Exchange address passed over). */
  readonly notices: readonly { readonly messageKey: string; readonly params: Readonly<Record<string, string | number>> }[];
  /** An existing contact, or an earlier row of the file, that looks like the same person. */
  readonly duplicateOfContactId: number | null;
  readonly duplicateOfLine: number | null;
  readonly duplicateOfRecord: number | null;
  /** A person, or (a row with only a company) an organisation. */
  readonly becomes: 'person' | 'organization';
  readonly duplicateReason: 'email' | 'nameAndOrganization' | null;
}

/** Why a column mapping cannot be imported yet: the wizard shows it at the mapping, the import refuses it. */
export interface ImportMappingProblemDto {
  /** `contacts.import.noNameColumn`, `contacts.import.columnsUnknown` or `contacts.import.columnMappedTwice`. */
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** The columns concerned (those mapped to one field); none when a field lacks a column. */
  readonly headers: readonly string[];
}

export interface ImportPreviewDto {
  readonly format: 'outlook' | 'mapped' | 'vcard';
  /** Text with separators (encoding and separator can be chosen), an Excel workbook, or vCards. */
  readonly fileType: 'csv' | 'xlsx' | 'vcard';
  readonly separator: string;
  readonly encoding: 'utf-8' | 'windows-1252' | 'utf-16le';
  readonly headers: readonly string[];
  readonly mapping: Readonly<Record<string, ImportTarget>>;
  /** The first rows as read, for the preview table. */
  readonly previewRows: readonly (readonly string[])[];
  /** Headers with something in at least one row; the mapping shows these (Outlook writes ~90 columns, most empty). */
  readonly filledHeaders: readonly string[];
  /** While there are any, no row is read (`rows` is empty) and the import is refused. */
  readonly mappingProblems: readonly ImportMappingProblemDto[];
  readonly rows: readonly ImportRowReportDto[];
  readonly validCount: number;
  readonly errorCount: number;
  readonly duplicateCount: number;
}

export interface ImportResultDto {
  readonly created: number;
  readonly merged: number;
  readonly skipped: number;
  /** Company rows that became or filled in an organisation. */
  readonly organizations: number;
}

/** A running import (`contacts.importStart`), as `contacts.importProgress` reports it. */
export interface ImportJobDto {
  readonly state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Rows handled so far, of `total` rows in the file. */
  readonly done: number;
  readonly total: number;
  readonly result: ImportResultDto | null;
  readonly error: { readonly messageKey: string; readonly params: Readonly<Record<string, string | number>> } | null;
}

export interface ExportFileDto {
  readonly fileName: string;
  readonly mimeType: string;
  /** UTF-8 text as base64 (keeps the BOM intact across transports). */
  readonly contentBase64: string;
}

/** Above what the transports let through, still a message that names the limit (not "höchstens 73.400.320 Zeichen"). */
const importFile = z.string().superRefine((value, ctx) => {
  if (value.length > MAX_CONTACT_IMPORT_BASE64) ctx.addIssue({ code: 'custom', message: 'validation.importFileTooLarge', params: { maxMegabytes: MAX_CONTACT_IMPORT_BYTES / 1024 / 1024 } });
});

const importSource = {
  fileName: requiredText(260),
  contentBase64: importFile,
  separator: z.enum([',', ';', '\t']).optional(),
  encoding: z.enum(['utf-8', 'windows-1252', 'utf-16le']).optional(),
  mapping: z.record(z.string().max(200), z.enum(IMPORT_TARGETS)).optional(),
};

const membershipInOrder = (value: { from: string | null; to: string | null }, ctx: z.RefinementCtx) => {
  if (value.from && value.to && value.to < value.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.membershipOrder' });
};
const membershipTerms = {
  role: z.enum(MEMBERSHIP_ROLES).default('member'),
  from: isoDate.nullable().default(null),
  to: isoDate.nullable().default(null),
};
const membershipFields = z.strictObject({ contactId: idSchema, bodyId: idSchema, ...membershipTerms }).superRefine(membershipInOrder);

const organizationFields = {
  name: requiredText(200),
  kind: z.enum(ORGANIZATION_KINDS).default('other'),
  street: optionalText(200),
  postalCode: optionalText(20),
  city: optionalText(120),
  email: z.union([z.literal(''), email]).default(''),
  phone: optionalText(60),
  website: optionalText(300),
};
const bodyFields = { name: requiredText(200), kind: z.enum(BODY_KINDS), shortName: optionalText(20), nameGenitive: optionalText(240) };
const importDecisions = z.record(z.string().regex(/^\d+$/), z.enum(IMPORT_DECISIONS)).default({});
const jobId = z.strictObject({ jobId: z.uuid() });

/** Which contacts the list shows (the Kontakte screen's search and filters); the same for `contacts.matchingIds`. */
export const contactFilter = {
  text: searchText(200).default(''),
  category: optionalText(60),
  bodyId: idSchema.optional(),
  organizationId: idSchema.optional(),
  consent: z.enum(CONSENT_FILTERS).default('any'),
  includeErased: z.boolean().default(false),
};
const contactPage = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(CONTACT_LIST_MAX).default(CONTACT_LIST_PAGE),
};

export const contactsCalls = {
  'contacts.list': defineCall<ContactListDto>()(z.strictObject({ ...contactFilter, ...contactPage })),
  /** Every matching contact's id in list order, for an export of "all n matching" (ids only, no rows). */
  'contacts.matchingIds': defineCall<{ ids: number[] }>()(z.strictObject(contactFilter)),
  'contacts.categories': defineCall<string[]>()(noInput),
  'contacts.get': defineCall<ContactDto>()(z.strictObject({ id: idSchema })),
  'contacts.create': defineCall<ContactDto>()(contactFields.superRefine(contactInOrder)),
  'contacts.update': defineCall<ContactDto>()(contactFields.extend({ id: idSchema }).superRefine(contactInOrder)),
  /**
   * Two entries for one person become one: `keepId` stays and gets what it lacks from `mergeId`;
   * memberships, attendance and tasks move to it; `mergeId` is deleted.
   */
  'contacts.merge': defineCall<ContactDto>()(
    z
      .strictObject({ keepId: idSchema, mergeId: idSchema })
      .refine((input) => input.keepId !== input.mergeId, { path: ['mergeId'], message: 'validation.mergeSame' }),
  ),
  /** `replaceSurnameMentions`: the person decided that the texts naming only the surname mean this person too. */
  /** `scrubbed` false: erased, but old bytes in the file's free space could not be overwritten yet (full disk); the next start does it. */
  'contacts.erase': defineCall<{ erased: true; scrubbed: boolean }>()(z.strictObject({ id: idSchema, replaceSurnameMentions: z.boolean().default(false) })),
  /** Before erasing: typed surnames the erasure leaves for a person to decide. */
  'contacts.erasePreview': defineCall<ErasePreviewDto>()(z.strictObject({ id: idSchema })),
  'contacts.disclosure': defineCall<ExportFileDto>()(z.strictObject({ id: idSchema })),
  'contacts.distributionList': defineCall<{ addresses: string[]; mailto: string; withoutEmail: string[] }>()(
    z.strictObject({ bodyId: idSchema, includeFormer: z.boolean().default(false) }),
  ),
  'contacts.importPreview': defineCall<ImportPreviewDto>()(z.strictObject(importSource)),
  'contacts.import': defineCall<ImportResultDto>()(z.strictObject({ ...importSource, decisions: importDecisions })),
  /** The wizard's import: starts it and answers at once; progress and result come from `contacts.importProgress`. */
  /**
   * The rows the import leaves out, as a CSV to fix and import again. `problems`: each problem's
   * message key worded in the reader's language (written into the file's first column).
   */
  'contacts.importRejects': defineCall<ExportFileDto>()(
    z.strictObject({ ...importSource, problems: z.record(z.string().max(100), z.string().max(500)).refine((map) => Object.keys(map).length <= 50) }),
  ),
  'contacts.importStart': defineCall<{ jobId: string }>()(z.strictObject({ ...importSource, decisions: importDecisions })),
  'contacts.importProgress': defineCall<ImportJobDto>()(jobId),
  /** Stops a running import; the transaction rolls back, nothing of the file stays. */
  'contacts.importCancel': defineCall<ImportJobDto>()(jobId),
  'organizations.list': defineCall<OrganizationListDto>()(
    z.strictObject({
      /** Part of the name (case and diacritics do not matter): the pickers search as the person types. */
      text: searchText(200).default(''),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(ORGANIZATION_LIST_MAX).default(ORGANIZATION_LIST_PAGE),
    }),
  ),
  'organizations.create': defineCall<OrganizationDto>()(z.strictObject(organizationFields)),
  'organizations.update': defineCall<OrganizationDto>()(z.strictObject({ id: idSchema, ...organizationFields })),
  /** Deletes an organisation entered by mistake; its contacts stay, only their link to it goes. */
  'organizations.delete': defineCall<{ id: number; unlinkedContacts: number }>()(z.strictObject({ id: idSchema })),
  'bodies.list': defineCall<BodyDto[]>()(noInput),
  'bodies.create': defineCall<BodyDto>()(z.strictObject(bodyFields)),
  'bodies.update': defineCall<BodyDto>()(z.strictObject({ id: idSchema, ...bodyFields })),
  /** Deletes a body entered by mistake; refused while it has memberships (former ones too) or meetings. */
  'bodies.delete': defineCall<{ id: number }>()(z.strictObject({ id: idSchema })),
  'memberships.list': defineCall<MembershipDto[]>()(z.strictObject({ bodyId: idSchema })),
  'memberships.create': defineCall<MembershipDto>()(membershipFields),
  /** Role and dates of one membership (person and body stay). */
  'memberships.update': defineCall<MembershipDto>()(z.strictObject({ id: idSchema, ...membershipTerms }).superRefine(membershipInOrder)),
  /** Ends a membership on a day (not before it began). */
  'memberships.end': defineCall<MembershipDto>()(z.strictObject({ id: idSchema, to: isoDate })),
  /** Removes a membership entered by mistake. */
  'memberships.delete': defineCall<{ id: number }>()(z.strictObject({ id: idSchema })),
} as const;
