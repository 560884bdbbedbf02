import type { BodyDto, ContactRowDto } from '../../../../contract';
import { useCall } from '../../api/use-call';

/** How many contacts the name pickers offer (an office keeps a few hundred). */
const CONTACT_PICKER_LIMIT = 2000;

/** Bodies (for the Gremium choice and the Fraktionen) and contacts (for the name pickers). */
export function useMeetingPeople(): { bodies: readonly BodyDto[]; contacts: readonly ContactRowDto[] } {
  const bodies = useCall('bodies.list', {});
  const contacts = useCall('contacts.list', { limit: CONTACT_PICKER_LIMIT });
  return { bodies: bodies.data ?? [], contacts: (contacts.data?.rows ?? []).filter((contact) => !contact.erased) };
}

/** Fraktionen by the short name a vote records ("SPD"); the full name when no short name is set. */
export const fraktionNames = (bodies: readonly BodyDto[]): string[] =>
  bodies
    .filter((body) => body.kind === 'fraktion')
    .map((body) => body.shortName.trim() || body.name)
    .sort((a, b) => a.localeCompare(b, 'de'));
