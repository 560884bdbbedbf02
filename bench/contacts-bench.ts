import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import sqlite3 from 'sqlite3';
import type { CallName } from '../contract';
import { runPrepared } from '../database/bulk-insert';
import { databaseFileIn } from '../database/open-database';
import { percentile, startBenchCore, type BenchFigure } from './bench-support';

const CONTACTS = 20_000;
const ORGANIZATIONS = 200;
const FIRST = 'Ayşe Mehmet Fatima Ali Leyla Reza Małgorzata Piotr Olga Dmitri Jürgen Anna Hans Sophie Nadia Omar Zeynep Emre Darya Karim'.split(' ');
const LAST = 'Özdemir Yılmaz Kaya Haddad Rahimi Nowak Kowalski Ivanova Petrov Müller Schmidt Schulz Weber Becker Hoffmann Demir Şahin Karimi Wiśniewska Fischer Jankowski Tehrani Sokolov Hussein Meyer'.split(' ');

interface Row {
  readonly first: string;
  readonly last: string;
  readonly org: string;
  readonly email: string;
  readonly fn: string;
}

const rows: Row[] = Array.from({ length: CONTACTS }, (_, i) => ({
  first: FIRST[i % FIRST.length]!,
  last: `${LAST[(i * 7) % LAST.length]!}${i < ORGANIZATIONS ? '' : `-${i}`}`,
  org: `Verein ${i % ORGANIZATIONS} Harburg`,
  email: `kontakt${i}@example.org`,
  fn: i % 5 === 0 ? 'Vorsitz' : 'Mitglied',
}));

function csvFile(): string {
  const lines = ['Vorname;Nachname;Organisation;E-Mail;Funktion', ...rows.map((row) => [row.first, row.last, row.org, row.email, row.fn].join(';'))];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'), 'utf8')]).toString('base64');
}

/** Raw baseline: the same rows with sqlite3 prepared statements into the same (empty) schema, one transaction. */
async function rawImport(dir: string): Promise<number> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const handle = new sqlite3.Database(databaseFileIn(dir), (error) => (error ? reject(error) : resolve(handle)));
  });
  const exec = (sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve())));
  await exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;');
  const start = performance.now();
  await exec('BEGIN');
  const now = new Date().toISOString();
  await runPrepared(db, 'INSERT INTO organization (id, name, created_at) VALUES (?, ?, ?)', Array.from({ length: ORGANIZATIONS }, (_, i) => [i + 1, `Verein ${i} Harburg`, now]));
  await runPrepared(
    db,
    'INSERT INTO contact (id, first_name, last_name, function, emails, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    rows.map((row, i) => [i + 1, row.first, row.last, row.fn, JSON.stringify([row.email]), now, now]),
  );
  await runPrepared(db, 'INSERT INTO contact_organization (contact_id, organization_id) VALUES (?, ?)', rows.map((_, i) => [i + 1, (i % ORGANIZATIONS) + 1]));
  await exec('COMMIT');
  const elapsed = performance.now() - start;
  await new Promise<void>((resolve) => db.close(() => resolve()));
  return elapsed;
}

/** 20,000 contacts: CSV import against raw prepared inserts, and search p95. */
export async function benchContacts(): Promise<BenchFigure[]> {
  const file = csvFile();
  let rawMs = Infinity;
  let appMs = Infinity;
  let app: Awaited<ReturnType<typeof startBenchCore>> | undefined;
  const scratch: string[] = [];
  for (let round = 0; round < 2; round++) {
    const baseline = await startBenchCore('contacts-raw');
    await baseline.core.close();
    scratch.push(baseline.dir);
    rawMs = Math.min(rawMs, await rawImport(baseline.dir));
    if (app) {
      await app.core.close();
      scratch.push(app.dir);
    }
    app = await startBenchCore('contacts-app');
    const start = performance.now();
    const result = await app.core.dispatch('contacts.import', { fileName: 'bench.csv', contentBase64: file });
    appMs = Math.min(appMs, performance.now() - start);
    if (!result.ok || (result.data as { created: number }).created !== CONTACTS) throw new Error(`import failed: ${JSON.stringify(result)}`);
  }
  if (!app) throw new Error('no rounds');

  const samples: number[] = [];
  const queries = ['Ozdemir', 'Muller', 'wisniewska', 'Verein 42', 'kontakt1234', 'Vorsitz', 'Ayse Kaya', 'Haddad-1001'];
  for (let round = 0; round < 20; round++) {
    for (const text of queries) {
      const start = performance.now();
      const result = await app.core.dispatch('contacts.list' satisfies CallName, { text });
      samples.push(performance.now() - start);
      if (!result.ok) throw new Error(`search failed: ${JSON.stringify(result.error)}`);
    }
  }
  const searchP95 = percentile(samples, 95);
  await app.core.close();
  for (const dir of [...scratch, app.dir]) fs.rmSync(dir, { recursive: true, force: true });
  const ratio = appMs / rawMs;
  return [
    { name: `Import 20.000 Kontakte aus CSV (App ${appMs.toFixed(0)} ms / roh ${rawMs.toFixed(0)} ms)`, value: ratio, unit: '×', target: '≤ 2×', met: ratio <= 2 },
    { name: 'Kontaktsuche p95 bei 20.000 Kontakten (contacts.list mit Text)', value: searchP95, unit: 'ms', target: '< 16 ms', met: searchP95 < 16 },
  ];
}
