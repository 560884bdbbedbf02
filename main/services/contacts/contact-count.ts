import type { EntityManager } from 'typeorm';
import type { ParsedInput } from '../../../contract';

type ContactFilter = Omit<ParsedInput<'contacts.list'>, 'offset' | 'limit'>;

/** The list without search or filter: every contact that is not erased. */
export const isWholeList = (filter: ContactFilter): boolean =>
  filter.text.trim() === '' &&
  !filter.category &&
  filter.bodyId === undefined &&
  filter.organizationId === undefined &&
  filter.consent === 'any' &&
  !filter.includeErased;

/** How many contacts the whole list holds, kept by triggers (migration 10) instead of counted on each visit. */
export async function listedContacts(manager: EntityManager): Promise<number> {
  const [row] = (await manager.query('SELECT n FROM contact_listed WHERE id = 1')) as Array<{ n: number }>;
  return row?.n ?? 0;
}
