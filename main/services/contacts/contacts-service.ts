import type {
  BodyDto,
  ContactDto,
  ContactListDto,
  ErasePreviewDto,
  ExportFileDto,
  ImportJobDto,
  ImportPreviewDto,
  ImportResultDto,
  MembershipDto,
  OrganizationDto,
  OrganizationListDto,
  ParsedInput,
} from '../../../contract';
import type { AppDatabase } from '../../../database/app-database';
import { dialectOf } from '../../../database/sql-dialect';
import { scrubAfterErase } from '../../../database/wal-checkpoint';
import type { DisclosureController } from '../../../documents/disclosure/art15-information';
import {
  bodyMemberships,
  createBody,
  createMembership,
  createOrganization,
  deleteBody,
  deleteOrganization,
  deleteMembership,
  endMembership,
  updateBody,
  updateMembership,
  updateOrganization,
} from './bodies-and-memberships';
import { mergeContacts } from './contact-merge';
import { disclosure, eraseContact, erasePreview, vacuumAfterErase } from './contact-privacy';
import { rejectedRowsCsv } from './import-rejects';
import { listCategories, listContacts, matchingContactIds } from './contact-queries';
import { listOrganizations } from './organization-queries';
import { bodyRows, loadContact } from './contact-records';
import { createContact, updateContact } from './contact-writes';
import { distributionList } from './distribution-list';
import { ImportFileReader } from './import-file-reader';
import { ImportJobs } from './import-jobs';
import { previewImport, runImport } from './import-run';
import type { CurrentUser } from '../measures/measure-history';

/**
 * Contacts, organisations, bodies and memberships; CSV import and export, vCard, DSGVO disclosure
 * and erasure. Each call is one unit of work on the database (reads queued, writes in one
 * transaction); the work itself lives in the focused modules beside this file.
 */
export class ContactsService {
  private readonly jobs: ImportJobs;
  /** The file of the last preview, read once for the import that follows it. */
  private readonly files = new ImportFileReader();

  constructor(
    private readonly db: AppDatabase,
    private readonly currentUser: CurrentUser,
  ) {
    this.jobs = new ImportJobs(db, this.files);
  }

  list(filter: ParsedInput<'contacts.list'>): Promise<ContactListDto> {
    return this.db.read((manager) => listContacts(manager, filter));
  }

  matchingIds(filter: ParsedInput<'contacts.matchingIds'>): Promise<{ ids: number[] }> {
    return this.db.read(async (manager) => ({ ids: await matchingContactIds(manager, filter) }));
  }

  categories(): Promise<string[]> {
    return this.db.read((manager) => listCategories(manager));
  }

  get(id: number): Promise<ContactDto> {
    return this.db.read((manager) => loadContact(manager, id));
  }

  create(input: ParsedInput<'contacts.create'>): Promise<ContactDto> {
    return this.db.write((manager) => createContact(manager, input));
  }

  update(input: ParsedInput<'contacts.update'>): Promise<ContactDto> {
    return this.db.write((manager) => updateContact(manager, input));
  }

  async erase(id: number, replaceSurnameMentions = false): Promise<{ erased: true; scrubbed: boolean }> {
    const result = await this.db.write((manager) => eraseContact(manager, id, { replaceSurnameMentions }));
    // After the commit: old bytes may remain in free space (files from earlier versions) and in the WAL.
    const onServer = dialectOf(this.db.dataSource.manager) === 'postgres';
    return { ...result, scrubbed: await (onServer ? vacuumAfterErase(this.db) : scrubAfterErase(this.db)) };
  }

  /** What the erase dialog shows before the decision: typed surnames it cannot replace on its own. */
  erasePreview(id: number): Promise<ErasePreviewDto> {
    return this.db.read((manager) => erasePreview(manager, id));
  }

  merge(input: ParsedInput<'contacts.merge'>): Promise<ContactDto> {
    return this.db.write(async (manager) => mergeContacts(manager, input.keepId, input.mergeId, await this.currentUser(manager)));
  }

