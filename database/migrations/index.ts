import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Initial1764115200001 } from './0001-initial';
import { EditionsAndMeasures1764115200002 } from './0002-editions-and-measures';
import { Motions1764115200003 } from './0003-motions';
import { Contacts1764115200004 } from './0004-contacts';
import { Meetings1764115200005 } from './0005-meetings';
import { AttendanceFraktion1764115200006 } from './0006-attendance-fraktion';
import { RecordedAttendanceGenitiveIcs1764115200007 } from './0007-recorded-attendance-genitive-ics';
import { ContactOrigin1764115200008 } from './0008-contact-origin';
import { MeasureSortKeys1764115200009 } from './0009-measure-sort-keys';
import { ScreenCounts1764115200010 } from './0010-screen-counts';
import { MeasureSearchPrefixes1764115200011 } from './0011-measure-search-prefixes';
import { OrganizationReach1764115200012 } from './0012-organization-reach';
import { ContactDetails1764115200013 } from './0013-contact-details';
import { MeasureSearchLongerPrefixes1764115200014 } from './0014-measure-search-longer-prefixes';
import { RecordVersions1764115200015 } from './0015-record-versions';

type MigrationClass = new () => MigrationInterface;

/** Append only: a released migration is never edited. Position + 1 is the schema version it produces. */
const ordered: readonly MigrationClass[] = [
  Initial1764115200001,
  EditionsAndMeasures1764115200002,
  Motions1764115200003,
  Contacts1764115200004,
  Meetings1764115200005,
  AttendanceFraktion1764115200006,
  RecordedAttendanceGenitiveIcs1764115200007,
  ContactOrigin1764115200008,
  MeasureSortKeys1764115200009,
  ScreenCounts1764115200010,
  MeasureSearchPrefixes1764115200011,
  OrganizationReach1764115200012,
  ContactDetails1764115200013,
  MeasureSearchLongerPrefixes1764115200014,
  RecordVersions1764115200015,
];

/**
 * Each migration also stamps `PRAGMA user_version` inside its own transaction,
 * so the version in the file header always matches the applied schema.
 */
function stampingVersion(Migration: MigrationClass, version: number): MigrationClass {
  return class extends Migration {
    override async up(queryRunner: QueryRunner): Promise<void> {
      await super.up(queryRunner);
      await queryRunner.query(`PRAGMA user_version = ${version}`);
    }
  };
}

export const migrations: readonly MigrationClass[] = ordered.map((Migration, index) => stampingVersion(Migration, index + 1));

export const SCHEMA_VERSION = ordered.length;
