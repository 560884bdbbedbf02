import fs from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import type { CallInput, CallName, CallOutput, CallResult } from '../../contract';
import { MAX_CONTACT_IMPORT_BYTES } from '../../contract/contacts-constants';
import { vacuumInto } from '../../database/backup-file';
import { SCHEMA_VERSION } from '../../database/migrations';
import { databaseFileIn } from '../../database/open-database';
import { preflight, type PreflightResult } from '../../database/preflight';
import { nearlyFull, notWritableDetail, type StorageProblem } from '../../database/storage-errors';
import { startAppCore, type AppCore, type AppCoreOptions } from '../core/app-core';
import { seedDemo } from '../demo/seed-demo';
import { MEETING_FILE_KINDS, meetingFile, type MeetingFileKind } from '../demo/meeting-sample-set';
import { buildDocumentOfKind } from '../demo/sample-set';
import { DomainError } from '../services/domain-error';
import { backupFileName } from '../services/maintenance/backup-names';
import { checkUserFolder, FOLDER_MESSAGE_KEYS } from '../services/maintenance/user-path';
import { todayIso } from '../services/text-compare';
import { plainPlatform } from '../core/plain-platform';
import { databaseExport } from '../core/exports/database-export';
import { writeExport } from '../core/exports/write-export';
import { prepareContactExport } from '../services/contacts/contact-export-stream';
import { CliFailure, diskFailure, isDiskReason, UsageError, type CliCommand, type CliContext } from './cli-command';
import { backupPostgres, checkPostgres, migratePostgres } from './postgres-maintenance';
import { sharedCommand } from './shared-command';
import { transferCommand } from './transfer-command';

export { CliFailure, UsageError };

const isMeetingKind = (kind: unknown): kind is MeetingFileKind => MEETING_FILE_KINDS.includes(kind as MeetingFileKind);

/** `docs --kind minutes|minutes-public|invitation|attendance-sheet|ics --meeting ID [--out DATEI]`: a meeting's file, named as the app names it unless --out says otherwise. */
async function writeMeetingFile(context: CliContext, kind: MeetingFileKind, options: Readonly<Record<string, string | boolean | undefined>>): Promise<void> {
  const meetingId = typeof options.meeting === 'string' ? Number(options.meeting) : NaN;
  if (!Number.isInteger(meetingId) || meetingId <= 0) throw new UsageError(context.t('cli.missingArgument', { argument: '--meeting ID' }));
  await withReadCore(context, async (core) => {
    const meeting = await core.dispatch('meetings.get', { id: meetingId });
    if (!meeting.ok) throw new CliFailure(context.t(meeting.error.messageKey, meeting.error.params ?? {}));
    const file = await meetingFile(core.dispatch, kind, meeting.data as CallOutput<'meetings.get'>, todayIso());
    const target = path.resolve(typeof options.out === 'string' ? options.out : file.fileName);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.content);
    context.out(context.t('cli.docsDone', { path: target }));
  });
}

/** Why a read without the full-file check failed: the damage `check` would report, or null when the file is sound. */
async function damageIn(file: string): Promise<string | null> {
  const checked = await preflight(file, SCHEMA_VERSION);
  return checked.ok ? null : `${checked.reason}: ${checked.detail}`;
}


const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** The one German line for a data folder another process writes in: who, where, since when. */
function inUseFailure(context: CliContext, database: AppCore['status']['database']): CliFailure | null {
  if (database.state !== 'refused' || database.reason !== 'in-use' || !database.holder) return null;
  const { user, host, since, lockFile, abandoned } = database.holder;
  const when = new Date(since).toLocaleString(context.t('cli.dateLocale'), { dateStyle: 'medium', timeStyle: 'short' });
  return new CliFailure(context.t(abandoned ? 'cli.inUseAbandoned' : 'cli.inUse', { user: user || '?', host, since: when, lockFile }));
}

type IntegrityCheck = AppCoreOptions['integrityCheck'];

const startCliCore = (context: CliContext, access: 'write' | 'read', integrityCheck?: IntegrityCheck) =>
  startAppCore({ dataDir: context.dataDir, appVersion: context.appVersion, platform: plainPlatform, logger: context.logger, access, lockMode: 'cli', integrityCheck });

/** For commands that only read (backup, docs, export): they work beside the running app. */
const withReadCore = <T>(context: CliContext, work: (core: AppCore) => Promise<T>): Promise<T> => withCore(context, work, 'read');

