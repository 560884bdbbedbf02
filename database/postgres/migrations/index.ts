import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PostgresTables1764115300001 } from './0001-tables';
import { PostgresDerivedTables1764115300002 } from './0002-derived-tables';
import { PostgresSearch1764115300003 } from './0003-search';
import { PostgresNameOrder1764115300004 } from './0004-name-order';
import { PostgresErasure1764115300005 } from './0005-erasure';
import { PostgresListOrder1764115300006 } from './0006-list-order';
import { PostgresRecordVersions1764115300007 } from './0007-record-versions';
import { PostgresChangeNotices1764115300008 } from './0008-change-notices';

type MigrationClass = new () => MigrationInterface;

/** PostgreSQL's own line of schema versions (its dialect differs); append only, as for SQLite. */
const ordered: readonly MigrationClass[] = [
  PostgresTables1764115300001,
  PostgresDerivedTables1764115300002,
  PostgresSearch1764115300003,
  PostgresNameOrder1764115300004,
  PostgresErasure1764115300005,
  PostgresListOrder1764115300006,
  PostgresRecordVersions1764115300007,
  PostgresChangeNotices1764115300008,
];

/** Each migration stamps `schema_identity.version` in its own transaction, as SQLite's user_version. */
function stampingVersion(Migration: MigrationClass, version: number): MigrationClass {
  return class extends Migration {
    override async up(queryRunner: QueryRunner): Promise<void> {
      await super.up(queryRunner);
      await queryRunner.query(`UPDATE schema_identity SET version = ${version}`);
    }
  };
}

export const postgresMigrations: readonly MigrationClass[] = ordered.map((Migration, index) => stampingVersion(Migration, index + 1));

export const POSTGRES_SCHEMA_VERSION = ordered.length;
