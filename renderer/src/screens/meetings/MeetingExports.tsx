import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../../contract';
import { useAppData } from '../../app/app-data';
import { useToasts } from '../../components/toasts';
import { buildMeetingFile, offerMeetingFile, type MeetingFileKind } from './meeting-files';
import { todayLocal } from './meeting-format';

const KINDS: readonly MeetingFileKind[] = ['minutes', 'invitation', 'ics'];
const LABEL: Record<MeetingFileKind, string> = { minutes: 'meetings.exports.minutes', invitation: 'meetings.exports.invitation', ics: 'meetings.exports.ics' };

/** Protokoll and Einladung as Word files, the appointment as a calendar entry. */
export function MeetingExports({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const { settings } = useAppData();
  const titleId = useId();
  const [busy, setBusy] = useState<MeetingFileKind | null>(null);

  const offer = async (kind: MeetingFileKind) => {
    if (busy) return;
    setBusy(kind);
    try {
      const office = { districtName: settings.districtName, officeName: settings.officeName, officeAddress: settings.officeAddress, officePhone: settings.officePhone, officeEmail: settings.officeEmail };
      const file = await buildMeetingFile(kind, { meeting, office, issuedOn: todayLocal() });
      if (!file) {
        toasts.info(t('meetings.exports.notReady'));
        return;
      }
      offerMeetingFile(file);
      toasts.success(t('meetings.exports.offered', { fileName: file.fileName }));
    } catch {
      toasts.error(t('meetings.exports.failed'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card meeting-section" aria-labelledby={titleId} aria-busy={busy !== null || undefined}>
      <h2 className="card__title" id={titleId}>
        {t('meetings.exports.title')}
      </h2>
      <div className="meeting-exports">
        {KINDS.map((kind) => (
          <button key={kind} type="button" className="button button--secondary" aria-disabled={busy !== null || undefined} onClick={() => void offer(kind)}>
            {t(LABEL[kind])}
          </button>
        ))}
      </div>
      {busy ? (
        <p className="muted" role="status">
          {t('meetings.exports.building')}
        </p>
      ) : null}
    </section>
  );
}
