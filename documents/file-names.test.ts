import { describe, expect, it } from 'vitest';
import { datedFileName, documentFileName, fileSlug, reportFileName } from './file-names';

describe('file names', () => {
  it('write umlauts as Germans do and other Latin letters plainly, safe on Windows', () => {
    expect(fileSlug('Müller-Lüdenscheidt Straße')).toBe('Mueller-Luedenscheidt-Strasse');
    expect(fileSlug('Małgorzata Kaya')).toBe('Malgorzata-Kaya');
    expect(fileSlug('Çağrı Yılmaz')).toBe('Cagri-Yilmaz');
    expect(fileSlug('Søren Østergård')).toBe('Soren-Ostergard');
    expect(documentFileName('2026-12-06', 'Auskunft', 'Małgorzata Kaya')).toBe('2026-12-06_Auskunft_Malgorzata-Kaya.docx');
  });

  it('follow one pattern: the date once and first, the kind, then the topics that are not empty', () => {
    expect(datedFileName('2026-12-06', 'Kontakte', [], 'csv')).toBe('2026-12-06_Kontakte.csv');
    expect(datedFileName('2026-12-06', 'Protokoll', ['AG Integration', '', '4-Sitzung'], 'docx')).toBe('2026-12-06_Protokoll_AG-Integration_4-Sitzung.docx');
    expect(reportFileName('2026-12-06')).toBe('2026-12-06_Sachstandsbericht.docx');
    // No name repeats the date (issue 16 found "2026-12-06_Sachstandsbericht_2026-12-06.docx").
    expect(reportFileName('2026-12-06').match(/\d{4}-\d\d-\d\d/g)).toHaveLength(1);
  });
});
