import type { BodyDto, ContactRowDto } from '../../../../contract';
import { useEffect, useState } from 'react';
import type { Api } from '../../api/api';
import { useApi } from '../../api/api-context';
import { useCall } from '../../api/use-call';
import { useDebounced } from '../measures/measure-helpers';

/** How many contacts a name field offers while typing; more are found by typing more of the name. */
export const PEOPLE_SUGGESTIONS = 20;
/** How many contacts are read to find the one with exactly the typed name (namesakes sort next to each other). */
const NAME_LOOKUP = 50;
const SUGGEST_DELAY_MS = 200;

/** Bodies (for the Gremium choice and the Fraktionen). Contacts are searched on the server as a name is typed. */
export function useMeetingPeople(): { bodies: readonly BodyDto[] } {
  const bodies = useCall('bodies.list', {});
  return { bodies: bodies.data ?? [] };
}

/**
 * The contacts offered under a name field while typing (chair, minute-taker, guest, assignee): the
 * server's search for the text typed so far (after a short pause), erased people left out.
 */
export function usePeopleSuggestions(text: string): readonly ContactRowDto[] {
  const api = useApi();
  const query = useDebounced(text.trim(), SUGGEST_DELAY_MS);
  const [found, setFound] = useState<readonly ContactRowDto[]>([]);
  useEffect(() => {
    if (!query) return;
    let current = true;
    void api.call('contacts.list', { text: query, limit: PEOPLE_SUGGESTIONS }).then((result) => {
      // The last suggestions stay while the next ones load; an answer for an older text is dropped.
      if (current && result.ok) setFound(result.data.rows.filter((contact) => !contact.erased));
    });
    return () => {
      current = false;
    };
  }, [api, query]);
  return query ? found : [];
}

/** The contacts whose name is exactly the typed one (a contact is linked only when there is exactly one). */
export async function contactsNamed(api: Api, name: string): Promise<ContactRowDto[]> {
  const trimmed = name.trim();
  if (!trimmed) return [];
  const found = await api.call('contacts.list', { text: trimmed, limit: NAME_LOOKUP });
  return found.ok ? found.data.rows.filter((contact) => !contact.erased && contact.displayName === trimmed) : [];
}

/** The contacts named exactly like any of these names, for `meetingInput` (chair and minute-taker). */
export async function peopleNamed(api: Api, names: readonly string[]): Promise<ContactRowDto[]> {
  const found = (await Promise.all([...new Set(names.map((name) => name.trim()))].map((name) => contactsNamed(api, name)))).flat();
  return [...new Map(found.map((contact) => [contact.id, contact])).values()];
}

/** Fraktionen by the short name a vote records ("SPD"); the full name when no short name is set. */
export const fraktionNames = (bodies: readonly BodyDto[]): string[] =>
  bodies
    .filter((body) => body.kind === 'fraktion')
    .map((body) => body.shortName.trim() || body.name)
    .sort((a, b) => a.localeCompare(b, 'de'));
