import { Packer } from 'docx';
import type { CallInput, CallName, CallOutput, CallResult, ExportFileDto } from '../../contract';
import { buildDisclosure, documentFileName, logoFromDto, type DisclosureController, type DisclosureInput } from '../../documents';
import type { Dispatch } from '../core/dispatch';

async function call<N extends CallName>(dispatch: Dispatch, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = (await dispatch(name, input)) as CallResult<CallOutput<N>>;
  if (!result.ok) throw new Error(`${name} refused: ${result.error.messageKey}`);
  return result.data;
}

type DisclosureJson = Omit<DisclosureInput, 'issuedOn' | 'logo'> & { controller: DisclosureController };

const read = (file: ExportFileDto): DisclosureJson => JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8').replace(/^\uFEFF/, '')) as DisclosureJson;

/**
 * The Auskunft (Art. 15 DSGVO) of a demo person invited to the next planned meeting – the one named
 * in the most meetings and bodies, so the sample shows past and planned meetings side by side.
 * Dated `today`; "planned" is decided by that date, as the letter states facts of that day.
 */
export async function disclosureSampleFile(dispatch: Dispatch, today: string): Promise<{ fileName: string; content: Buffer }> {
  const planned = (await call(dispatch, 'meetings.list', { state: 'planned' })).rows;
  const next = [...planned].sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  if (!next) throw new Error('Die Demo enthält keine geplante Sitzung.');
  const invited = (await call(dispatch, 'meetings.get', { id: next.id })).attendance.filter((row) => row.contactId !== null && !row.guest);
  let best: DisclosureJson | null = null;
  for (const row of invited) {
    const data = read(await call(dispatch, 'contacts.disclosure', { id: row.contactId! }));
    const weight = (data.meetings?.length ?? 0) + data.contact.memberships.length;
    if (!best || weight > (best.meetings?.length ?? 0) + best.contact.memberships.length) best = data;
  }
  if (!best) throw new Error('Zur geplanten Sitzung ist niemand eingeladen.');
  const { logo } = await call(dispatch, 'documents.getLogo', {});
  const meetings = (best.meetings ?? []).map(({ planned: _planned, ...meeting }) => meeting);
  const document = buildDisclosure({ ...best, meetings, issuedOn: today, logo: logoFromDto(logo) });
  const name = [best.contact.firstName, best.contact.lastName].filter(Boolean).join(' ');
  return { fileName: documentFileName(today, 'Auskunft', name), content: await Packer.toBuffer(document) };
}