async function withCore<T>(context: CliContext, work: (core: AppCore) => Promise<T>, access: 'write' | 'read' = 'write', integrityCheck?: IntegrityCheck): Promise<T> {
  const core = await startCliCore(context, access, integrityCheck);
  try {
    const database = core.status.database;
    const inUse = inUseFailure(context, database);
    if (inUse) throw inUse;
    if (database.state === 'refused' && isDiskReason(database.reason)) throw diskFailure(context, { reason: database.reason, detail: database.detail }, database.path);
    if (database.state === 'refused') throw new CliFailure(context.t('cli.refused', { path: database.path, reason: database.reason, detail: database.detail }));
    if (database.state === 'read-only') throw new CliFailure(context.t('cli.checkFailed', { detail: database.detail }));
    return await work(core);
  } catch (error) {
    // The German line for the person; the error itself (and its cause) for the log.
    if (error instanceof DomainError) throw new CliFailure(context.t(error.messageKey, error.options.params ?? {}), { cause: error });
    throw error;
  } finally {
    await core.close();
  }
}

/** A call through the app's dispatch; a refusal becomes a one-line failure in German. */
async function mustDispatch<N extends CallName>(context: CliContext, core: AppCore, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = (await core.dispatch(name, input)) as CallResult<CallOutput<N>>;
  if (!result.ok) {
    const first = result.error.fields[0];
    throw new CliFailure(context.t(first?.messageKey ?? result.error.messageKey, { ...(first?.params ?? result.error.params ?? {}) }));
  }
  return result.data;
}


/**
 * A disk problem `check` reports in its own words, not as "fehlerhaft": also for an intact file
 * the app could not save to (write-protected folder, full disk).
 */
function checkDisk(dataDir: string, file: string, checked: PreflightResult): { reason: StorageProblem; detail: string } | null {
  if (!checked.ok) return isDiskReason(checked.reason) ? { reason: checked.reason, detail: checked.detail } : null;
  if (!fs.existsSync(dataDir)) return null;
  const notWritable = notWritableDetail(dataDir, file);
  if (notWritable) return { reason: 'not-writable', detail: notWritable };
  return nearlyFull(dataDir) ? { reason: 'disk-full', detail: dataDir } : null;
}

