import fs from 'node:fs';
import path from 'node:path';
import type { DocumentMeasureDto } from '../contract/documents';
import type { EditionInput } from '../documents/edition/edition-builder';
import type { LogoImage } from '../documents/engine';
import { editionInput } from '../documents/testing/fixtures';
import { demoEdition, demoFields } from '../main/demo/demo-data';

/** The app's icon as a stand-in logo: a real PNG (512 × 512). */
export const sampleLogo = (): LogoImage => ({ type: 'png', data: new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, '..', 'resources', 'icon.png'))) });

const LONG_PARAGRAPH =
  'Die Maßnahme wird gemeinsam mit den Trägern im Stadtteil geplant, in der Arbeitsgruppe Integration halbjährlich ausgewertet und bei Bedarf angepasst; ' +
  'die Ergebnisse fließen in den Sachstandsbericht an die Bezirksversammlung ein. Angebote finden an Orten statt, die ohne Hürden erreichbar sind, ' +
  'und werden in den häufigsten Familiensprachen beworben.';

/** The demo's preamble, Leitbild text and guidelines as the edition builder takes them. */
export function demoEditionTexts(): Pick<EditionInput['edition'], 'preamble' | 'leitbildText' | 'guidelines'> {
  return {
    preamble: demoEdition.preamble ?? '',
    leitbildText: demoEdition.leitbildText ?? '',
    guidelines: (demoEdition.guidelines ?? []).map((guideline) => ({ title: guideline.title, text: guideline.text ?? '' })),
  };
}

/** The demo's fields of action (ids 1…5 in order), each with the `measures` of its id. */
export function demoFieldsWith(measures: readonly DocumentMeasureDto[]): EditionInput['fields'] {
  return demoFields.map((field, index) => ({
    id: index + 1,
    name: field.name,
    shortCode: field.shortCode ?? '',
    description: field.description ?? '',
    position: index + 1,
    measures: measures.filter((measure) => measure.fieldOfActionId === index + 1),
  }));
}

/** Names in right-to-left scripts, as they appear in real records (Farsi, Arabic, Hebrew). */
const RTL_NAMES = ['محمد رضایی', 'جمعية الجالية العربية في هامبورغ', 'קהילת הבית היהודי'];

/**
 * A Leitbild edition of `count` measures for layout tests and `docs:sample --large`: the demo's
 * measures repeated over its five fields, every 7th with a description of three paragraphs,
 * every 41st with a long one (about 25 lines), the 58th with one of two pages, every 5th naming a partner or lead in a
 * right-to-left script, every 13th with a two-line title.
 */
export function largeEditionInput(count: number, logo: LogoImage | null = sampleLogo()): EditionInput {
  const base = editionInput(demoFields.length, 0, logo);
  const texts = demoFields.flatMap((field) => field.measures);
  const measures: DocumentMeasureDto[] = Array.from({ length: count }, (_, i) => {
    const text = texts[i % texts.length]!;
    const field = i % demoFields.length;
    const rtl = RTL_NAMES[i % RTL_NAMES.length]!;
    const description =
      i === 57
        ? Array.from({ length: 12 }, () => LONG_PARAGRAPH).join(' ')
        : i % 41 === 40
        ? [text.description, ...Array.from({ length: 5 }, () => LONG_PARAGRAPH)].join('\n\n')
        : i % 7 === 6
          ? `${text.description}\n\n${LONG_PARAGRAPH}\n\n${LONG_PARAGRAPH.slice(0, 160)}.`
          : text.description;
    return {
      id: i + 1,
      fieldOfActionId: field + 1,
      code: `${demoFields[field]!.shortCode}-${String(Math.floor(i / demoFields.length) + 1).padStart(3, '0')}`,
      title: i % 13 === 12 ? `${text.title} – mit Beteiligung der Beiräte, Träger und Vereine im ganzen Bezirk (${i + 1})` : `${text.title} (${i + 1})`,
      description,
      goal: text.goal,
      lead: i % 10 === 4 ? `${text.lead}, Ansprechperson ${rtl}` : text.lead,
      partners: i % 5 === 0 ? `${text.partners ?? 'Harburger Integrationsrat'}, ${rtl}` : (text.partners ?? ''),
      targetGroup: '',
      periodFrom: 2022,
      periodTo: 2024,
      status: 'implementing',
    };
  });
  return {
    ...base,
    edition: { ...base.edition, ...demoEditionTexts() },
    fields: demoFieldsWith(measures),
    measureCount: count,
  };
}
