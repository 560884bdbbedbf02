import type { EntityManager } from 'typeorm';
import { LOGO_MAX_BYTES, type DocumentLogoDto } from '../../../contract/documents';
import { AppSettingEntity } from '../../../database/entities';
import { imageSizeOf, imageTypeOf } from '../../../documents/engine/image-size';
import { DomainError } from '../domain-error';

/**
 * The district's logo for letterheads and the title page, kept with the data (like the other
 * district settings) so every PC of the office prints the same. Checked on the way in: a PNG
 * or JPEG whose header can be read, at most 1 MB.
 */
export const LOGO_SETTING_KEY = 'documentLogo';

export async function readLogo(manager: EntityManager): Promise<DocumentLogoDto | null> {
  const row = await manager.getRepository(AppSettingEntity).findOneBy({ key: LOGO_SETTING_KEY });
  if (!row) return null;
  try {
    const stored = JSON.parse(row.value) as DocumentLogoDto;
    return checkedLogo(stored);
  } catch {
    // A damaged stored logo is left out of the documents rather than breaking them.
    return null;
  }
}

export function checkedLogo(logo: DocumentLogoDto): DocumentLogoDto {
  const bytes = Buffer.from(logo.base64, 'base64');
  if (bytes.length > LOGO_MAX_BYTES) throw new DomainError('documents.errors.logoTooLarge', { field: 'logo', params: { max: LOGO_MAX_BYTES / 1_000_000 } });
  const data = new Uint8Array(bytes);
  if (imageTypeOf(data) !== logo.type || !imageSizeOf(data)) throw new DomainError('documents.errors.logoInvalid', { field: 'logo' });
  return { type: logo.type, base64: bytes.toString('base64') };
}

export async function writeLogo(manager: EntityManager, logo: DocumentLogoDto | null): Promise<DocumentLogoDto | null> {
  const repository = manager.getRepository(AppSettingEntity);
  if (!logo) {
    await repository.delete({ key: LOGO_SETTING_KEY });
    return null;
  }
  const checked = checkedLogo(logo);
  await repository.save({ key: LOGO_SETTING_KEY, value: JSON.stringify(checked) });
  return checked;
}
