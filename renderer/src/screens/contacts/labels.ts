import type { TFunction } from 'i18next';
import { BODY_KINDS, MEMBERSHIP_ROLES, ORGANIZATION_KINDS } from '../../../../contract/contacts-constants';

/** Choices for the selects, with their German (or English) names. */
export const roleOptions = (t: TFunction) => MEMBERSHIP_ROLES.map((role) => ({ value: role, label: t(`contacts.roles.${role}`) }));
export const bodyKindOptions = (t: TFunction) => BODY_KINDS.map((kind) => ({ value: kind, label: t(`contacts.bodyKinds.${kind}`) }));
export const organizationKindOptions = (t: TFunction) => ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`contacts.organizationKinds.${kind}`) }));

/** "Liste, mit; Kommas" → trimmed entries without duplicates (case-insensitive). */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const item = part.trim();
    const key = item.toLocaleLowerCase('de');
    if (item && !seen.has(key)) {
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}