/** The commands are thin: they call the same core and services as the app. */
export const commands: readonly CliCommand[] = [
  {
    name: 'check',
    async run(context, _args, options) {
      if (options.database !== undefined) return checkPostgres(context, options);
      const file = databaseFileIn(context.dataDir);
      const checked = await preflight(file, SCHEMA_VERSION);
      const onDisk = checkDisk(context.dataDir, file, checked);
      if (onDisk) throw diskFailure(context, onDisk, file);
      if (!checked.ok) throw new CliFailure(context.t('cli.checkFailed', { detail: `${checked.reason}: ${checked.detail}` }));
      const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
      context.out(context.t('cli.checkOk', { path: file, version: checked.schemaVersion, size: formatSize(size) }));
    },
  },
  {
    name: 'backup',
    async run(context, _args, options) {
      if (options.database !== undefined) return backupPostgres(context, options);
      const to = options.to;
      // The typed folder is checked before the data is opened: /proc, a file or a dead share fail fast, in German.
      const folder = typeof to === 'string' ? await checkUserFolder(path.resolve(to)) : null;
      if (folder && !folder.ok) throw new CliFailure(context.t(FOLDER_MESSAGE_KEYS[folder.problem], { folder: to }));
      await withReadCore(context, async (core) => {
        if (folder?.ok) {
          // Named like the backups in the backup folder (local time, "manuell"), so it can be put back there.
          const target = path.join(folder.folder, backupFileName('manual', new Date()));
          try {
            await vacuumInto(core.status.database.path, target);
            const checked = await preflight(target, SCHEMA_VERSION);
            if (!checked.ok) throw new Error(`backup check failed: ${checked.reason}`);
          } catch (error) {
            // The OS reason goes to the log; the person reads one German line.
            context.logger.error('cli backup --to failed', error);
            fs.rmSync(target, { force: true });
            throw new CliFailure(context.t('backups.errors.createFailed'));
          }
          context.out(context.t('cli.backupDone', { path: target }));
          return;
        }
        const backup = await core.backups.create('manual');
        context.out(context.t('cli.backupDone', { path: path.join(core.backups.folder(), backup.fileName) }));
      });
    },
  },
  {
    name: 'restore',
    async run(context, args) {
      const file = args[0];
      if (!file) throw new UsageError(context.t('cli.missingArgument', { argument: 'DATEI' }));
      if (!fs.existsSync(file)) throw new CliFailure(context.t('cli.fileMissing', { file }));
      // A damaged current file must not stop a restore: that is what restore is for.
      const core = await startCliCore(context, 'write');
      try {
        const inUse = inUseFailure(context, core.status.database);
        if (inUse) throw inUse;
        await core.replaceDatabase(path.resolve(file));
        context.out(context.t('cli.restoreDone', { file }));
      } catch (error) {
        if (error instanceof DomainError) throw new CliFailure(context.t(error.messageKey, error.options.params ?? {}));
        throw error;
      } finally {
        await core.close();
      }
    },
  },
  {
    name: 'docs',
    async run(context, _args, options) {
      const kind = options.kind;
      const out = options.out;
      if (typeof out !== 'string' && !isMeetingKind(kind)) throw new UsageError(context.t('cli.missingArgument', { argument: '--out DATEI' }));
      if (isMeetingKind(kind)) return writeMeetingFile(context, kind, options);
      if (kind !== 'antrag' && kind !== 'edition' && kind !== 'report') {
        throw new UsageError(context.t('cli.missingArgument', { argument: `--kind antrag|edition|report|${MEETING_FILE_KINDS.join('|')}` }));
      }
      if (typeof out !== 'string') throw new UsageError(context.t('cli.missingArgument', { argument: '--out DATEI' }));
      const fraktionen = typeof options.fraktion === 'string' ? options.fraktion.split(',').map((name) => name.trim()).filter(Boolean) : [];
      if (kind === 'antrag' && fraktionen.length === 0) throw new UsageError(context.t('cli.missingArgument', { argument: '--fraktion SPD,GRÜNE' }));
      await withReadCore(context, async (core) => {
        const editions = await core.dispatch('editions.list', {});
        const newest = editions.ok ? (editions.data as Array<{ id: number }>)[0] : undefined;
        const editionId = typeof options.edition === 'string' ? Number(options.edition) : newest?.id;
        if (!editionId) throw new CliFailure(context.t('cli.noEdition'));
        // Signed by each Fraktion's chair on the Antrag's date (--date, else today), from the memberships.
        const date = typeof options.date === 'string' ? options.date : todayIso();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(context.t('cli.missingArgument', { argument: '--date JJJJ-MM-TT' }));
        const built = await buildDocumentOfKind(core.dispatch, kind, editionId, date, { fraktionen, date });
        const target = path.resolve(out);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, await Packer.toBuffer(built.document));
        for (const hint of built.hints ?? []) context.out(context.t(hint.key, hint.params));
        context.out(context.t('cli.docsDone', { path: target }));
      });
    },
  },
  {
    name: 'import-contacts',
    async run(context, args, options) {
      const file = args[0];
      if (!file) throw new UsageError(context.t('cli.missingArgument', { argument: 'DATEI' }));
      if (!fs.existsSync(file)) throw new CliFailure(context.t('cli.fileMissing', { file }));
      // Not read into memory when it is too large anyway: the message names the limit.
      if (fs.statSync(file).size > MAX_CONTACT_IMPORT_BYTES) throw new CliFailure(context.t('contacts.import.tooLarge', { maxMegabytes: MAX_CONTACT_IMPORT_BYTES / 1024 / 1024 }));
      const source = { fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') };
      await withCore(context, async (core) => {
        const preview = await mustDispatch(context, core, 'contacts.importPreview', source);
        // The CLI takes the mapping as guessed: one it cannot import is refused, in a dry run too.
        const [mappingProblem] = preview.mappingProblems;
        if (mappingProblem) throw new CliFailure(context.t(mappingProblem.messageKey, mappingProblem.params));
        context.out(context.t('cli.importPreview', { valid: preview.validCount, errors: preview.errorCount, encoding: preview.encoding, format: preview.format }));
        const where = (row: { record: number; line: number }) =>
          row.record === row.line ? context.t('cli.importRow', { record: row.record }) : context.t('cli.importRowAtLine', { record: row.record, line: row.line });
        const bad = preview.rows.filter((entry) => entry.errors.length > 0);
        for (const row of bad.slice(0, 20)) {
          context.out(context.t('cli.importBadRow', { row: where(row), problems: row.errors.map((problem) => `${problem.field}: ${context.t(problem.messageKey)}`).join('; ') }));
        }
        for (const row of preview.rows.filter((entry) => entry.notices.length > 0).slice(0, 20)) {
          context.out(context.t('cli.importNotice', { row: where(row), notices: row.notices.map((notice) => context.t(notice.messageKey, notice.params)).join('; ') }));
        }
        if (options['dry-run']) return;
        // The CLI never guesses for a person: a file with bad rows is imported only when asked to skip them.
        if (bad.length > 0 && !options['skip-invalid']) throw new CliFailure(context.t('cli.importHasErrors', { errors: preview.errorCount }));
        const decisions = Object.fromEntries(bad.map((row) => [String(row.line), 'skip' as const]));
        const result = await mustDispatch(context, core, 'contacts.import', { ...source, decisions });
        context.out(context.t('cli.importDone', { created: result.created, merged: result.merged, skipped: result.skipped }));
        if (result.organizations > 0) context.out(context.t('cli.importOrganizations', { count: result.organizations }));
        if (bad.length > 0) {
          const keys = new Set(bad.flatMap((row) => row.errors.map((problem) => problem.messageKey)));
          const problems = Object.fromEntries([...keys].map((key) => [key, context.t(key)]));
          const rejects = await mustDispatch(context, core, 'contacts.importRejects', { ...source, problems });
          const target = path.join(path.dirname(path.resolve(file)), rejects.fileName);
          fs.writeFileSync(target, Buffer.from(rejects.contentBase64, 'base64'));
          context.out(context.t('cli.importRejectsWritten', { count: bad.length, path: target }));
        }
        // A dry run writes nothing: like check, backup and export it works beside the running app.
      }, options['dry-run'] ? 'read' : 'write');
    },
  },
  {
    name: 'export-contacts',
    async run(context, _args, options) {
      const format = options.format;
      const out = options.out;
      if (format !== 'csv' && format !== 'xlsx' && format !== 'vcard') throw new UsageError(context.t('cli.missingArgument', { argument: '--format csv|xlsx|vcard' }));
      if (typeof out !== 'string') throw new UsageError(context.t('cli.missingArgument', { argument: '--out DATEI' }));
      const target = path.resolve(out);
      // Only reads: like the app's exports it does not wait for the full-file check (seconds on a large
      // district); `check` is the command for that, and a damaged page fails the export that meets it.
      await withCore(
        context,
        async (core) => {
          const db = core.database!;
          try {
            // Every contact, however many: streamed batch by batch into a partial file, renamed when complete.
            const { total } = await mustDispatch(context, core, 'contacts.list', { limit: 1 });
            const file = await prepareContactExport((work) => db.read(work), format, { filter: { text: '', category: '', consent: 'any' } });
            fs.mkdirSync(path.dirname(target), { recursive: true });
            await writeExport(target, file.chunks());
            context.out(context.t('cli.exportDone', { count: total, path: target }));
          } catch (error) {
            // Checked only now: a damaged file is named as such, not as an unexpected error.
            const damage = await damageIn(core.status.database.path);
            if (damage) throw new CliFailure(context.t('cli.checkFailed', { detail: damage }), { cause: error });
            throw error;
          }
        },
        'read',
        'skip-for-reading',
      );
    },
  },
  {
    name: 'export-database',
    async run(context, _args, options) {
      const out = options.out;
      if (typeof out !== 'string') throw new UsageError(context.t('cli.missingArgument', { argument: '--out DATEI' }));
      const target = path.resolve(out);
      await withReadCore(context, async (core) => {
        // A consistent snapshot (VACUUM INTO in the data folder's temp), streamed into a partial file beside the target.
        fs.mkdirSync(path.dirname(target), { recursive: true });
        const size = await writeExport(target, databaseExport(core.status.database.path, core.dataDir).chunks());
        context.out(context.t('cli.exportDatabaseDone', { path: target, size: formatSize(size) }));
      });
    },
  },
  {
    name: 'migrate',
    async run(context, _args, options) {
      if (options.database !== undefined) return migratePostgres(context, options);
      await withCore(context, async (core) => {
        context.out(context.t('cli.migrateDone', { version: SCHEMA_VERSION, path: core.status.database.path }));
      });
    },
  },
  {
    name: 'demo',
    async run(context) {
      await withCore(context, async (core) => {
        try {
          const counts = await seedDemo(core.dispatch);
          context.out(context.t('cli.demoDone', { editions: counts.editions, fields: counts.fieldsOfAction, measures: counts.measures }));
        } catch (error) {
          throw new CliFailure((error as Error).message);
        }
      });
    },
  },
  transferCommand,
  sharedCommand,
];
