import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES } from '../../../../contract/documents-constants';
import { imageTypeOf } from '../../../../documents/engine/image-size';
import { useApi } from '../../api/api-context';
import { useCall } from '../../api/use-call';
import { useAppData } from '../../app/app-data';
import { href, paths } from '../../app/paths';
import { useToasts } from '../../components/toasts';
import { errorText, useMessage } from '../../i18n/messages';
import { bytesToBase64, readFileBytes } from '../../files/file-transfer';
import { logoSource } from './document-files';
import { FieldError } from '../../components/fields';

const OFFICE_FIELDS = ['districtName', 'officeName', 'officeAddress', 'officePhone', 'officeEmail'] as const;

interface Message {
  readonly key: string;
  readonly params?: Record<string, string | number>;
}

/**
 * "Briefkopf und Logo": the sender the documents print (from the settings) and the district's
 * logo – uploaded here (PNG or JPEG, at most 1 MB), shown small, removable.
 */
export function LogoCard() {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const message = useMessage();
  const { settings } = useAppData();
  const id = useId();
  const logo = useCall('documents.getLogo', {});
  const [error, setError] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const current = logo.data?.logo ?? null;
  /** The focus goes back to the file control once it is enabled again (after an error or a removal). */
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0 && !busy) input.current?.focus();
  }, [focusRequest, busy]);

  const refuse = (found: Message) => {
    setError(found);
    setFocusRequest((value) => value + 1);
  };

  const upload = async (file: File) => {
    setError(null);
    // Checked here for a quick answer; the main side checks again (type, header, size).
    if (file.size > LOGO_MAX_BYTES) return refuse({ key: 'documents.errors.logoTooLarge', params: { max: LOGO_MAX_BYTES / 1_000_000 } });
    const bytes = await readFileBytes(file);
    const type = imageTypeOf(bytes);
    if (!type) return refuse({ key: 'documents.errors.logoInvalid' });
    setBusy(true);
    const result = await api.call('documents.setLogo', { logo: { type, base64: bytesToBase64(bytes) } });
    setBusy(false);
    if (!result.ok) {
      const item = result.error.fields[0];
      return refuse(item ? { key: item.messageKey, params: { ...result.error.params, ...item.params } } : { key: result.error.messageKey, params: result.error.params });
    }
    logo.setData(result.data);
    if (input.current) input.current.value = '';
    toasts.success(t('documents.logo.saved'));
  };

  const remove = async () => {
    setError(null);
    setBusy(true);
    const result = await api.call('documents.setLogo', { logo: null });
    setBusy(false);
    if (!result.ok) return refuse({ key: result.error.messageKey, params: result.error.params });
    logo.setData(result.data);
    toasts.success(t('documents.logo.removed'));
    setFocusRequest((value) => value + 1);
  };

  const errorMessage = error ? message(error.key, error.params) : undefined;
  const lines = (value: string) => value.split(/\r?\n/).filter((line) => line.trim() !== '');

  return (
    <section className="card section documents-letterhead" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('documents.logo.title')}
      </h2>
      <p className="card__lead-text">{t('documents.logo.text')}</p>
      <div className="documents-letterhead__columns">
        <div>
          <h3 className="documents-letterhead__subtitle">{t('documents.logo.sender')}</h3>
          <dl className="facts">
            {OFFICE_FIELDS.map((field) => (
              <div className="facts__row" key={field}>
                <dt>{t(`settings.office.${field}`)}</dt>
                <dd>
                  {settings[field].trim() ? (
                    lines(settings[field]).map((line, index) => <span key={index} className="documents-letterhead__line">{line}</span>)
                  ) : (
                    <span className="muted">{t('documents.logo.notEntered')}</span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <p>
            <a className="link-arrow" href={href(paths.settings)}>
              {t('documents.logo.settingsLink')}
            </a>
          </p>
        </div>

        <div>
          <h3 className="documents-letterhead__subtitle">{t('documents.logo.logo')}</h3>
          {logo.data === undefined ? (
            logo.status === 'failed' && logo.error ? (
              <p className="inline-problem">{errorText(message, logo.error)}</p>
            ) : (
              <p className="muted">{t('common.loading')}</p>
            )
          ) : current ? (
            <figure className="documents-logo">
              <img className="documents-logo__image" src={logoSource(current)} alt={t('documents.logo.currentAlt')} />
            </figure>
          ) : (
            <p className="muted">{t('documents.logo.none')}</p>
          )}
          <div className={['field', errorMessage ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
            <p className="field__hint" id={`${id}-hint`}>
              {t('documents.logo.uploadHint')}
            </p>
            <div className="documents-logo__actions">
              <input
                ref={input}
                id={`${id}-file`}
                type="file"
                className="visually-hidden documents-logo__input"
                accept="image/png,image/jpeg,.png,.jpg,.jpeg"
                aria-describedby={[`${id}-hint`, errorMessage ? `${id}-error` : null].filter(Boolean).join(' ')}
                aria-invalid={errorMessage ? true : undefined}
                disabled={busy}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) void upload(file);
                }}
              />
              <label htmlFor={`${id}-file`} className="button button--secondary documents-logo__choose">
                {current ? t('documents.logo.replace') : t('documents.logo.upload')}
              </label>
              {current ? (
                <button type="button" className="button button--danger-quiet" onClick={() => void remove()} disabled={busy}>
                  {t('documents.logo.remove')}
                </button>
              ) : null}
            </div>
            {errorMessage ? <FieldError id={`${id}-error`} text={errorMessage} /> : null}
          </div>
        </div>
      </div>
    </section>
  );
}
