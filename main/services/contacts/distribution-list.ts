import type { EntityManager } from 'typeorm';
import type { ParsedInput } from '../../../contract';
import { todayIso } from '../text-compare';
import { assertBody, CURRENT_SQL, displayName, emailKey } from './contact-records';

const collator = new Intl.Collator('de', { sensitivity: 'base' });

/** A body's mailing list: the first address of each (current) member, for BCC. */
export async function distributionList(
  manager: EntityManager,
  input: ParsedInput<'contacts.distributionList'>,
): Promise<{ addresses: string[]; mailto: string; withoutEmail: string[] }> {
  await assertBody(manager, input.bodyId);
  const today = todayIso();
  const rows: Array<{ firstName: string; lastName: string; emails: string }> = await manager.query(
    `SELECT DISTINCT c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.emails
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
}
