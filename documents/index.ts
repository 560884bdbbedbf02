/**
 * The Word documents for the Bezirksversammlung: pure builders (records in, `docx` Document
 * out) on one engine. No Node and no DOM here: the renderer previews with the same builders the
 * CLI, the sample script and the tests run; packing is the caller's.
 */
export * from './engine';
export { antragBlocks, buildAntrag, type AntragInput } from './antrag/antrag-builder';
export { motionHeading, motionKind } from './antrag/motion-wording';
export { antragHints, antragProblems, type AntragProblem } from './antrag/antrag-checks';
export { draftSachverhalt, draftSubject, type SachverhaltFacts } from './antrag/sachverhalt-draft';
export { buildEdition, editionBlocks, type EditionInput } from './edition/edition-builder';
export { buildReport, reportBlocks, type ReportInput } from './report/report-builder';
export { buildDisclosure, disclosureBlocks, ROLE_LABELS, type DisclosureInput } from './disclosure/disclosure-builder';
export { art15Information, disclosureSettingsGaps, type Art15Information, type DisclosureController } from './disclosure/art15-information';
export { isPlanned, meetingRolesOn } from './disclosure/disclosure-dates';
export { addressLines, assemblyName, districtShortName, documentAuthor, logoFromDto } from './district';
export { antragFileName, datedFileName, documentFileName, editionFileName, fileSlug, reportFileName } from './file-names';
export { ADOPTED_STATUSES, drucksacheLabel, REPORT_STATUS_ORDER, STATUS_LABELS, statusHeading } from './labels';
export * from './meetings';
