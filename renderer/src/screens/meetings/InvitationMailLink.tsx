import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../../contract';
import { invitationMail } from '../../../../documents/meetings/invitation-mail';
import { useCall } from '../../api/use-call';
import { useAppData } from '../../app/app-data';
import { href, paths, toPath } from '../../app/paths';
import { MAX_MAILTO_LENGTH, MailtoLink } from '../../components/MailtoLink';

/**
 * "Einladung per E-Mail": the mail program opens with the body's current members in Bcc, the
 * subject and a short covering text; the user attaches the Word invitation there.
 */
export function InvitationMailLink({ meeting }: { meeting: MeetingDto }) {
  // Only before the meeting: afterwards the minutes are what goes out.
  if (meeting.bodyId === null || (meeting.state !== 'planned' && meeting.state !== 'invited')) return null;
  return <InvitationMailForBody meeting={meeting} bodyId={meeting.bodyId} />;
}

function InvitationMailForBody({ meeting, bodyId }: { meeting: MeetingDto; bodyId: number }) {
  const { t } = useTranslation();
  const { settings } = useAppData();
  const hintId = useId();
  const list = useCall('contacts.distributionList', { bodyId });
  if (!list.data || list.data.addresses.length === 0) return null;
  const mail = invitationMail({ meeting, senderName: settings.userName || settings.defaultUserName, officeName: settings.officeName });
  const withSubject = `${list.data.mailto}&subject=${encodeURIComponent(mail.subject)}`;
  const withText = `${withSubject}&body=${encodeURIComponent(mail.body)}`;
  // Long lists leave no room for the text; longer still, not even for the addresses.
  const link = [withText, withSubject].find((candidate) => candidate.length <= MAX_MAILTO_LENGTH);
  return (
    <div className="invitation-mail">
      {link ? (
        <>
          <MailtoLink className="button button--secondary" href={link} failedText={t('meetings.exports.mailFailed')} describedBy={hintId}>
            {t('meetings.exports.invitationMail')}
          </MailtoLink>
          <p className="field__hint" id={hintId}>{t('meetings.exports.invitationMailHint', { count: list.data.addresses.length })}</p>
        </>
      ) : (
        <p className="muted">
          {t('meetings.exports.invitationMailTooMany')} <a href={href(toPath(paths.body, { id: bodyId }))}>{t('meetings.exports.toBody')}</a>
        </p>
      )}
    </div>
  );
}
