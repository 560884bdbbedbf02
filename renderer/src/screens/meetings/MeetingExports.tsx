import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useAppData } from '../../app/app-data';
import { Dialog } from '../../components/Dialog';
import { useToasts } from '../../components/toasts';
import { useSaveFile } from '../../files/use-save-file';
import { DocumentPreview } from '../documents/DocumentPreview';
import { InvitationMailLink } from './InvitationMailLink';
import { buildMeetingFile, type MeetingFileInput, type MeetingFileKind } from './meeting-files';
import { todayLocal } from './meeting-format';
import '../documents/documents.css';

const LABEL: Record<MeetingFileKind, string> = {
  minutes: 'meetings.exports.minutes',
  minutesPublic: 'meetings.exports.minutesPublic',
  invitation: 'meetings.exports.invitation',
  attendanceSheet: 'meetings.exports.attendanceSheet',
  ics: 'meetings.exports.ics',
};

/** The public version is offered only when there is something non-public to leave out. */
const kindsFor = (meeting: MeetingDto): MeetingFileKind[] =>
  meeting.agenda.some((item) => !item.public) ? ['minutes', 'minutesPublic', 'invitation', 'attendanceSheet', 'ics'] : ['minutes', 'invitation', 'attendanceSheet', 'ics'];

/** The heading's id: "Springen zu" (Alt+4) moves the focus here. */
export const FILES_HEADING_ID = 'meeting-files';

/** Protokoll, Einladung and Anwesenheitsliste as Word files, the appointment as a calendar entry; a preview of the minutes. */
export function MeetingExports({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const saveFile = useSaveFile();
  const { settings } = useAppData();
  const titleId = FILES_HEADING_ID;
  const [busy, setBusy] = useState<MeetingFileKind | 'preview' | null>(null);
  const [preview, setPreview] = useState<Blob | null>(null);

  /** Letterhead, logo and (for approved minutes) the approving meeting's title, fetched when needed. */
  const inputFor = async (kind: MeetingFileKind): Promise<MeetingFileInput> => {
    const office = { districtName: settings.districtName, officeName: settings.officeName, officeAddress: settings.officeAddress, officePhone: settings.officePhone, officeEmail: settings.officeEmail };
    const logo = await api.call('documents.getLogo', {});
    const approvedIn = meeting.approvedInMeetingId === null ? null : await api.call('meetings.get', { id: meeting.approvedInMeetingId });
    // Each .ics export asks for the SEQUENCE: raised when time, place or title changed since the last one.
    const calendar = kind === 'ics' ? await api.call('meetings.calendarEntry', { id: meeting.id }) : null;
    if (calendar && !calendar.ok) throw new Error(calendar.error.messageKey);
    return {
      meeting,
      office,
      logo: logo.ok ? logo.data.logo : null,
      issuedOn: todayLocal(),
      approvedInMeetingTitle: approvedIn?.ok ? approvedIn.data.title : undefined,
      calendar: calendar?.ok ? calendar.data : undefined,
    };
  };

  const run = async (kind: MeetingFileKind, show: 'download' | 'preview') => {
    if (busy) return;
    setBusy(show === 'preview' ? 'preview' : kind);
    try {
      const file = await buildMeetingFile(kind, await inputFor(kind));
      if (show === 'preview') {
        setPreview(file.blob);
      } else {
        await saveFile(file.fileName, file.blob, t('meetings.exports.offered', { fileName: file.fileName }));
      }
    } catch {
      toasts.error(t('meetings.exports.failed'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card meeting-section" aria-labelledby={titleId} aria-busy={busy !== null || undefined}>
      <h2 className="card__title" id={titleId} tabIndex={-1}>
        {t('meetings.exports.title')}
      </h2>
      <div className="meeting-exports">
        {kindsFor(meeting).map((kind) => (
          <button key={kind} type="button" className="button button--secondary" aria-disabled={busy !== null || undefined} onClick={() => void run(kind, 'download')}>
            {t(LABEL[kind])}
          </button>
        ))}
        <button type="button" className="button button--secondary" aria-disabled={busy !== null || undefined} onClick={() => void run('minutes', 'preview')}>
          {t('meetings.exports.preview')}
        </button>
      </div>
      {meeting.bodyId !== null && meeting.bodyGenitive.trim() === '' ? (
        <p className="field__hint" role="note">
          {t('meetings.exports.genitiveMissing', { body: meeting.bodyName })}
        </p>
      ) : null}
      <InvitationMailLink meeting={meeting} />
      {busy ? (
        <p className="muted" role="status">
          {t('meetings.exports.building')}
        </p>
      ) : null}
      {preview ? (
        <Dialog title={t('meetings.exports.previewTitle')} onClose={() => setPreview(null)}>
          <div className="meeting-preview">
            <DocumentPreview label={t('meetings.exports.preview')} file={preview} emptyText={t('meetings.exports.building')} />
          </div>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={() => setPreview(null)}>
              {t('meetings.exports.hidePreview')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
