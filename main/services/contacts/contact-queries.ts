import type { EntityManager } from 'typeorm';
import type { ContactListDto, ContactRowDto, ParsedInput } from '../../../contract';
import { toMatchQuery } from '../measures/measure-text';
import { CONSENT_SQL, displayName, SEP } from './contact-records';

/** The contact list: full-text search (diacritic-insensitive FTS5), filters, alphabetical order, a total. */
export async function listContacts(manager: EntityManager, filter: ParsedInput<'contacts.list'>): Promise<ContactListDto> {
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
}

/** Every category in use, for the filter (sorted the German way). */
export async function listCategories(manager: EntityManager): Promise<string[]> {
  const rows: Array<{ value: string }> = await manager.query(
    'SELECT DISTINCT j.value AS value FROM contact c, json_each(c.categories) j WHERE c.erased_at IS NULL',
  );
  const collator = new Intl.Collator('de', { sensitivity: 'base' });
  const seen = new Map<string, string>();
  for (const { value } of rows) if (!seen.has(value.toLocaleLowerCase('de'))) seen.set(value.toLocaleLowerCase('de'), value);
  return [...seen.values()].sort(collator.compare);
}
