import type { EntityManager } from 'typeorm';
import type { ParsedInput } from '../../../contract';
import type { AntragDraftDto, DocumentLogoDto, DocumentOfficeDto, EditionDocumentDto, MotionDto, ReportDataDto } from '../../../contract/documents';
import type { AppDatabase } from '../../../database/app-database';
import { draftSachverhalt, draftSubject } from '../../../documents/antrag/sachverhalt-draft';
import { ADOPTED_STATUSES } from '../../../documents/labels';
import type { CurrentUser, MeasureHistory } from '../measures/measure-history';
import type { SettingsService } from '../settings/settings-service';
import { loadMeasuresOn } from './antrag-records';
import { loadChosenMeasures, loadEdition, loadFields, loadGuidelines, loadMeasures, type EditionRecord } from './document-records';
import { readLogo, writeLogo } from './logo-store';
import { listMotions, saveMotion } from './motions';
import { loadFraktionChairs } from './fraktion-chairs';
import { loadProcessFacts } from './process-facts';
import { loadReportMeasures } from './report-records';
import { todayIso } from '../text-compare';

const editionDto = ({ preamble: _preamble, leitbildText: _text, ...edition }: EditionRecord) => edition;

/** Groups measures under their fields, keeping the fields' order. */
function byField<F extends { id: number }, M extends { fieldOfActionId: number }>(fields: readonly F[], measures: readonly M[]): Array<F & { measures: M[] }> {
  return fields.map((field) => ({ ...field, measures: measures.filter((measure) => measure.fieldOfActionId === field.id) }));
}

/**
 * The records behind the Word documents, each loaded with a few statements in one read, and
 * the recording of motions. The documents themselves are built by the pure builders.
 */
export class DocumentsService {
  constructor(
    private readonly db: AppDatabase,
    private readonly settings: SettingsService,
    private readonly history: MeasureHistory,
    private readonly currentUser: CurrentUser,
  ) {}

  antragDraft(input: ParsedInput<'documents.antragDraft'>): Promise<AntragDraftDto> {
    const asOf = input.asOf ?? todayIso();
    return this.db.read(async (manager) => {
      const edition = await loadEdition(manager, input.editionId);
      const ids = input.measureIds ? [...new Set(input.measureIds)] : undefined;
      // Refuses ids of no or another edition at their position; the statuses are then those on the date.
      if (ids) await loadChosenMeasures(manager, edition.id, ids);
      const measures = await loadMeasuresOn(manager, edition.id, asOf, ids);
      const process = await loadProcessFacts(manager, edition, asOf);
      const settings = await this.settings.get();
      return {
        ...(await this.letterhead(manager)),
        edition: editionDto(edition),
        fields: await loadFields(manager, edition.id),
        asOf,
        measures,
        process,
        sachverhalt: draftSachverhalt({ edition, process, measureCount: measures.length }),
        subject: draftSubject(edition),
        fraktionen: await loadFraktionChairs(manager, asOf),
        conventions: settings.motionConventions,
      };
    });
  }

  editionData(input: ParsedInput<'documents.editionData'>): Promise<EditionDocumentDto> {
    return this.db.read(async (manager) => {
      const edition = await loadEdition(manager, input.editionId);
      const [{ count }] = (await manager.query('SELECT COUNT(*) AS count FROM measure WHERE edition_id = ?', [edition.id])) as [{ count: number }];
      return {
        ...(await this.letterhead(manager)),
        edition: { ...editionDto(edition), preamble: edition.preamble, leitbildText: edition.leitbildText, guidelines: await loadGuidelines(manager, edition.id) },
        fields: byField(await loadFields(manager, edition.id), await loadMeasures(manager, edition.id, ADOPTED_STATUSES)),
        process: await loadProcessFacts(manager, edition),
        measureCount: count,
        conventions: (await this.settings.get()).motionConventions,
      };
    });
  }

  reportData(input: ParsedInput<'documents.reportData'>): Promise<ReportDataDto> {
    return this.db.read(async (manager) => {
      const edition = await loadEdition(manager, input.editionId);
      return {
        ...(await this.letterhead(manager)),
        edition: editionDto(edition),
        asOf: input.asOf,
        fields: byField(await loadFields(manager, edition.id), await loadReportMeasures(manager, edition.id, input.asOf)),
      };
    });
  }

  async saveAntrag(input: ParsedInput<'documents.saveAntrag'>): Promise<MotionDto> {
    // The history's reason names the motion in the district's wording.
    const { motionConventions } = await this.settings.get();
    return this.db.write((manager) => saveMotion(manager, this.history, this.currentUser, input, motionConventions));
  }

  listMotions(input: ParsedInput<'documents.listMotions'>): Promise<MotionDto[]> {
    return this.db.read((manager) => listMotions(manager, input.editionId));
  }

  getLogo(): Promise<{ logo: DocumentLogoDto | null }> {
    return this.db.read(async (manager) => ({ logo: await readLogo(manager) }));
  }

  setLogo(input: ParsedInput<'documents.setLogo'>): Promise<{ logo: DocumentLogoDto | null }> {
    return this.db.write(async (manager) => ({ logo: await writeLogo(manager, input.logo) }));
  }

  private async letterhead(manager: EntityManager): Promise<{ office: DocumentOfficeDto; logo: DocumentLogoDto | null }> {
    const { districtName, officeName, officeAddress, officePhone, officeEmail } = await this.settings.get();
    return { office: { districtName, officeName, officeAddress, officePhone, officeEmail }, logo: await readLogo(manager) };
  }
}
