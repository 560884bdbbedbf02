/** The screens of the Sitzungen section, as the routes use them. */
export { ActionItemsScreen } from './ActionItemsScreen';
export { LiveMeetingScreen } from './live/LiveMeetingScreen';
export { MeetingScreen } from './MeetingScreen';
export { MeetingsScreen } from './MeetingsScreen';
export { ResumeMeetingBanner } from './ResumeMeetingBanner';
