import type { z } from 'zod';
import type { CallDefinition } from './define-call';
import { contactsCalls } from './contacts';
import { dashboardCalls } from './dashboard';
import { documentsCalls } from './documents';
import { editionsCalls } from './editions';
import { fieldsOfActionCalls } from './fields-of-action';
import { filesCalls } from './files';
import { maintenanceCalls } from './maintenance';
import { measuresCalls } from './measures';
import { meetingsCalls } from './meetings';
import { settingsCalls } from './settings';
import { settingsSaveCalls } from './settings-save';
import { systemCalls } from './system';

/** Every call between renderer and main, declared once. Transports and handlers derive from it. */
export const contract = {
  ...systemCalls,
  ...filesCalls,
  ...settingsCalls,
  ...settingsSaveCalls,
  ...maintenanceCalls,
  ...editionsCalls,
  ...fieldsOfActionCalls,
  ...measuresCalls,
  ...dashboardCalls,
  ...documentsCalls,
  ...contactsCalls,
  ...meetingsCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What a caller passes (before defaults and trimming). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** What a handler receives (validated, trimmed, defaults applied). */
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = Contract[N] extends CallDefinition<z.ZodType, infer Output> ? Output : never;

export const callNames = Object.keys(contract) as CallName[];
export const isCallName = (name: unknown): name is CallName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

export * from './errors';
export type {
  BodyDto,
  BodyKind,
  ContactDto,
  ContactListDto,
  ContactRowDto,
  ErasePreviewDto,
  ExportFileDto,
  ImportDecision,
  ImportJobDto,
  ImportMappingProblemDto,
  ImportPreviewDto,
  ImportResultDto,
  ImportRowReportDto,
  ImportTarget,
  MembershipDto,
  MembershipRole,
  OrganizationDto,
  OrganizationListDto,
  OrganizationKind,
  PhoneDto,
  SurnameMentionDto,
  TextPlace,
} from './contacts';
export type { FieldOfActionDto } from './fields-of-action';
export type { SaveFileKind, SaveFileResultDto } from './files';
export type { ExportKind, ExportResultDto, ImportChoiceDto, UploadedFileDto } from './exports';
export type { Language, SettingsDto } from './settings';
export type { SettingsSaveResultDto } from './settings-save';
export type { DashboardDto } from './dashboard';
export type {
  AntragDraftDto,
  DocumentEditionDto,
  DocumentFieldDto,
  DocumentLogoDto,
  DocumentMeasureDto,
  DocumentOfficeDto,
  EditionDocumentDto,
  MotionDto,
  MotionSignatoryDto,
  ProcessFactsDto,
  ReportDataDto,
  ReportMeasureDto,
  ReportNoteDto,
} from './documents';
export type { CarryOverCandidateDto, EditionDto, EditionStatus, EditionSummaryDto, GuidelineDto } from './editions';
export type { MeasureStatus } from './lifecycle';
export type { BackupDto, BackupKind, BackupOverviewDto, IntegrityDto } from './maintenance';
export type {
  MeasureDto,
  MeasureListDto,
  MeasureOrigin,
  MeasureRowDto,
  MeasureSelectionDto,
  MeasureSelectionRowDto,
  MeasureSortKey,
  ProgressNoteDto,
  SearchHitDto,
  StatusChangeDto,
  StatusChangeMeetingDto,
} from './measures';
export type {
  ActionItemDto,
  ActionItemListDto,
  AgendaItemDto,
  AgendaMeasureDto,
  AttendanceCountsDto,
  AttendanceDto,
  AttendanceStatus,
  ApprovedMinutesDto,
  DecisionDto,
  DecisionResult,
  MeasureEffectDto,
  CalendarEntryDto,
  MeetingDto,
  MeetingKind,
  MeetingListDto,
  LatestMeetingDto,
  MeetingRowDto,
  MeetingState,
  MinutesCorrectionDto,
  StandardItem,
  VoteDto,
} from './meetings';
export type { DatabaseRefusal, DatabaseStatus, DataFolderHolder, SystemStatus } from './system';
export type { ChangesDto, StartupTasksDto } from './system';
