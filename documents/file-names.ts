/**
 * File names that sort by date and say what the file is, safe on Windows and in e-mail:
 * "2026-11-26_Antrag_Integration.docx", "2026-11-26_Leitbild_2022-2024.docx",
 * "2026-11-26_Kontakte.csv". Every file the app offers is named by `datedFileName`.
 */
// German umlauts as Germans write them; letters that Unicode does not decompose (Polish ł, Danish ø,
// Turkish ı, …) by their usual Latin letter, so "Małgorzata" stays "Malgorzata", not "Ma-gorzata".
const TRANSLITERATION: Readonly<Record<string, string>> = {
  ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss',
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D',
};

export function fileSlug(text: string, maxLength = 40): string {
  const plain = text
    .replace(/[äöüÄÖÜßłŁøØđĐıæÆœŒþÞðÐ]/g, (char) => TRANSLITERATION[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return plain.slice(0, maxLength).replace(/-+$/, '');
}

/**
 * The one pattern: the date the file is about (once, first, so a folder sorts by it), what kind
 * of file it is, then what it is about – "2026-11-26_Protokoll_AG-Integrationskonzept_4-Sitzung.docx".
 * Empty topics are left out.
 */
export function datedFileName(date: string, kind: string, topics: readonly string[], extension: string): string {
  const parts = [date, fileSlug(kind), ...topics.map((topic) => fileSlug(topic))].filter(Boolean);
  return `${parts.join('_')}.${extension}`;
}

export const documentFileName = (date: string, kind: string, topic = ''): string => datedFileName(date, kind, [topic], 'docx');

export const antragFileName = (date: string, topic: string): string => documentFileName(date, 'Antrag', topic);
export const editionFileName = (date: string, periodFrom: number, periodTo: number): string => documentFileName(date, 'Leitbild', `${periodFrom}-${periodTo}`);
/** Named by the day it reports on ("Stand"), the one date the report shows. */
export const reportFileName = (asOf: string): string => documentFileName(asOf, 'Sachstandsbericht');
