import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresServer, startPostgres, type TestPostgres } from '../../test-support/postgres-server';
import { derivedDifferences } from './derived-check';
import { POSTGRES_SCHEMA_VERSION } from './migrations';
import { openPostgres } from './open-postgres';

const fixturesDir = path.join(import.meta.dirname, 'fixtures');
const fixture = (version: number) => path.join(fixturesDir, `schema-${version}.sql`);
let server: TestPostgres;
let freshSchema: string;

describe('PostgreSQL migrations from every released schema version', () => {
  it('has a fixture (a pg_dump of that release) for every PostgreSQL schema version', () => {
    for (let version = 1; version <= POSTGRES_SCHEMA_VERSION; version++) expect(fs.existsSync(fixture(version)), `schema-${version}.sql`).toBe(true);
  });

  describe.skipIf(postgresServer.skip)('on a real server', () => {
    beforeAll(async () => {
      postgresServer.check();
      server = await startPostgres();
      await (await openPostgres(await server.createDatabase('fresh'))).destroy();
      freshSchema = server.schemaOf('fresh');
    });
    afterAll(() => server?.stop());

    for (let version = 1; version <= POSTGRES_SCHEMA_VERSION; version++) {
      it(`schema ${version} → current: the same schema as a new database, the rows kept, every derived value right`, async () => {
        const database = `from_${version}`;
        const url = await server.createDatabase(database);
        server.loadSqlFile(database, fixture(version));
        expect(await server.query('SELECT version FROM schema_identity', [], database)).toEqual([{ version }]);
        const dataSource = await openPostgres(url);
        try {
          expect(await dataSource.query('SELECT version FROM schema_identity')).toEqual([{ version: POSTGRES_SCHEMA_VERSION }]);
          expect(await dataSource.query('SELECT code, title, last_activity_on FROM measure ORDER BY id')).toEqual([
            { code: 'SP-1', title: 'Sprachcafé im Stadtteilzentrum', last_activity_on: '2026-09-15' },
            { code: 'AR-1', title: 'Jobmesse für Zugewanderte', last_activity_on: '' },
          ]);
          expect(await derivedDifferences((sql) => dataSource.query(sql))).toEqual([]);
        } finally {
          await dataSource.destroy();
        }
        // A released migration edited afterwards would show here: migrated ≠ new.
        expect(server.schemaOf(database)).toEqual(freshSchema);
      });
    }
  });
});
