// Backup kinds without zod, so the renderer can load them cheaply;
// './maintenance' re-exports them.

export const BACKUP_KINDS = ['daily', 'manual', 'pre-migration', 'pre-restore', 'damaged', 'set-aside'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/**
 * Copies of a refused file kept for the IT support, never offered for restore: "damaged" for a
 * corrupt file, "set-aside" for an intact one that could not be opened (newer version, not ours).
 */
export const KEPT_FOR_SUPPORT: readonly BackupKind[] = ['damaged', 'set-aside'];
