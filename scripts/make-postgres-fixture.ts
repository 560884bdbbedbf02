import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresMigrations } from '../database/postgres/migrations';
import { openPostgres } from '../database/postgres/open-postgres';
import { startPostgres } from '../test-support/postgres-server';

/**
 * `npx tsx scripts/make-postgres-fixture.ts VERSION`: a PostgreSQL database as the release with that
 * schema version writes it, with a few rows in the SQL of that version (frozen here), dumped by
 * pg_dump into database/postgres/fixtures/schema-VERSION.sql for the migration tests. Run it once
 * when a PostgreSQL schema version is released; commit the result; never regenerate an old one.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const now = '2026-12-07T09:00:00.000Z';

const BASE = [
  `INSERT INTO app_setting (key, value) VALUES ('districtName', '"Bezirksamt Altona"')`,
  `INSERT INTO edition (id, title, period_from, period_to, status, created_at, updated_at) VALUES (1, 'Zusammenleben in Vielfalt', 2026, 2028, 'adopted', '${now}', '${now}')`,
  `INSERT INTO field_of_action (id, edition_id, name, short_code, position, created_at, updated_at) VALUES (1, 1, 'Sprache', 'SP', 1, '${now}', '${now}'), (2, 1, 'Arbeit', 'AR', 2, '${now}', '${now}')`,
  `INSERT INTO measure (id, edition_id, field_of_action_id, code, title, status, lead, lead_key, created_at, updated_at) VALUES
     (1, 1, 1, 'SP-1', 'Sprachcafé im Stadtteilzentrum', 'implementing', 'Bücherhalle', 'buecherhalle', '${now}', '${now}'),
     (2, 1, 2, 'AR-1', 'Jobmesse für Zugewanderte', 'adopted', 'Jobcenter', 'jobcenter', '${now}', '${now}')`,
  `INSERT INTO measure_tag (measure_id, tag) VALUES (1, 'Sprache'), (2, 'Arbeit')`,
  `INSERT INTO status_change (measure_id, changed_on, from_status, to_status, entered_by, created_at) VALUES (1, '2026-06-01', 'adopted', 'implementing', 'Frau Yılmaz', '${now}')`,
  `INSERT INTO progress_note (measure_id, noted_on, text, entered_by, created_at) VALUES (1, '2026-09-15', 'Läuft jeden Dienstag', 'Frau Yılmaz', '${now}')`,
  `INSERT INTO contact (id, last_name, first_name, categories, sort_key, created_at, updated_at) VALUES (1, 'Özdemir', 'Ayşe', '["Integrationsrat","integrationsrat"]', 'ozdemir ayse', '${now}', '${now}')`,
  `INSERT INTO body (id, name, kind, created_at) VALUES (1, 'Integrationsrat Altona', 'integrationsrat', '${now}')`,
  `INSERT INTO membership (contact_id, body_id, role, created_at) VALUES (1, 1, 'chair', '${now}')`,
  `INSERT INTO meeting (id, kind, body_id, starts_at, created_at, updated_at) VALUES (1, 'council_meeting', 1, '2026-03-12T18:00', '${now}', '${now}')`,
  `INSERT INTO action_item (meeting_id, title, due_on, created_at, updated_at) VALUES (1, 'Raum buchen', '2026-04-01', '${now}', '${now}')`,
];
const SEED: Record<number, readonly string[]> = { 1: BASE, 2: BASE, 3: BASE, 4: BASE, 5: BASE, 6: BASE, 7: BASE, 8: BASE };

async function main(version: number): Promise<void> {
  const seed = SEED[version];
  if (!seed || version > postgresMigrations.length) throw new Error(`no seed for PostgreSQL schema ${version}`);
  const server = await startPostgres();
  try {
    const url = await server.createDatabase('fixture');
    const dataSource = await openPostgres(url, { migrations: postgresMigrations.slice(0, version) });
    for (const statement of seed) await dataSource.query(statement);
    await dataSource.destroy();
    const out = path.join(root, 'database', 'postgres', 'fixtures', `schema-${version}.sql`);
    const dump = execFileSync('pg_dump', ['--no-owner', '--no-privileges', `--dbname=${url}`], { encoding: 'utf8' });
    fs.writeFileSync(out, dump);
    console.log(`${out}: ${dump.length} characters`);
  } finally {
    await server.stop();
  }
}

main(Number(process.argv[2])).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