  disclosure(id: number, controller: DisclosureController): Promise<ExportFileDto> {
    return this.db.read((manager) => disclosure(manager, id, controller));
  }


  distributionList(input: ParsedInput<'contacts.distributionList'>): Promise<{ addresses: string[]; mailto: string; withoutEmail: string[] }> {
    return this.db.read((manager) => distributionList(manager, input));
  }

  async importPreview(input: ParsedInput<'contacts.importPreview'>): Promise<ImportPreviewDto> {
    const parsed = await this.files.read(input);
    return this.db.read((manager) => previewImport(manager, parsed));
  }

  /** All or nothing in one transaction (the CLI's way; the wizard uses the job calls below). */
  async import(input: ParsedInput<'contacts.import'>): Promise<ImportResultDto> {
    const parsed = await this.files.read(input);
    try {
      return await this.db.write((manager) => runImport(manager, parsed, input.decisions, input.fileName));
    } finally {
      this.files.release(parsed);
    }
  }

  /** The rows an import leaves out, as a CSV to fix ("fehlerhafte-zeilen_kontakte.csv"). */
  async importRejects(input: ParsedInput<'contacts.importRejects'>): Promise<ExportFileDto> {
    const { csv } = await rejectedRowsCsv(input, (messageKey) => input.problems[messageKey] ?? messageKey);
    const base = input.fileName.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 80) || 'kontakte';
    return { fileName: `fehlerhafte-zeilen_${base}.csv`, mimeType: 'text/csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') };
  }

  importStart(input: ParsedInput<'contacts.importStart'>): Promise<{ jobId: string }> {
    return this.jobs.start(input);
  }

  importProgress(jobId: string): ImportJobDto {
    return this.jobs.progress(jobId);
  }

  importCancel(jobId: string): ImportJobDto {
    return this.jobs.cancel(jobId);
  }

  organizations(input: ParsedInput<'organizations.list'>): Promise<OrganizationListDto> {
    return this.db.read((manager) => listOrganizations(manager, input));
  }

  createOrganization(input: ParsedInput<'organizations.create'>): Promise<OrganizationDto> {
    return this.db.write((manager) => createOrganization(manager, input));
  }

  updateOrganization(input: ParsedInput<'organizations.update'>): Promise<OrganizationDto> {
    return this.db.write((manager) => updateOrganization(manager, input));
  }

  deleteOrganization(id: number): Promise<{ id: number; unlinkedContacts: number }> {
    return this.db.write((manager) => deleteOrganization(manager, id));
  }

  bodies(): Promise<BodyDto[]> {
    return this.db.read((manager) => bodyRows(manager));
  }

  createBody(input: ParsedInput<'bodies.create'>): Promise<BodyDto> {
    return this.db.write((manager) => createBody(manager, input));
  }

  updateBody(input: ParsedInput<'bodies.update'>): Promise<BodyDto> {
    return this.db.write((manager) => updateBody(manager, input));
  }

  deleteBody(id: number): Promise<{ id: number }> {
    return this.db.write((manager) => deleteBody(manager, id));
  }

  memberships(bodyId: number): Promise<MembershipDto[]> {
    return this.db.read((manager) => bodyMemberships(manager, bodyId));
  }

  createMembership(input: ParsedInput<'memberships.create'>): Promise<MembershipDto> {
    return this.db.write((manager) => createMembership(manager, input));
  }

  updateMembership(input: ParsedInput<'memberships.update'>): Promise<MembershipDto> {
    return this.db.write((manager) => updateMembership(manager, input));
  }

  endMembership(input: ParsedInput<'memberships.end'>): Promise<MembershipDto> {
    return this.db.write((manager) => endMembership(manager, input));
  }

  deleteMembership(id: number): Promise<{ id: number }> {
    return this.db.write((manager) => deleteMembership(manager, id));
  }
}
