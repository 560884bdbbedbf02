/**
 * How a Leitbild-Werkstatt database file identifies itself in the SQLite header:
 * `application_id` marks the file as ours, `user_version` is the schema version
 * (the number of migrations applied). Both are written inside the migration transaction.
 */
export const APPLICATION_ID = 0x4c425721; // "LBW!"
export const DATABASE_FILE_NAME = 'leitbild-werkstatt.sqlite';
