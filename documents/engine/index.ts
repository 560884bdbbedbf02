/** The document engine: blocks in, a `docx` Document out. Shared by the renderer and Node. */
export * from './blocks';
export { createDocument, type DocumentSpec } from './create-document';
export { countWord, formatDateLong, formatDateShort, formatMonthYear, formatPeriod, joinGerman } from './german-dates';
export { imageSizeOf, imageTypeOf, type LogoImage } from './image-size';
export { planPages, type PagePlan } from './pagination';
export { cleanText, directionSegments, splitParagraphs, unbreakable } from './text-runs';
