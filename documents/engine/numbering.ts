import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';
import { LIST_REFERENCE } from './render-blocks';
import { TYPOGRAPHY } from './typography';
import { twipsFromMm } from './units';

/** "1.", "2.", … with the number hanging in the left indent, as a petitum or an agenda is numbered. */
export const documentNumbering: INumberingOptions = {
  config: [
    {
      reference: LIST_REFERENCE,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: twipsFromMm(TYPOGRAPHY.listNumber.indentMm), hanging: twipsFromMm(TYPOGRAPHY.listNumber.hangingMm) } } },
        },
      ],
    },
  ],
};
