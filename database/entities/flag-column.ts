import type { EntitySchemaColumnOptions } from 'typeorm';

/**
 * A yes/no column stored as 0/1 on both engines (SQLite has no boolean; the PostgreSQL schema
 * keeps the same integers so a transfer copies rows unchanged), read as a boolean.
 */
export function flagColumn(defaultValue: boolean, name?: string): EntitySchemaColumnOptions {
  return {
    type: 'integer',
    ...(name ? { name } : {}),
    default: defaultValue ? 1 : 0,
    transformer: {
      to: (value: boolean | null | undefined) => (value === undefined || value === null ? value : value ? 1 : 0),
      from: (value: number | boolean | null) => (value === null ? null : value === true || value === 1),
    },
  };
}
