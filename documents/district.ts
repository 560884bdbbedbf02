import type { DocumentLogoDto, DocumentOfficeDto } from '../contract/documents';
import type { LogoImage } from './engine';

/** "Bezirksamt Harburg" → "Harburg": the district itself, for "Bezirksversammlung Harburg". */
export function districtShortName(districtName: string): string {
  return districtName.replace(/^\s*(Bezirksamt|Bezirksversammlung|Bezirk)\s+/i, '').trim();
}

/** The assembly a motion is addressed to. */
export function assemblyName(office: DocumentOfficeDto): string {
  const short = districtShortName(office.districtName);
  return short ? `Bezirksversammlung ${short}` : 'Bezirksversammlung';
}

/** Who the file says wrote it (File → Info): the office from the settings, else the district. */
export function documentAuthor(office: Pick<DocumentOfficeDto, 'districtName' | 'officeName'>): string {
  return [office.districtName.trim(), office.officeName.trim()].filter(Boolean).join(', ');
}

/** Address lines as the settings hold them (one per line, blank lines dropped). */
export function addressLines(office: DocumentOfficeDto): string[] {
  return office.officeAddress
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The stored logo (base64, as calls carry it) as bytes for the engine; works in Node and the browser. */
export function logoFromDto(logo: DocumentLogoDto | null): LogoImage | null {
  if (!logo) return null;
  const binary = atob(logo.base64);
  const data = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) data[index] = binary.charCodeAt(index);
  return { type: logo.type, data };
}
