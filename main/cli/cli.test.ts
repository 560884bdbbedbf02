import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { databaseFileIn } from '../../database/open-database';
import { paragraphTexts } from '../../documents/testing/docx-inspect';
import { outlookCompleteCsv, outlookCsv, outlookRow, parseVcards } from '../../test-support/contact-files';
import { createEdition, startTestCore } from '../../test-support/core';
import { completeOutlookExport } from '../../test-support/outlook-complete-export';
import { canMount, fillDisk, mountSmallDisk, unmountSmallDisks } from '../../test-support/small-disk';
import { cli } from '../../test-support/cli-process';
import { dumpSqlite } from '../../test-support/sqlite-dump';
import { tempDir } from '../../test-support/temp-dir';
import { osUserName } from '../core/os-user';

describe('admin command line', () => {
  it('prints help with exit 0, and refuses a wrong call with exit 2', () => {
    const help = cli('--help');
    expect(help.code).toBe(0);
    for (const command of ['check', 'backup', 'restore', 'migrate', 'demo', 'docs', 'import-contacts', 'export-contacts', 'export-database']) expect(help.stdout).toContain(command);
    expect(cli('zaubern').code).toBe(2);
    expect(cli('restore', '--data-dir', tempDir()).code).toBe(2);
  });

  it('backup then restore round-trips the demo database to the same content', async () => {
    const dataDir = tempDir();
    expect(cli('demo', '--data-dir', dataDir)).toMatchObject({ code: 0 });
    const original = await dumpSqlite(databaseFileIn(dataDir));
    expect(original.measure).toHaveLength(40);

    const backup = cli('backup', '--data-dir', dataDir);
    expect(backup.code).toBe(0);
    const backupFile = /Sicherung erstellt: (.+)$/.exec(backup.stdout)![1]!;
    expect(fs.existsSync(backupFile)).toBe(true);

    // Damage the data after the backup, then restore.
    fs.writeFileSync(databaseFileIn(dataDir), Buffer.alloc(8192, 1));
    for (const suffix of ['-wal', '-shm']) fs.rmSync(databaseFileIn(dataDir) + suffix, { force: true });
    expect(cli('check', '--data-dir', dataDir).code).toBe(1);
    const restore = cli('restore', backupFile, '--data-dir', dataDir);
    expect(restore).toMatchObject({ code: 0 });
    expect(await dumpSqlite(databaseFileIn(dataDir))).toEqual(original);
    expect(cli('check', '--data-dir', dataDir)).toMatchObject({ code: 0, stdout: expect.stringContaining('Datenbank in Ordnung') });
  });

  it('writes Word documents with the same builders as the app', async () => {
    const dataDir = tempDir();
    expect(cli('demo', '--data-dir', dataDir).code).toBe(0);
    const out = path.join(tempDir(), 'antrag.docx');
    expect(cli('docs', '--kind', 'antrag', '--fraktion', 'SPD,GRÜNE', '--date', '2022-05-24', '--out', out, '--data-dir', dataDir)).toMatchObject({ code: 0 });
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const texts = paragraphTexts(await zip.file('word/document.xml')!.async('string'));
    const text = texts.join('\n');
    expect(text).toContain('Gemeinsamer Antrag der SPD-Fraktion und der GRÜNE-Fraktion');
    expect(text).toContain('Die Bezirksversammlung möge beschließen:');
    // Signed by the chairs the demo's memberships name for that day, not left blank.
    const signedFor = texts.indexOf('Für die SPD-Fraktion');
    expect(signedFor).toBeGreaterThan(0);
    expect(texts.slice(signedFor).some((line) => /^[A-ZÄÖÜ][\p{L}-]+ [\p{L} -]+$/u.test(line) && !line.startsWith('Für die'))).toBe(true);
    const early = cli('docs', '--kind', 'antrag', '--fraktion', 'SPD', '--date', '2021-01-01', '--out', out, '--data-dir', dataDir);
    expect(early).toMatchObject({ code: 1, stderr: expect.stringContaining('Planungswerkstatt fand erst am 25.09.2021 statt') });
    expect(cli('docs', '--kind', 'antrag', '--out', out, '--data-dir', dataDir).code).toBe(2);
    expect(cli('docs', '--kind', 'brief', '--out', out, '--data-dir', dataDir).code).toBe(2);
  });

  it("writes a meeting's minutes, public minutes, invitation and calendar entry", async () => {
    const dataDir = tempDir();
    expect(cli('demo', '--data-dir', dataDir).code).toBe(0);
    const outDir = tempDir();
    // Meeting 4 of the demo: the second AG session, minutes approved.
    const minutes = path.join(outDir, 'protokoll.docx');
    expect(cli('docs', '--kind', 'minutes', '--meeting', '4', '--out', minutes, '--data-dir', dataDir)).toMatchObject({ code: 0 });
    const zip = await JSZip.loadAsync(fs.readFileSync(minutes));
    expect(paragraphTexts(await zip.file('word/document.xml')!.async('string')).join('\n')).toContain('Protokoll der 2. Sitzung');
    const ics = path.join(outDir, 'termin.ics');
    expect(cli('docs', '--kind', 'ics', '--meeting', '4', '--out', ics, '--data-dir', dataDir).code).toBe(0);
    expect(fs.readFileSync(ics, 'utf8')).toContain('DTSTART;TZID=Europe/Berlin:20220126T170000');
    expect(cli('docs', '--kind', 'minutes', '--out', minutes, '--data-dir', dataDir).code).toBe(2);
    const missing = cli('docs', '--kind', 'invitation', '--meeting', '999', '--out', minutes, '--data-dir', dataDir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Sitzung/);
  });

  it('imports a complete Outlook export (dry run first) without questions, skips duplicates, and exports CSV, vCard and .xlsx that imports back to the same contacts', () => {
    const dataDir = tempDir();
    expect(cli('migrate', '--data-dir', dataDir).code).toBe(0);
    const complete = path.join(tempDir(), 'Outlook-Kontakte.CSV');
    fs.writeFileSync(complete, completeOutlookExport());
    const dry = cli('import-contacts', complete, '--dry-run', '--data-dir', dataDir);
    expect(dry).toMatchObject({ code: 0, stdout: expect.stringContaining('Datei gelesen (outlook, windows-1252): 6 gültige Zeilen, 0 fehlerhafte.') });
    expect(dry.stdout).toContain('Zeile 3: Hinweis: Exchange-interne Adresse');
    expect(dry.stdout).toContain('Zeile 4: Hinweis: Nur eine Firma, keine Person: wird zur Organisation „Stadtteilschule Harburg“');
    const exportedBefore = path.join(tempDir(), 'leer.csv');
    expect(cli('export-contacts', '--format', 'csv', '--out', exportedBefore, '--data-dir', dataDir).stdout).toContain('0 Kontakte');
    const imported = cli('import-contacts', complete, '--data-dir', dataDir);
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringContaining('Importiert: 5 neu, 0 zusammengeführt, 0 übersprungen.') });
    expect(imported.stdout).toContain('Organisationen aus Zeilen nur mit Firma: 1');
    // A second, shorter Outlook file: the people already there (same e-mail) are skipped without a question.
    const csv = path.join(tempDir(), 'outlook.csv');
    fs.writeFileSync(csv, outlookCsv());
    expect(cli('import-contacts', csv, '--data-dir', dataDir)).toMatchObject({ code: 0, stdout: expect.stringMatching(/Importiert: 1 neu, 0 zusammengeführt, 2 übersprungen/) });

    const vcf = path.join(tempDir(), 'kontakte.vcf');
    expect(cli('export-contacts', '--format', 'vcard', '--out', vcf, '--data-dir', dataDir).code).toBe(0);
    expect(parseVcards(fs.readFileSync(vcf, 'utf8'))).toHaveLength(6);
    const out = path.join(tempDir(), 'kontakte.csv');
    expect(cli('export-contacts', '--format', 'csv', '--out', out, '--data-dir', dataDir)).toMatchObject({ code: 0, stdout: expect.stringContaining('6 Kontakte') });
    expect(fs.readFileSync(out).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const workbook = path.join(tempDir(), 'kontakte.xlsx');
    expect(cli('export-contacts', '--format', 'xlsx', '--out', workbook, '--data-dir', dataDir).code).toBe(0);
    expect(fs.readFileSync(workbook).subarray(0, 2).toString()).toBe('PK');
    // The workbook goes back in as it came out: its CSV export is the same, byte for byte (every field of every contact).
    const again = tempDir();
    expect(cli('migrate', '--data-dir', again).code).toBe(0);
    expect(cli('import-contacts', workbook, '--data-dir', again)).toMatchObject({ code: 0, stdout: expect.stringContaining('Importiert: 6 neu, 0 zusammengeführt, 0 übersprungen.') });
    const outAgain = path.join(tempDir(), 'wieder.csv');
    expect(cli('export-contacts', '--format', 'csv', '--out', outAgain, '--data-dir', again).code).toBe(0);
    expect(fs.readFileSync(outAgain, 'utf8')).toBe(fs.readFileSync(out, 'utf8'));
    // The private address has its own fields (schema 13): its postcode keeps the 0 in front.
    expect(fs.readFileSync(out, 'utf8')).toContain('01067');
    expect(cli('export-contacts', '--format', 'pdf', '--out', out, '--data-dir', dataDir).code).toBe(2);
  });

  it('import-contacts with bad rows imports nothing, or with --skip-invalid the good rows and hands the bad ones back as a CSV to fix', () => {
    const dataDir = tempDir();
    expect(cli('migrate', '--data-dir', dataDir).code).toBe(0);
    const folder = tempDir();
    const csv = path.join(folder, 'Kontakte Outlook.csv');
    fs.writeFileSync(
      csv,
      outlookCompleteCsv([
        outlookRow({ Vorname: 'Ayse', Nachname: 'Özdemir', 'E-Mail-Adresse': 'a.oezdemir@example.org', Notizen: 'eins\r\nzwei' }),
        outlookRow({ Vorname: 'Jürgen', Nachname: 'Müller', 'E-Mail-Adresse': 'kein-at-zeichen' }),
        outlookRow({ Vorname: 'Leyla', Nachname: 'Rahimi', 'E-Mail-Adresse': '/o=ExchangeLabs/ou=x/cn=Recipients/cn=lr', 'E-Mail-Typ': 'EX', 'E-Mail 2: Adresse': 'l.rahimi@example.org' }),
      ]),
    );
    const refused = cli('import-contacts', csv, '--data-dir', dataDir);
    expect(refused.code).toBe(1);
    // Excel's row 3 starts on line 4 of the file: the note above it has two lines.
    expect(refused.stdout).toContain('Zeile 3 (in der Datei ab Zeile 4): email: Die E-Mail-Adresse in dieser Zeile ist ungültig.');
    expect(refused.stdout).toMatch(/Zeile 4 \(in der Datei ab Zeile 5\): Hinweis: Exchange-interne Adresse/);
    expect(refused.stderr).toContain('--skip-invalid');
    const listed = path.join(tempDir(), 'liste.csv');
    expect(cli('export-contacts', '--format', 'csv', '--out', listed, '--data-dir', dataDir).stdout).toContain('0 Kontakte');

    const partial = cli('import-contacts', csv, '--skip-invalid', '--data-dir', dataDir);
    expect(partial).toMatchObject({ code: 0, stdout: expect.stringContaining('Importiert: 2 neu, 0 zusammengeführt, 1 übersprungen') });
    const rejects = path.join(folder, 'fehlerhafte-zeilen_Kontakte-Outlook.csv');
    expect(partial.stdout).toContain(rejects);
    const rows = fs.readFileSync(rejects, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.startsWith('Fehler beim Einlesen;Anrede;Vorname;')).toBe(true);
    expect(rows[1]!.startsWith('Die E-Mail-Adresse in dieser Zeile ist ungültig.;;Jürgen;;Müller;')).toBe(true);

    // Corrected in Excel, the file goes in; its problem column is left out.
    fs.writeFileSync(rejects, fs.readFileSync(rejects, 'utf8').replace('kein-at-zeichen', 'j.mueller@example.org'));
    expect(cli('import-contacts', rejects, '--data-dir', dataDir)).toMatchObject({ code: 0, stdout: expect.stringContaining('Importiert: 1 neu') });
    expect(cli('export-contacts', '--format', 'csv', '--out', listed, '--data-dir', dataDir).stdout).toContain('3 Kontakte');
    expect(fs.readFileSync(listed, 'utf8')).not.toContain('Fehler beim Einlesen');
  });

  it('import-contacts refuses, with the German message and nothing imported, a file whose columns it does not know and a file above the size limit', () => {
    const dataDir = tempDir();
    expect(cli('migrate', '--data-dir', dataDir).code).toBe(0);
    const folder = tempDir();
    const french = path.join(folder, 'contacts.csv');
    fs.writeFileSync(french, '"Prénom","Nom","Adresse de messagerie"\r\n"Jérôme","Lefèvre","j.lefevre@example.org"\r\n');
    for (const args of [[], ['--dry-run']]) {
      const refused = cli('import-contacts', french, ...args, '--data-dir', dataDir);
      expect(refused.code).toBe(1);
      expect(`${refused.stdout}\n${refused.stderr}`).toContain('Die Spaltennamen dieser Datei sind unbekannt – vielleicht ein Outlook-Export in einer anderen Sprache.');
    }
    const large = path.join(folder, 'gross.csv');
    fs.writeFileSync(large, 'Nachname\r\n' + 'Schmidt\r\n'.repeat(2_700_000));
    const tooLarge = cli('import-contacts', large, '--data-dir', dataDir);
    expect(tooLarge.code).toBe(1);
    expect(`${tooLarge.stdout}\n${tooLarge.stderr}`).toContain('Die Datei ist zu groß. Es lassen sich Dateien bis 20 MB einlesen.');
    const listed = path.join(tempDir(), 'liste.csv');
    expect(cli('export-contacts', '--format', 'csv', '--out', listed, '--data-dir', dataDir).stdout).toContain('0 Kontakte');
  });

  it('export-contacts streams every contact, past the old 100,000 cut, into the file and nothing beside it', async () => {
    const dataDir = tempDir();
    const core = await startTestCore(dataDir);
    // 100,001 people in one statement (the import would take minutes); names folded as the service does.
    // Every other one has a phone as the district generator stores it (a bare string), which once broke the vCard export off.
    await core.database!.write((manager) =>
      manager.query(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100001)
        INSERT INTO contact (first_name, last_name, sort_key, phones, created_at, updated_at)
        SELECT 'Vorname' || i, 'Nachname' || i, 'nachname' || i,
          CASE WHEN i % 2 THEN json_array('040 ' || i) ELSE json_array(json_object('kind', 'mobile', 'number', '0170 ' || i)) END, '2026-01-01', '2026-01-01' FROM n`),
    );
    await core.close();
    const folder = tempDir();
    const vcf = path.join(folder, 'alle.vcf');
    const result = cli('export-contacts', '--format', 'vcard', '--out', vcf, '--data-dir', dataDir);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('100001 Kontakte exportiert') });
    const text = fs.readFileSync(vcf, 'utf8');
    expect(text.match(/BEGIN:VCARD/g)).toHaveLength(100_001);
    expect(text).toContain('FN:Vorname100001 Nachname100001');
    expect(text.match(/^TEL;TYPE=WORK,VOICE:040 \d+\r$/gm)).toHaveLength(50_001);
    expect(text.match(/^TEL;TYPE=CELL,VOICE:0170 \d+\r$/gm)).toHaveLength(50_000);
    expect(fs.readdirSync(folder)).toEqual(['alle.vcf']);
  }, 120_000);

  it('export-contacts from a file damaged inside the contacts says the database is damaged and leaves nothing', async () => {
    const dataDir = tempDir();
    const core = await startTestCore(dataDir);
    await core.database!.write((manager) =>
      manager.query(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
        INSERT INTO contact (first_name, last_name, sort_key, notes, created_at, updated_at) SELECT 'Vorname' || i, 'Nachname' || i, 'nachname' || i, printf('%.200c', 'x'), '2026-01-01', '2026-01-01' FROM n`),
    );
    await core.close();
    // The export no longer waits for the full-file check: the damage shows when its read meets it.
    const file = databaseFileIn(dataDir);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, Math.floor(bytes.length * 0.5), Math.floor(bytes.length * 0.5) + 64 * 1024);
    fs.writeFileSync(file, bytes);
    const folder = tempDir();
    const result = cli('export-contacts', '--format', 'csv', '--out', path.join(folder, 'alle.csv'), '--data-dir', dataDir);
    expect(result).toMatchObject({ code: 1, stderr: expect.stringMatching(/^Datenbank fehlerhaft: .*malformed/) });
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('export-database streams a snapshot into the file; a full disk fails in German with nothing left', async () => {
    const dataDir = tempDir();
    expect(cli('demo', '--data-dir', dataDir).code).toBe(0);
    const folder = tempDir();
    const out = path.join(folder, 'Bezirk.sqlite');
    const result = cli('export-database', '--out', out, '--data-dir', dataDir);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Datenbank exportiert \(\d+ KB\): /) });
    expect(fs.readdirSync(folder)).toEqual(['Bezirk.sqlite']);
    expect((await dumpSqlite(out)).measure).toHaveLength(40);
    // The scratch snapshot in the data folder is gone.
    expect(fs.existsSync(path.join(dataDir, '.temp'))).toBe(false);
    expect(cli('export-database', '--data-dir', dataDir).code).toBe(2);

    if (!canMount) return;
    try {
      const disk = mountSmallDisk(1);
      fillDisk(disk);
      const full = cli('export-database', '--out', path.join(disk, 'Bezirk.sqlite'), '--data-dir', dataDir);
      expect(full.code).toBe(1);
      expect(full.stderr).toMatch(/kein Platz mehr/);
      expect(fs.readdirSync(disk)).toEqual(['filler.bin']);
    } finally {
      unmountSmallDisks();
    }
  }, 120_000);

  it('writes a backup to another folder with --to, and fails with one line and exit 1 on a refused file', () => {
    const dataDir = tempDir();
    expect(cli('migrate', '--data-dir', dataDir).code).toBe(0);
    const target = path.join(tempDir(), 'Netzlaufwerk');
    const result = cli('backup', '--to', target, '--data-dir', dataDir);
    expect(result.code).toBe(0);
    expect(fs.readdirSync(target)).toEqual([expect.stringMatching(/^Sicherung_\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d_manuell\.sqlite$/)]);

    const broken = tempDir();
    fs.writeFileSync(databaseFileIn(broken), 'kaputt'.repeat(2000));
    const refused = cli('backup', '--data-dir', broken);
    expect(refused.code).toBe(1);
    expect(refused.stderr.split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/wurde nicht geöffnet \(corrupt\)/);
  });

  it.skipIf(process.platform === 'win32')('refuses a --to folder it cannot use with one German line and exit 1, fast', () => {
    const dataDir = tempDir();
    expect(cli('migrate', '--data-dir', dataDir).code).toBe(0);
    const started = Date.now();
    const system = cli('backup', '--to', '/proc/nope', '--data-dir', dataDir);
    expect(Date.now() - started).toBeLessThan(15_000); // a process start with tsx; it used to spin for minutes
    expect(system).toMatchObject({ code: 1, stderr: expect.stringContaining('„/proc/nope“ ist ein Systemordner') });
    expect(system.stderr.split('\n')).toHaveLength(1);
    const aFile = path.join(tempDir(), 'datei.txt');
    fs.writeFileSync(aFile, 'x');
    const notAFolder = cli('backup', '--to', path.join(aFile, 'unter'), '--data-dir', dataDir);
    expect(notAFolder).toMatchObject({ code: 1, stderr: expect.stringContaining('ist kein Ordner') });
    expect(notAFolder.stderr.split('\n')).toHaveLength(1);
  });

  it('refuses writing commands while the app runs on the folder, and still checks, backs up and exports', async () => {
    // The running app: a core in this test process holds the data folder.
    const app = await startTestCore();
    const dataDir = app.dataDir;
    await createEdition(app, 'Vor der Sicherung');
    const backupFile = path.join(app.backups.folder(), (await app.backups.create('manual')).fileName);
    await createEdition(app, 'Nach der Sicherung');
    const before = await dumpSqlite(databaseFileIn(dataDir));

    const restore = cli('restore', backupFile, '--data-dir', dataDir);
    expect(restore.code).toBe(1);
    expect(restore.stderr.split('\n')).toHaveLength(1);
    expect(restore.stderr).toMatch(new RegExp(`^Die Daten werden gerade von ${osUserName()} auf ${os.hostname()} benutzt \\(seit .+\\)\\.`));
    for (const writing of [['migrate'], ['demo'], ['import-contacts', backupFile]]) {
      expect(cli(...writing, '--data-dir', dataDir)).toMatchObject({ code: 1, stderr: expect.stringContaining('Die Daten werden gerade von') });
    }

    expect(cli('check', '--data-dir', dataDir)).toMatchObject({ code: 0, stdout: expect.stringContaining('Datenbank in Ordnung') });
    const backup = cli('backup', '--data-dir', dataDir);
    expect(backup.code).toBe(0);
    const copy = await dumpSqlite(/Sicherung erstellt: (.+)$/.exec(backup.stdout)![1]!);
    expect(copy.edition).toEqual(before.edition);
    const out = path.join(tempDir(), 'kontakte.csv');
    expect(cli('export-contacts', '--format', 'csv', '--out', out, '--data-dir', dataDir)).toMatchObject({ code: 0, stdout: expect.stringContaining('0 Kontakte') });
    // A dry run writes nothing: it reads the file and the data beside the app; the real import is refused.
    const csv = path.join(tempDir(), 'outlook.csv');
    fs.writeFileSync(csv, outlookCsv());
    expect(cli('import-contacts', csv, '--dry-run', '--data-dir', dataDir)).toMatchObject({ code: 0, stdout: expect.stringContaining('windows-1252') });
    expect(cli('import-contacts', csv, '--data-dir', dataDir)).toMatchObject({ code: 1, stderr: expect.stringContaining('Die Daten werden gerade von') });

    // Untouched by the refused commands and the dry run, and the app keeps writing.
    expect(await dumpSqlite(databaseFileIn(dataDir))).toEqual(before);
    await createEdition(app, 'Danach angelegt');
  });
});
