// Document limits the renderer checks before sending, without zod; './documents' re-exports them.

/** Logos beyond this size make every document heavy; a letterhead logo needs far less. */
export const LOGO_MAX_BYTES = 1_000_000;
