import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingName } from './meeting-names';
import type { MeetingDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useCall } from '../../api/use-call';
import { paths } from '../../app/paths';
import { useRoute } from '../../app/router';
import { BackLink } from '../../components/BackLink';
import { CallLoadState } from '../../components/LoadState';
import { Page } from '../../components/Page';
import { ActionItemsPanel } from './ActionItemsPanel';
import { AgendaEditor, approvalItemOf } from './AgendaEditor';
import { ApproveMinutesPanel, MinutesHistory, useApprovalCandidates } from './ApproveMinutesPanel';
import { AttendancePanel } from './AttendancePanel';
import { CorrectionsPanel } from './CorrectionsPanel';
import { MeetingExports } from './MeetingExports';
import { MeetingHeader } from './MeetingHeader';
import { MeetingJumpNav } from './MeetingJumpNav';
import { fraktionNames, useMeetingPeople } from './meeting-people';
import { useMeetingCall } from './use-meeting-call';
import './meetings.css';

/** One meeting in the order of the meeting: facts and state, agenda with decisions (and the approval), attendance, action items, files. */
export function MeetingScreen() {
  const { t } = useTranslation();
  const id = Number(useRoute().params.id);
  const meeting = useCall('meetings.get', { id });
  return (
    <Page title={meeting.data ? meetingName(t, meeting.data) : t('meetings.title')} breadcrumb={t('meetings.page.breadcrumb')}>
      <BackLink to={paths.sessions} label={t('meetings.page.backToList')} />
      {meeting.data ? <MeetingContent meeting={meeting.data} setMeeting={meeting.setData} /> : <CallLoadState call={meeting} className="card" />}
    </Page>
  );
}

function MeetingContent({ meeting, setMeeting }: { meeting: MeetingDto; setMeeting: (meeting: MeetingDto) => void }) {
  const api = useApi();
  const run = useMeetingCall(setMeeting);
  const { bodies } = useMeetingPeople();
  const readOnly = meeting.state === 'minutes_approved';
  const approval = useApprovalCandidates(meeting, run);
  const reload = useCallback(() => {
    void api.call('meetings.get', { id: meeting.id }).then((result) => {
      if (result.ok) setMeeting(result.data);
    });
  }, [api, meeting.id, setMeeting]);

  return (
    <div className="meeting-page">
      <MeetingHeader meeting={meeting} run={run} />
      <MeetingJumpNav />
      <AgendaEditor meeting={meeting} fraktionen={fraktionNames(bodies)} run={run} readOnly={readOnly} approval={approval} />
      {/* Without the item "Genehmigung des Protokolls" the approval has a card of its own; with it, only the agenda offers it. */}
      {approvalItemOf(meeting) ? null : <ApproveMinutesPanel meeting={meeting} candidates={approval} />}
      {/* Approved: corrections; approval withdrawn: its entry stays visible. */}
      {readOnly ? <CorrectionsPanel meeting={meeting} run={run} /> : <MinutesHistory meeting={meeting} />}
      <AttendancePanel meeting={meeting} run={run} readOnly={readOnly} />
      <ActionItemsPanel meeting={meeting} run={run} readOnly={readOnly} onItemChanged={reload} />
      <MeetingExports meeting={meeting} />
    </div>
  );
}
