import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mustCall } from '../../../test-support/core';
import { calcShows, libreOfficeCalc } from '../../../test-support/libreoffice';
import { tempDir } from '../../../test-support/temp-dir';
import { downloadExport, startTransferCore } from '../../../test-support/transfers';
import { CSV_HEADER } from './contact-columns';

describe.skipIf(libreOfficeCalc.skip)('the .xlsx export in LibreOffice Calc', () => {
  beforeAll(libreOfficeCalc.check);

  it('shows postcodes with their leading 0, phone numbers as typed and consent dates as dates', async () => {
    const { core, transfers } = await startTransferCore();
    await mustCall(core, 'contacts.create', {
      lastName: 'Rahimi',
      firstName: 'Leyla',
      postalCode: '01067',
      city: 'Dresden',
      phones: [{ kind: 'work', number: '+49 351 4884-0' }],
      function: '=1+1',
      consentPurpose: 'Rundbrief',
      consentDate: '2024-05-01',
    });
    const file = await downloadExport(core, transfers, { kind: 'contactsXlsx' });
    const workbook = path.join(tempDir('lbw-calc-'), 'kontakte.xlsx');
    fs.writeFileSync(workbook, file.bytes);
    const [header, row] = calcShows(workbook);
    expect(header).toEqual(CSV_HEADER);
    const cell = (name: string) => row![CSV_HEADER.indexOf(name)];
    expect(cell('PLZ')).toBe('01067');
    expect(cell('Telefon')).toBe('+49 351 4884-0');
    // Text, not a formula Calc would run.
    expect(cell('Funktion')).toBe('=1+1');
    expect(cell('Einwilligung: erteilt am')).toBe('01.05.2024');
  }, 120_000);
});
