// The contacts contract's lists and limits without zod, so the renderer can load them cheaply;
// './contacts' re-exports them (and builds its schemas from them).

export const ORGANIZATION_KINDS = ['traeger', 'verein', 'behoerde', 'religionsgemeinschaft', 'schule', 'unternehmen', 'initiative', 'other'] as const;
export const BODY_KINDS = ['integrationsrat', 'arbeitsgruppe', 'sozialausschuss', 'bezirksversammlung', 'fraktion', 'runder_tisch', 'arbeitskreis', 'fachforum', 'other'] as const;
export const MEMBERSHIP_ROLES = ['chair', 'vice_chair', 'member', 'deputy', 'council_representative', 'guest'] as const;
/** Kinds of a phone number; a fax is one too (Outlook's "Fax geschäftlich", "Fax privat"). */
export const PHONE_KINDS = ['work', 'mobile', 'home', 'other', 'fax'] as const;
export const CONSENT_FILTERS = ['any', 'given', 'withdrawn', 'none'] as const;
export const IMPORT_TARGETS = [
  'salutation', 'title', 'firstName', 'lastName', 'function', 'organization', 'fraktion', 'email', 'email2', 'email3',
  'phoneWork', 'phoneMobile', 'phoneHome', 'phoneOther', 'phoneFax', 'street', 'street2', 'postalCode', 'city', 'country',
  'privateStreet', 'privatePostalCode', 'privateCity', 'privateCountry', 'department', 'birthday', 'languages', 'categories', 'notes',
  'consentPurpose', 'consentDate', 'consentHow', 'consentWithdrawnOn', 'website',
  // Kept in the notes as "Spalte: Wert"; the type of an e-mail column (to pass over Exchange-internal addresses).
  'note', 'emailType', 'email2Type', 'email3Type', 'ignore',
] as const;
export const IMPORT_DECISIONS = ['merge', 'skip', 'new'] as const;

/** Largest CSV file the import reads (decoded bytes); larger files are refused with a message. */
export const MAX_CONTACT_IMPORT_BYTES = 20 * 1024 * 1024;

/** Rows the Kontakte screen asks for at a time, and the most one call returns. */
export const CONTACT_LIST_PAGE = 100;
export const CONTACT_LIST_MAX = 500;
/** Organisations per call by default, and the most one call returns. */
export const ORGANIZATION_LIST_PAGE = 100;
export const ORGANIZATION_LIST_MAX = 1000;
