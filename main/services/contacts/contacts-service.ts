import type { EntityManager } from 'typeorm';
import type {
  BodyDto,
  ContactDto,
  ContactListDto,
  ContactRowDto,
  ExportFileDto,
  ImportPreviewDto,
  ImportResultDto,
  ImportRowReportDto,
  MembershipDto,
  OrganizationDto,
  ParsedInput,
} from '../../../contract';
import type { AppDatabase } from '../../../database/app-database';
import { bulkInsert } from '../../../database/bulk-insert';
import { DomainError, isUniqueViolation, notFound } from '../domain-error';
import { toMatchQuery } from '../measures/measure-text';
import { nowIso, todayIso } from '../text-compare';
import { fold, readImport, type ImportedContact, type ParsedImport } from './contact-import';
import { writeExcelCsv } from './csv';
import { toVcard } from './vcard';

const SEP = '\u001f';
const collator = new Intl.Collator('de', { sensitivity: 'base' });
const ERASED_NAME = '—';

interface ContactRecord {
  id: number;
  salutation: string;
  title: string;
  first_name: string;
  last_name: string;
  function: string;
  fraktion: string;
  emails: string;
  phones: string;
  street: string;
  postal_code: string;
  city: string;
  languages: string;
  categories: string;
  notes: string;
  consent_purpose: string;
  consent_date: string | null;
  consent_how: string;
  consent_withdrawn_on: string | null;
  erased_at: string | null;
  created_at: string;
  updated_at: string;
}

type ContactFields = Omit<ParsedInput<'contacts.create'>, 'organizationIds'>;

const CONSENT_SQL = `CASE WHEN c.consent_withdrawn_on IS NOT NULL THEN 'withdrawn' WHEN c.consent_date IS NOT NULL THEN 'given' ELSE 'none' END`;
const CURRENT_SQL = `(m.date_to IS NULL OR m.date_to >= ?) AND (m.date_from IS NULL OR m.date_from <= ?)`;

const MEMBERSHIP_SQL = `
  SELECT m.id, m.contact_id AS contactId, c.first_name AS firstName, c.last_name AS lastName, c.erased_at AS erasedAt,
         m.body_id AS bodyId, b.name AS bodyName, m.role, m.date_from AS "from", m.date_to AS "to"
  FROM membership m JOIN contact c ON c.id = m.contact_id JOIN body b ON b.id = m.body_id`;

/** Alphabetical order as in German phone books: umlauts as their base letter, last name first. */
const sortKeyOf = (first: string, last: string) => `${fold(last)}\u0001${fold(first)}`;

const columnsOf = (fields: ContactFields) => [
  fields.salutation,
  fields.title,
  fields.firstName,
  fields.lastName,
  fields.function,
  fields.fraktion,
  JSON.stringify(fields.emails),
  JSON.stringify(fields.phones),
  fields.street,
  fields.postalCode,
  fields.city,
  JSON.stringify(fields.languages),
  JSON.stringify(fields.categories),
  fields.notes,
  fields.consentPurpose,
  fields.consentDate,
  fields.consentHow,
  fields.consentWithdrawnOn,
  sortKeyOf(fields.firstName, fields.lastName),
];
const COLUMNS = `salutation, title, first_name, last_name, function, fraktion, emails, phones, street, postal_code, city,
  languages, categories, notes, consent_purpose, consent_date, consent_how, consent_withdrawn_on, sort_key`;
const INSERT_SQL = `INSERT INTO contact (id, ${COLUMNS}, created_at, updated_at) VALUES (${Array(22).fill('?').join(',')})`;

