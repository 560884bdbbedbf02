import { describe, expect, it } from 'vitest';
import { documentFileName, fileSlug } from './file-names';

describe('file names', () => {
  it('write umlauts as Germans do and other Latin letters plainly, safe on Windows', () => {
    expect(fileSlug('Müller-Lüdenscheidt Straße')).toBe('Mueller-Luedenscheidt-Strasse');
    expect(fileSlug('Małgorzata Kaya')).toBe('Malgorzata-Kaya');
    expect(fileSlug('Çağrı Yılmaz')).toBe('Cagri-Yilmaz');
    expect(fileSlug('Søren Østergård')).toBe('Soren-Ostergard');
    expect(documentFileName('2026-12-06', 'Auskunft', 'Małgorzata Kaya')).toBe('2026-12-06_Auskunft_Malgorzata-Kaya.docx');
  });
});
