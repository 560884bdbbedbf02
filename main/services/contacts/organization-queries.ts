import type { EntityManager } from 'typeorm';
import { phrasesOf } from '../../../database/sql-dialect';
import type { OrganizationDto, OrganizationListDto, ParsedInput } from '../../../contract';
import { fold } from './contact-import';

/** The ids of the organisations whose name contains the text (case and diacritics do not matter), in name order. */
async function matchingIds(manager: EntityManager, text: string): Promise<number[]> {
  const needle = fold(text);
  // Names only (a district keeps hundreds to a few thousand organisations): folded in JS, as SQLite cannot fold "Ö".
  const names: Array<{ id: number; name: string }> = await manager.query(`SELECT id, name FROM organization ORDER BY name COLLATE NOCASE`);
  return names.filter((org) => fold(org.name).includes(needle)).map((org) => org.id);
}

/** The organisations for these ids (in this order) with their contact counts from one grouped query. */
async function organizationPage(manager: EntityManager, ids: readonly number[]): Promise<OrganizationDto[]> {
  if (ids.length === 0) return [];
  const idList = JSON.stringify(ids);
  const { idsFromJson } = phrasesOf(manager);
  const rows: OrganizationDto[] = await manager.query(
    `SELECT o.id, o.name, o.kind, o.street, o.postal_code AS "postalCode", o.city, o.email, o.phone, o.website, coalesce(n."contactCount", 0) AS "contactCount"
     FROM organization o
     LEFT JOIN (SELECT organization_id, count(*) AS "contactCount" FROM contact_organization
                WHERE organization_id IN (${idsFromJson}) GROUP BY organization_id) n ON n.organization_id = o.id
     WHERE o.id IN (${idsFromJson})`,
    [idList, idList],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One page of the organisations in name order (the unique name index), optionally those whose name contains a text. */
export async function listOrganizations(manager: EntityManager, input: ParsedInput<'organizations.list'>): Promise<OrganizationListDto> {
  if (input.text.trim()) {
    const ids = await matchingIds(manager, input.text);
    return { rows: await organizationPage(manager, ids.slice(input.offset, input.offset + input.limit)), total: ids.length };
  }
  const page: Array<{ id: number }> = await manager.query(`SELECT id FROM organization ORDER BY name COLLATE NOCASE LIMIT ? OFFSET ?`, [input.limit, input.offset]);
  const [{ total }] = (await manager.query('SELECT count(*) AS total FROM organization')) as [{ total: number }];
  return { rows: await organizationPage(manager, page.map((row) => row.id)), total };
}