/** The sqlite driver answers an INSERT with the new row's id. */
const insertRow = async (manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> => (await manager.query(sql, parameters)) as number;

const displayName = (first: string, last: string, erased: boolean) => (erased ? ERASED_NAME : [first, last].filter(Boolean).join(' '));
const toFile = (fileName: string, mimeType: string, text: string): ExportFileDto => ({
  fileName,
  mimeType,
  contentBase64: Buffer.from(text, 'utf8').toString('base64'),
});
const safeFileName = (text: string) => fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'kontakt';

/** Keys under which two rows count as the same person. */
const emailKey = (email: string) => email.trim().toLowerCase();
const nameOrgKey = (first: string, last: string, organization: string) => `${fold(first)}|${fold(last)}|${fold(organization)}`;

/** Contacts, organisations, bodies and memberships; CSV import and export, vCard, DSGVO disclosure and erasure. */
export class ContactsService {
  constructor(private readonly db: AppDatabase) {}

  list(filter: ParsedInput<'contacts.list'>): Promise<ContactListDto> {
    return this.db.read(async (manager) => {
      const where: string[] = [];
      const parameters: unknown[] = [];
      if (!filter.includeErased) where.push('c.erased_at IS NULL');
      const match = toMatchQuery(filter.text);
      if (match) {
        where.push('c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)');
        parameters.push(match);
      }
      if (filter.category) {
        where.push('EXISTS (SELECT 1 FROM json_each(c.categories) WHERE value = ? COLLATE NOCASE)');
        parameters.push(filter.category);
      }
      if (filter.organizationId !== undefined) {
        where.push('EXISTS (SELECT 1 FROM contact_organization co WHERE co.contact_id = c.id AND co.organization_id = ?)');
        parameters.push(filter.organizationId);
      }
      if (filter.bodyId !== undefined) {
        where.push('EXISTS (SELECT 1 FROM membership m WHERE m.contact_id = c.id AND m.body_id = ?)');
        parameters.push(filter.bodyId);
      }
      if (filter.consent !== 'any') {
        where.push(`${CONSENT_SQL} = ?`);
        parameters.push(filter.consent);
      }
      const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const [{ total }] = (await manager.query(`SELECT count(*) AS total FROM contact c ${whereSql}`, parameters)) as [{ total: number }];
      const rows: Array<{ id: number; firstName: string; lastName: string; function: string; orgs: string | null; emails: string; categories: string; consent: ContactRowDto['consent']; erasedAt: string | null }> =
        await manager.query(
          `SELECT c.id, c.first_name AS firstName, c.last_name AS lastName, c.function, c.emails, c.categories, c.erased_at AS erasedAt,
                  ${CONSENT_SQL} AS consent,
                  (SELECT group_concat(o.name, char(31)) FROM contact_organization co JOIN organization o ON o.id = co.organization_id
                   WHERE co.contact_id = c.id) AS orgs
           FROM contact c ${whereSql} ORDER BY c.sort_key, c.id LIMIT ?`,
          [...parameters, filter.limit],
        );
      return {
        total,
        rows: rows.map(({ orgs, emails, categories, erasedAt, ...row }) => ({
          ...row,
          displayName: displayName(row.firstName, row.lastName, erasedAt !== null),
          organizations: orgs ? orgs.split(SEP) : [],
          emails: JSON.parse(emails) as string[],
          categories: JSON.parse(categories) as string[],
          erased: erasedAt !== null,
        })),
      };
    });
  }

  get(id: number): Promise<ContactDto> {
    return this.db.read((manager) => this.load(manager, id));
  }

  create(input: ParsedInput<'contacts.create'>): Promise<ContactDto> {
    return this.db.write(async (manager) => {
      const { organizationIds, ...fields } = input;
      await this.assertOrganizations(manager, organizationIds);
      const now = nowIso();
      const id = await insertRow(manager, `INSERT INTO contact (${COLUMNS}, created_at, updated_at) VALUES (${Array(21).fill('?').join(',')})`, [
        ...columnsOf(fields),
        now,
        now,
      ]);
      await this.linkOrganizations(manager, id, organizationIds);
      return this.load(manager, id);
    });
  }

  update(input: ParsedInput<'contacts.update'>): Promise<ContactDto> {
    return this.db.write(async (manager) => {
      const { id, organizationIds, ...fields } = input;
      const existing = await this.record(manager, id);
      if (existing.erased_at) throw new DomainError('contacts.errors.erased', { code: 'rejected' });
      await this.assertOrganizations(manager, organizationIds);
      const assignments = COLUMNS.split(',').map((column) => `${column.trim()} = ?`).join(', ');
      await manager.query(`UPDATE contact SET ${assignments}, updated_at = ? WHERE id = ?`, [...columnsOf(fields), nowIso(), id]);
      await manager.query('DELETE FROM contact_organization WHERE contact_id = ?', [id]);
      await this.linkOrganizations(manager, id, organizationIds);
      return this.load(manager, id);
    });
  }

  /**
   * DSGVO Art. 17: every personal detail goes; the row stays as an anonymous placeholder so the
   * memberships (and the counts of a body's members in past years) stay intact.
   */
  erase(id: number): Promise<{ erased: true }> {
    return this.db.write(async (manager) => {
      await this.record(manager, id);
      await manager.query(
        `UPDATE contact SET salutation = '', title = '', first_name = '', last_name = ?, function = '', fraktion = '', emails = '[]',
           phones = '[]', street = '', postal_code = '', city = '', languages = '[]', categories = '[]', notes = '',
           consent_purpose = '', consent_date = NULL, consent_how = '', consent_withdrawn_on = NULL, sort_key = '\uffff', erased_at = ?, updated_at = ?
         WHERE id = ?`,
        [ERASED_NAME, nowIso(), nowIso(), id],
      );
      await manager.query('DELETE FROM contact_organization WHERE contact_id = ?', [id]);
      return { erased: true as const };
    });
  }

  /** DSGVO Art. 15: everything stored about one person, as JSON. */
  disclosure(id: number): Promise<ExportFileDto> {
    return this.db.read(async (manager) => {
      const contact = await this.load(manager, id);
      const organizations: OrganizationDto[] = await this.organizationRows(manager, contact.organizations.map((org) => org.id));
      const document = { exportedAt: nowIso(), contact, organizations, memberships: contact.memberships };
      return toFile(`auskunft-${safeFileName(contact.lastName)}-${todayIso()}.json`, 'application/json', JSON.stringify(document, null, 2));
    });
  }

  exportCsv(input: ParsedInput<'contacts.exportCsv'>): Promise<ExportFileDto> {
    return this.db.read(async (manager) => {
      const contacts = await this.loadMany(manager, input.ids);
      const header = ['Anrede', 'Titel', 'Vorname', 'Nachname', 'Funktion', 'Organisation', 'Fraktion', 'E-Mail', 'E-Mail 2', 'Telefon', 'Mobil', 'Telefon privat', 'Straße', 'PLZ', 'Ort', 'Sprachen', 'Kategorien', 'Notizen'];
      const phone = (contact: ContactDto, kind: string) => contact.phones.filter((entry) => entry.kind === kind).map((entry) => entry.number).join(', ');
      const rows = contacts.map((contact) => [
        contact.salutation,
        contact.title,
        contact.firstName,
        contact.lastName,
        contact.function,
        contact.organizations.map((org) => org.name).join(', '),
        contact.fraktion,
        contact.emails[0] ?? '',
        contact.emails[1] ?? '',
        phone(contact, 'work'),
        phone(contact, 'mobile'),
        phone(contact, 'home'),
        contact.street,
        contact.postalCode,
        contact.city,
        contact.languages.join(', '),
        contact.categories.join(', '),
        contact.notes,
      ]);
      return toFile(`kontakte-${todayIso()}.csv`, 'text/csv', writeExcelCsv([header, ...rows]));
    });
  }

  exportVcard(input: ParsedInput<'contacts.exportVcard'>): Promise<ExportFileDto> {
    return this.db.read(async (manager) => {
      const contacts = await this.loadMany(manager, input.ids);
      if (contacts.length !== new Set(input.ids).size) throw notFound('contacts.errors.notFound');
      const name = contacts.length === 1 ? safeFileName(`${contacts[0]!.firstName} ${contacts[0]!.lastName}`) : `kontakte-${todayIso()}`;
      return toFile(`${name}.vcf`, 'text/vcard', contacts.map(toVcard).join(''));
    });
  }

  distributionList(input: ParsedInput<'contacts.distributionList'>): Promise<{ addresses: string[]; mailto: string; withoutEmail: string[] }> {
    return this.db.read(async (manager) => {
      await this.bodyRow(manager, input.bodyId);
      const today = todayIso();
      const rows: Array<{ firstName: string; lastName: string; emails: string }> = await manager.query(
        `SELECT DISTINCT c.id, c.first_name AS firstName, c.last_name AS lastName, c.emails
         FROM membership m JOIN contact c ON c.id = m.contact_id
         WHERE m.body_id = ? AND c.erased_at IS NULL ${input.includeFormer ? '' : `AND ${CURRENT_SQL}`}`,
        input.includeFormer ? [input.bodyId] : [input.bodyId, today, today],
      );
      const addresses: string[] = [];
      const withoutEmail: string[] = [];
      for (const row of rows.sort((a, b) => collator.compare(a.lastName, b.lastName))) {
        const [first] = JSON.parse(row.emails) as string[];
        if (first) {
          if (!addresses.some((known) => emailKey(known) === emailKey(first))) addresses.push(first);
        } else withoutEmail.push(displayName(row.firstName, row.lastName, false));
      }
      return { addresses, mailto: `mailto:?bcc=${addresses.map(encodeURIComponent).join(',')}`, withoutEmail };
    });
  }

  importPreview(input: ParsedInput<'contacts.importPreview'>): Promise<ImportPreviewDto> {
    const parsed = readImport(input);
    return this.db.read(async (manager) => {
      const reports = await this.analyse(manager, parsed);
      return {
        format: parsed.format,
        separator: parsed.separator,
        encoding: parsed.encoding,
        headers: parsed.headers,
        mapping: parsed.mapping,
        previewRows: parsed.previewRows,
        rows: reports,
        validCount: reports.filter((row) => row.errors.length === 0).length,
        errorCount: reports.filter((row) => row.errors.length > 0).length,
        duplicateCount: reports.filter((row) => row.duplicateReason !== null).length,
      };
    });
  }

  /**
   * All or nothing in one transaction. Bad rows must be marked "skip"; duplicates are skipped
   * unless marked "merge" (fill in what the existing contact lacks) or "new".
   */
  import(input: ParsedInput<'contacts.import'>): Promise<ImportResultDto> {
    const parsed = readImport(input);
    return this.db.write(async (manager) => {
      const reports = await this.analyse(manager, parsed);
      const decisionOf = (line: number) => input.decisions[String(line)];
      const bad = reports.filter((row) => row.errors.length > 0 && decisionOf(row.line) !== 'skip');
      if (bad.length > 0) {
        throw new DomainError('contacts.import.rowsInvalid', { field: 'decisions', params: { lines: bad.map((row) => row.line).join(', '), count: bad.length } });
      }
      const byLine = new Map(parsed.contacts.map((contact) => [contact.line, contact]));
      const targetOf = new Map<number, number | null>();
      const toCreate: ImportedContact[] = [];
      const toMerge: Array<{ line: number; contact: ImportedContact }> = [];
      let skipped = 0;
      for (const report of reports) {
        const contact = byLine.get(report.line)!;
        const decision = report.errors.length > 0 ? 'skip' : report.duplicateReason ? (decisionOf(report.line) ?? 'skip') : 'new';
        if (decision === 'new') toCreate.push(contact);
        else if (decision === 'merge') toMerge.push({ line: report.line, contact });
        else skipped++;
        if (decision !== 'new') targetOf.set(report.line, report.duplicateOfContactId ?? (report.duplicateOfLine !== null ? -report.duplicateOfLine : null));
      }
      const orgIds = await this.ensureOrganizations(manager, [...toCreate, ...toMerge.map((entry) => entry.contact)].map((contact) => contact.organization));
      // Ids are given explicitly so the organisation links can be bulk-inserted too; past the AUTOINCREMENT sequence.
      const [{ last }] = (await manager.query(
        `SELECT max(coalesce((SELECT max(id) FROM contact), 0), coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'contact'), 0)) AS last`,
      )) as [{ last: number }];
      const base = last + 1;
      const now = nowIso();
      const idOfLine = new Map<number, number>();
      const contactRows = toCreate.map((contact, index) => {
        idOfLine.set(contact.line, base + index);
        return [base + index, ...columnsOf(this.fieldsOf(contact)), now, now];
      });
      await bulkInsert(manager, INSERT_SQL, contactRows);
      await bulkInsert(
        manager,
        'INSERT INTO contact_organization (contact_id, organization_id) VALUES (?, ?)',
        toCreate.filter((contact) => contact.organization).map((contact) => [idOfLine.get(contact.line)!, orgIds.get(fold(contact.organization))!]),
      );
      const resolve = (line: number): number | null => {
        const target = targetOf.get(line);
        if (target === undefined) return idOfLine.get(line) ?? null;
        if (target === null) return null;
        return target > 0 ? target : resolve(-target);
      };
      for (const { line, contact } of toMerge) {
        const targetId = resolve(line);
        if (targetId === null) continue;
        await this.merge(manager, targetId, contact, contact.organization ? orgIds.get(fold(contact.organization))! : null);
      }
      return { created: toCreate.length, merged: toMerge.length, skipped };
    });
  }

  organizations(): Promise<OrganizationDto[]> {
    return this.db.read((manager) => this.organizationRows(manager));
  }

  createOrganization(input: ParsedInput<'organizations.create'>): Promise<OrganizationDto> {
    return this.db.write(async (manager) => {
      try {
        const id = await insertRow(manager, 
          'INSERT INTO organization (name, kind, street, postal_code, city, created_at) VALUES (?, ?, ?, ?, ?, ?)',
          [input.name, input.kind, input.street, input.postalCode, input.city, nowIso()],
        );
        return (await this.organizationRows(manager, [id]))[0]!;
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('contacts.errors.organizationExists', { field: 'name' });
        throw error;
      }
    });
  }

  bodies(): Promise<BodyDto[]> {
    return this.db.read((manager) => this.bodyRows(manager));
  }

  createBody(input: ParsedInput<'bodies.create'>): Promise<BodyDto> {
    return this.db.write(async (manager) => {
      try {
        const id = await insertRow(manager, 'INSERT INTO body (name, kind, short_name, created_at) VALUES (?, ?, ?, ?)', [
          input.name,
          input.kind,
          input.shortName,
          nowIso(),
        ]);
        return (await this.bodyRows(manager, id))[0]!;
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('contacts.errors.bodyExists', { field: 'name' });
        throw error;
      }
    });
  }

  memberships(bodyId: number): Promise<MembershipDto[]> {
    return this.db.read(async (manager) => {
      await this.bodyRow(manager, bodyId);
      return this.membershipRows(manager, 'm.body_id = ?', [bodyId]);
    });
  }

  createMembership(input: ParsedInput<'memberships.create'>): Promise<MembershipDto> {
    return this.db.write(async (manager) => {
      const contact = await this.record(manager, input.contactId);
      if (contact.erased_at) throw new DomainError('contacts.errors.erased', { field: 'contactId' });
      await this.bodyRow(manager, input.bodyId);
      const id = await insertRow(manager, 
        'INSERT INTO membership (contact_id, body_id, role, date_from, date_to, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        [input.contactId, input.bodyId, input.role, input.from, input.to, nowIso()],
      );
      return (await this.membershipRows(manager, 'm.id = ?', [id]))[0]!;
    });
  }

  // ---- helpers ------------------------------------------------------------------------------

  private fieldsOf(contact: ImportedContact): ContactFields {
    return {
      salutation: contact.salutation,
      title: contact.title,
      firstName: contact.firstName,
      lastName: contact.lastName,
      function: contact.function,
      fraktion: contact.fraktion,
      emails: contact.emails,
      phones: contact.phones,
      street: contact.street,
      postalCode: contact.postalCode,
      city: contact.city,
      languages: contact.languages,
      categories: contact.categories,
      notes: contact.notes,
      consentPurpose: '',
      consentDate: null,
      consentHow: '',
      consentWithdrawnOn: null,
    };
  }

  /** Duplicates against the database and against earlier rows of the same file. */
  private async analyse(manager: EntityManager, parsed: ParsedImport): Promise<ImportRowReportDto[]> {
    const existing: Array<{ id: number; first_name: string; last_name: string; emails: string; orgs: string | null }> = await manager.query(
      `SELECT c.id, c.first_name, c.last_name, c.emails,
              (SELECT group_concat(o.name, char(31)) FROM contact_organization co JOIN organization o ON o.id = co.organization_id WHERE co.contact_id = c.id) AS orgs
       FROM contact c WHERE c.erased_at IS NULL`,
    );
    const byEmail = new Map<string, { contactId: number | null; line: number | null }>();
    const byName = new Map<string, { contactId: number | null; line: number | null }>();
    for (const row of existing) {
      for (const email of JSON.parse(row.emails) as string[]) if (!byEmail.has(emailKey(email))) byEmail.set(emailKey(email), { contactId: row.id, line: null });
      for (const org of row.orgs ? row.orgs.split(SEP) : ['']) {
        const key = nameOrgKey(row.first_name, row.last_name, org);
        if (!byName.has(key)) byName.set(key, { contactId: row.id, line: null });
      }
    }
    return parsed.contacts.map((contact) => {
      const report = {
        line: contact.line,
        name: displayName(contact.firstName, contact.lastName, false),
        errors: contact.errors,
        duplicateOfContactId: null as number | null,
        duplicateOfLine: null as number | null,
        duplicateReason: null as ImportRowReportDto['duplicateReason'],
      };
      if (contact.errors.length > 0) return report;
      const emailHit = contact.emails.map((email) => byEmail.get(emailKey(email))).find(Boolean);
      const key = nameOrgKey(contact.firstName, contact.lastName, contact.organization);
      const nameHit = byName.get(key);
      const hit = emailHit ?? nameHit;
      if (hit) {
        report.duplicateOfContactId = hit.contactId;
        report.duplicateOfLine = hit.line;
        report.duplicateReason = emailHit ? 'email' : 'nameAndOrganization';
      }
      const self = { contactId: null, line: contact.line };
      for (const email of contact.emails) if (!byEmail.has(emailKey(email))) byEmail.set(emailKey(email), self);
      if (!byName.has(key)) byName.set(key, self);
      return report;
    });
  }

  private async merge(manager: EntityManager, id: number, incoming: ImportedContact, organizationId: number | null): Promise<void> {
    const current = await this.record(manager, id);
    const union = (json: string, extra: string[]) => {
      const list = JSON.parse(json) as string[];
      for (const value of extra) if (!list.some((known) => known.toLowerCase() === value.toLowerCase())) list.push(value);
      return JSON.stringify(list);
    };
    const phones = JSON.parse(current.phones) as Array<{ kind: string; number: string }>;
    for (const phone of incoming.phones) if (!phones.some((known) => known.number === phone.number)) phones.push(phone);
    const pick = (mine: string, theirs: string) => mine || theirs;
    const notes = current.notes && incoming.notes && !current.notes.includes(incoming.notes) ? `${current.notes}\n${incoming.notes}` : pick(current.notes, incoming.notes);
    await manager.query(
      `UPDATE contact SET salutation = ?, title = ?, first_name = ?, function = ?, fraktion = ?, emails = ?, phones = ?, street = ?,
         postal_code = ?, city = ?, languages = ?, categories = ?, notes = ?, sort_key = ?, updated_at = ? WHERE id = ?`,
      [
        pick(current.salutation, incoming.salutation),
        pick(current.title, incoming.title),
        pick(current.first_name, incoming.firstName),
        pick(current.function, incoming.function),
        pick(current.fraktion, incoming.fraktion),
        union(current.emails, incoming.emails),
        JSON.stringify(phones),
        pick(current.street, incoming.street),
        pick(current.postal_code, incoming.postalCode),
        pick(current.city, incoming.city),
        union(current.languages, incoming.languages),
        union(current.categories, incoming.categories),
        notes,
        sortKeyOf(pick(current.first_name, incoming.firstName), current.last_name),
        nowIso(),
        id,
      ],
    );
    if (organizationId !== null) await manager.query('INSERT OR IGNORE INTO contact_organization (contact_id, organization_id) VALUES (?, ?)', [id, organizationId]);
  }

  /** Organisation ids by folded name; missing ones are created. */
  private async ensureOrganizations(manager: EntityManager, names: string[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    const rows: Array<{ id: number; name: string }> = await manager.query('SELECT id, name FROM organization');
    for (const row of rows) ids.set(fold(row.name), row.id);
    for (const name of names) {
      if (!name || ids.has(fold(name))) continue;
      const id = await insertRow(manager, 'INSERT INTO organization (name, created_at) VALUES (?, ?)', [name, nowIso()]);
      ids.set(fold(name), id);
    }
    return ids;
  }

  private async assertOrganizations(manager: EntityManager, ids: readonly number[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const [{ count }] = (await manager.query(`SELECT count(*) AS count FROM organization WHERE id IN (${unique.map(() => '?').join(',')})`, unique)) as [{ count: number }];
    if (count !== unique.length) throw new DomainError('contacts.errors.organizationNotFound', { field: 'organizationIds' });
  }

  private async linkOrganizations(manager: EntityManager, contactId: number, ids: readonly number[]): Promise<void> {
    for (const organizationId of new Set(ids)) {
      await manager.query('INSERT INTO contact_organization (contact_id, organization_id) VALUES (?, ?)', [contactId, organizationId]);
    }
  }

  private async record(manager: EntityManager, id: number): Promise<ContactRecord> {
    const [row] = (await manager.query('SELECT * FROM contact WHERE id = ?', [id])) as ContactRecord[];
    if (!row) throw notFound('contacts.errors.notFound');
    return row;
  }

  private async bodyRow(manager: EntityManager, id: number): Promise<void> {
    const rows: unknown[] = await manager.query('SELECT id FROM body WHERE id = ?', [id]);
    if (rows.length === 0) throw new DomainError('contacts.errors.bodyNotFound', { field: 'bodyId', code: 'not-found' });
  }

  private async loadMany(manager: EntityManager, ids: readonly number[] | undefined): Promise<ContactDto[]> {
    const all: Array<{ id: number }> = ids
      ? [...new Set(ids)].map((id) => ({ id }))
      : await manager.query('SELECT id FROM contact WHERE erased_at IS NULL ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id');
    const contacts: ContactDto[] = [];
    for (const { id } of all) {
      const [exists] = (await manager.query('SELECT id FROM contact WHERE id = ? AND erased_at IS NULL', [id])) as unknown[];
      if (exists) contacts.push(await this.load(manager, id));
    }
    return contacts;
  }

  private async load(manager: EntityManager, id: number): Promise<ContactDto> {
    const row = await this.record(manager, id);
    const organizations: Array<{ id: number; name: string }> = await manager.query(
      'SELECT o.id, o.name FROM contact_organization co JOIN organization o ON o.id = co.organization_id WHERE co.contact_id = ? ORDER BY o.name COLLATE NOCASE',
      [id],
    );
    return {
      id: row.id,
      salutation: row.salutation,
      title: row.title,
      firstName: row.first_name,
      lastName: row.last_name,
      function: row.function,
      fraktion: row.fraktion,
      organizations,
      emails: JSON.parse(row.emails) as string[],
      phones: JSON.parse(row.phones) as ContactDto['phones'],
      street: row.street,
      postalCode: row.postal_code,
      city: row.city,
      languages: JSON.parse(row.languages) as string[],
      categories: JSON.parse(row.categories) as string[],
      notes: row.notes,
      consentPurpose: row.consent_purpose,
      consentDate: row.consent_date,
      consentHow: row.consent_how,
      consentWithdrawnOn: row.consent_withdrawn_on,
      erasedAt: row.erased_at,
      memberships: await this.membershipRows(manager, 'm.contact_id = ?', [id]),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  private async membershipRows(manager: EntityManager, where: string, parameters: unknown[]): Promise<MembershipDto[]> {
    const today = todayIso();
    const rows: Array<Omit<MembershipDto, 'contactName' | 'current'> & { firstName: string; lastName: string; erasedAt: string | null }> = await manager.query(
      `${MEMBERSHIP_SQL} WHERE ${where} ORDER BY b.name COLLATE NOCASE, m.date_from`,
      parameters,
    );
    return rows.map(({ firstName, lastName, erasedAt, ...row }) => ({
      ...row,
      contactName: displayName(firstName, lastName, erasedAt !== null),
      current: (row.to === null || row.to >= today) && (row.from === null || row.from <= today),
    }));
  }

  private async organizationRows(manager: EntityManager, ids?: readonly number[]): Promise<OrganizationDto[]> {
    const filter = ids ? `WHERE o.id IN (${ids.map(() => '?').join(',') || 'NULL'})` : '';
    return manager.query(
      `SELECT o.id, o.name, o.kind, o.street, o.postal_code AS postalCode, o.city,
              (SELECT count(*) FROM contact_organization co WHERE co.organization_id = o.id) AS contactCount
       FROM organization o ${filter} ORDER BY o.name COLLATE NOCASE`,
      ids ? [...ids] : [],
    );
  }

  private async bodyRows(manager: EntityManager, id?: number): Promise<BodyDto[]> {
    const today = todayIso();
    return manager.query(
      `SELECT b.id, b.name, b.kind, b.short_name AS shortName,
              (SELECT count(*) FROM membership m WHERE m.body_id = b.id AND ${CURRENT_SQL}) AS currentMemberCount,
              (SELECT count(*) FROM membership m WHERE m.body_id = b.id) AS memberCount
       FROM body b ${id === undefined ? '' : 'WHERE b.id = ?'} ORDER BY b.kind, b.name COLLATE NOCASE`,
      id === undefined ? [today, today] : [today, today, id],
    );
  }
}
