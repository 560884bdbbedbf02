import { vi } from 'vitest';
import type { CallInput, MeasureDto } from '../../../../contract';
import type { AntragDraftDto, AntragMeasureDto, DocumentFieldDto, DocumentLogoDto, MotionDto } from '../../../../contract/documents';
import { HARBURG_MOTION_CONVENTIONS } from '../../../../contract/settings';
import { canTransition } from '../../../../contract/lifecycle';
import { draftSachverhalt, draftSubject } from '../../../../documents/antrag/sachverhalt-draft';
import { paragraphText } from '../../../../documents/testing/docx-inspect';
import { edition as documentEdition, office, process } from '../../../../documents/testing/fixtures';
import { defaultEdition, fail, ok, type FakeHandlers } from '../../test/fake-api';
import { measuresHandlers, TEST_FIELDS, type SeedMeasure } from '../measures/fake-measures';
import { readFileBytes } from '../../files/file-transfer';
import { todayIso } from '../measures/measure-helpers';

/**
 * The documents calls in memory, over the measures of `measuresHandlers`, with the rules of the
 * real service the screens rely on: the draft defaults to the recommended measures in the order
 * of fields and numbers; a chosen id of no measure is refused at its position; "beantragt" for
 * a measure that may not move refuses the whole Antrag at `measureIds.<n>`, and nothing is kept.
 */
const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

export const FIELDS: DocumentFieldDto[] = TEST_FIELDS.map((field, index) => ({ id: index + 1, name: field.name, shortCode: field.shortCode, description: '', position: index + 1 }));

/** In memory a measure's status on any date is its status now. */
const toDocumentMeasure = (measure: MeasureDto): AntragMeasureDto => ({
  id: measure.id,
  fieldOfActionId: measure.fieldOfActionId,
  code: measure.code,
  title: measure.title,
  description: measure.description,
  goal: measure.goal,
  lead: measure.lead,
  partners: measure.partners,
  targetGroup: measure.targetGroup,
  periodFrom: measure.periodFrom,
  periodTo: measure.periodTo,
  status: measure.status,
  statusOnDate: measure.status,
});

const inOrder = (measures: readonly MeasureDto[]) =>
  [...measures].sort((a, b) => a.fieldOfActionId - b.fieldOfActionId || collator.compare(a.code, b.code)).map(toDocumentMeasure);

export const EDITION = { ...documentEdition, id: defaultEdition.id, title: defaultEdition.title, periodFrom: defaultEdition.periodFrom, periodTo: defaultEdition.periodTo };

export function documentsStore(seeds: readonly SeedMeasure[], options: { motions?: MotionDto[]; logo?: DocumentLogoDto | null } = {}) {
  const measures = measuresHandlers(seeds);
  let motions: MotionDto[] = [...(options.motions ?? [])];
  let logo = options.logo ?? null;
  const draft = (chosen: AntragMeasureDto[], asOf = todayIso()): AntragDraftDto => ({
    office,
    logo,
    edition: EDITION,
    fields: FIELDS,
    asOf,
    measures: chosen,
    process,
    sachverhalt: draftSachverhalt({ edition: EDITION, process, measureCount: chosen.length }),
    subject: draftSubject(EDITION),
    fraktionen: [
      { fraktion: 'FDP', chair: '' },
      { fraktion: 'LINKE', chair: 'Miriam Yılmaz' },
      { fraktion: 'Volt', chair: 'Jan Petersen' },
    ],
    conventions: HARBURG_MOTION_CONVENTIONS,
  });

  const handlers: FakeHandlers = {
    ...measures.handlers,
    'documents.antragDraft': ({ measureIds, asOf }) => {
      const all = measures.current();
      if (!measureIds) return ok(draft(inOrder(all.filter((measure) => measure.status === 'recommended')), asOf));
      const missing = measureIds.findIndex((id) => !all.some((measure) => measure.id === id));
      if (missing !== -1) {
        return fail({ code: 'not-found', messageKey: 'documents.errors.measureNotFound', fields: [{ field: `measureIds.${missing}`, messageKey: 'documents.errors.measureNotFound' }] });
      }
      return ok(draft(inOrder(all.filter((measure) => measureIds.includes(measure.id))), asOf));
    },
    'documents.saveAntrag': (input: CallInput<'documents.saveAntrag'>) => {
      const all = measures.current();
      for (const [index, id] of input.measureIds.entries()) {
        const measure = all.find((candidate) => candidate.id === id)!;
        if (input.markSubmitted && !canTransition(measure.status, 'submitted')) {
          const params = { code: measure.code, status: measure.status };
          return fail({ messageKey: 'documents.errors.notSubmittable', params, fields: [{ field: `measureIds.${index}`, messageKey: 'documents.errors.notSubmittable', params }] });
        }
      }
      if (input.markSubmitted) {
        void measures.handlers['measures.changeStatus']!({ measureIds: [...input.measureIds], toStatus: 'submitted', changedOn: input.submittedOn, reason: input.subject, drucksache: input.drucksache ?? '' });
      }
      const motion: MotionDto = {
        id: motions.length + 1,
        editionId: input.editionId,
        submittedOn: input.submittedOn,
        fraktionen: input.fraktionen,
        subject: input.subject,
        sachverhalt: input.sachverhalt ?? '',
        signatories: (input.signatories ?? []).map((person) => ({ name: person.name, fraktion: person.fraktion ?? '', role: person.role ?? '' })),
        drucksache: input.drucksache ?? '',
        measureIds: input.measureIds,
        enteredBy: 'Meier',
        createdAt: '2026-11-26T09:00:00.000Z',
      };
      motions = [motion, ...motions];
      return ok(motion);
    },
    'documents.listMotions': () => ok([...motions]),
    'documents.getLogo': () => ok({ logo }),
    'documents.setLogo': (input) => {
      logo = input.logo;
      return ok({ logo });
    },
  };
  return { handlers, measures, motions: () => motions, logo: () => logo };
}

/** The text of a packed Word file, one line per paragraph, as Word shows it. */
export async function wordText(file: Blob): Promise<string[]> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(await readFileBytes(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => paragraphText(paragraph));
}

/**
 * `docx-preview` for jsdom, which has no layout: the paragraphs of the real file as `<p>`,
 * plus one `<style>` as the library would add; the component must keep it out of the page.
 */
export const fakeRenderAsync = vi.fn(async (file: Blob, body: HTMLElement, styles: HTMLElement) => {
  const style = document.createElement('style');
  style.textContent = '.docx { color: black; }';
  styles.appendChild(style);
  const wrapper = document.createElement('div');
  wrapper.className = 'docx-wrapper';
  for (const text of await wordText(file)) {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    wrapper.appendChild(paragraph);
  }
  body.appendChild(wrapper);
});

/** The text of the pages in a preview region (they live in its shadow root). */
export function previewText(region: HTMLElement): string {
  return region.querySelector('.doc-preview__pages')?.shadowRoot?.textContent ?? '';
}

/** `URL.createObjectURL` (jsdom has none) and the `<a download>` clicks, for the download assertions. */
export function spyOnDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true, writable: true });
  Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true, writable: true });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names, createObjectURL, restore: () => click.mockRestore() };
}
