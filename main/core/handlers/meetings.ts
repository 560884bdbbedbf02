import type { CallName } from '../../../contract';
import type { AppDatabase } from '../../../database/app-database';
import type { CurrentUser, MeasureHistory } from '../../services/measures/measure-history';
import { ActionItemsService } from '../../services/meetings/action-items-service';
import { AgendaService } from '../../services/meetings/agenda-service';
import { AttendanceService } from '../../services/meetings/attendance-service';
import { DecisionsService } from '../../services/meetings/decisions-service';
import { MeetingsService } from '../../services/meetings/meetings-service';
import { MinutesApprovalService } from '../../services/meetings/minutes-approval';
import type { HandlerMap } from '../handler-map';

export type MeetingCallName = Extract<CallName, `meetings.${string}` | `agenda.${string}` | `attendance.${string}` | `decisions.${string}` | `actionItems.${string}`>;

/** Meetings, agenda, attendance, decisions (moving measures through the one MeasureHistory) and action items. */
export function meetingHandlers(db: AppDatabase, deps: { history: MeasureHistory; currentUser: CurrentUser }): Pick<HandlerMap, MeetingCallName> {
  const meetings = new MeetingsService(db, deps.currentUser);
  const agenda = new AgendaService(db);
  const attendance = new AttendanceService(db);
  const decisions = new DecisionsService(db, deps.history);
  const actionItems = new ActionItemsService(db);
  const approval = new MinutesApprovalService(db, deps.currentUser);
  return {
    'meetings.list': (input) => meetings.list(input),
    'meetings.latestOfBody': ({ bodyId }) => meetings.latestOfBody(bodyId),
    'meetings.get': ({ id }) => meetings.get(id),
    'meetings.create': (input) => meetings.create(input),
    'meetings.createFromBacklog': (input) => meetings.createFromBacklog(input),
    'meetings.update': (input) => meetings.update(input),
    'meetings.setState': (input) => meetings.setState(input),
    'meetings.delete': (input) => meetings.delete(input),
    'meetings.approveMinutes': (input) => approval.approve(input),
    'meetings.withdrawApproval': (input) => approval.withdraw(input),
    'meetings.recordCorrection': (input) => meetings.recordCorrection(input),
    'meetings.setCurrentItem': (input) => meetings.setCurrentItem(input),
    'meetings.resumeTarget': () => meetings.resumeTarget(),
    'meetings.calendarEntry': (input) => meetings.calendarEntry(input),
    'agenda.add': (input) => agenda.add(input),
    'agenda.update': (input) => agenda.update(input),
    'agenda.move': (input) => agenda.move(input),
    'agenda.renumber': (input) => agenda.renumber(input),
    'agenda.remove': (input) => agenda.remove(input),
    'agenda.saveNotes': (input) => agenda.saveNotes(input),
    'attendance.setStatus': (input) => attendance.setStatus(input),
    'attendance.addGuest': (input) => attendance.addGuest(input),
    'attendance.remove': (input) => attendance.remove(input),
    'attendance.preload': (input) => attendance.preload(input),
    'attendance.markExpectedPresent': (input) => attendance.markExpectedPresent(input),
    'decisions.save': (input) => decisions.save(input),
    'actionItems.list': (input) => actionItems.list(input),
    'actionItems.create': (input) => actionItems.create(input),
    'actionItems.update': (input) => actionItems.update(input),
  };
}
