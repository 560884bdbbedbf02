import { useTranslation } from 'react-i18next';
import { HARBURG_MOTION_CONVENTIONS, type MotionConventionsDto } from '../../../../contract/settings-constants';
import { motionHeading } from '../../../../documents/antrag/motion-wording';
import type { FormController } from '../../api/use-form';
import { TextField } from '../../components/fields';

export type MotionValues = { [K in keyof MotionConventionsDto]: string };

export const MOTION_FIELDS: ReadonlyArray<keyof MotionConventionsDto> = [
  'singleHeading',
  'jointHeading',
  'jointItem',
  'singleKind',
  'jointKind',
  'subjectPrefix',
  'petitumLabel',
  'petitumOpening',
  'actingBody',
  'signatureHeading',
];

/**
 * Anträge: how this district's Bezirksversammlung words a motion (Harburg's by default), so another
 * district (Altona: "Interfraktioneller Antrag der Fraktionen …") can use its own. Fields of the
 * settings screen's one form; the service answers at `motionConventions.<key>`.
 */
export function MotionConventionsFields<V extends MotionValues & Record<string, string>>({ form, headingId }: { form: FormController<V>; headingId: string }) {
  const { t } = useTranslation();
  // A blank field means Harburg's wording (the service falls back the same way).
  const example = Object.fromEntries(MOTION_FIELDS.map((name) => [name, form.values[name].trim() || HARBURG_MOTION_CONVENTIONS[name]])) as unknown as MotionConventionsDto;
  return (
    <div className="settings-group">
      <h3 className="settings-group__title" id={headingId}>
        {t('settings.motion.title')}
      </h3>
      <p className="settings-group__intro">{t('settings.motion.intro')}</p>
      {MOTION_FIELDS.map((name) => (
        <TextField key={name} form={form} name={name} label={t(`settings.motion.${name}`)} hint={t('settings.motion.default', { value: HARBURG_MOTION_CONVENTIONS[name] })} width="medium" />
      ))}
      <p className="field__hint">
        {t('settings.motion.example')} <strong lang="de">{motionHeading(['SPD'], example)}</strong> · <strong lang="de">{motionHeading(['SPD', 'GRÜNE', 'CDU'], example)}</strong>
      </p>
    </div>
  );
}
