import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallError, ContactDto, FieldError, PhoneDto } from '../../../../contract';
import { PHONE_KINDS } from '../../../../contract/contacts-constants';
import { useForm } from '../../api/use-form';
import { useGuardedSubmit } from '../../app/unsaved-changes';
import { FormErrors } from '../../components/fields';
import { useMessage } from '../../i18n/messages';
import { InputField, TextAreaField } from '../measures/controls';
import { EntryList } from './EntryList';
import { OrganizationPicker } from './OrganizationPicker';
import { splitListErrors, toInput, type ContactLists, type ContactValues } from './contact-values';



interface ContactFormProps {
  readonly initial: ContactValues;
  readonly initialLists: ContactLists;
  /** Names of the organisations the person already has. */
  readonly organizationNames?: readonly { readonly id: number; readonly name: string }[];
  readonly submitLabel: string;
  /** Sends the input; a returned error is shown at the fields. */
  onSave(input: ReturnType<typeof toInput>): Promise<CallError | ContactDto>;
  onCancel?: () => void;
}

/**
 * All fields of a person, grouped: name, function and organisations, ways to reach them, more,
 * and the DSGVO consent in its own group. Messages come from the contract and stand at their field.
 */
export function ContactForm({ initial, initialLists, organizationNames = [], submitLabel, onSave, onCancel }: ContactFormProps) {
  const { t } = useTranslation();
  const message = useMessage();
  const form = useForm<ContactValues>(initial);
  /** The lists as last stored (at the start, then after each successful save). */
  const [stored, setStored] = useState(() => ({
    emails: initialLists.emails.length ? [...initialLists.emails] : [''],
    phones: initialLists.phones.length ? [...initialLists.phones] : [{ kind: 'work' as const, number: '' }],
    organizationIds: [...initialLists.organizationIds],
  }));
  const [emails, setEmails] = useState<string[]>(stored.emails);
  const [phones, setPhones] = useState<PhoneDto[]>(stored.phones);
  const [organizationIds, setOrganizationIds] = useState<number[]>(stored.organizationIds);
  /** Names of the organisations picked in this form (the person's own come with `organizationNames`). */
  const [pickedNames, setPickedNames] = useState<{ id: number; name: string }[]>([]);
  const listsChanged = JSON.stringify({ emails, phones, organizationIds }) !== JSON.stringify(stored);
  const [rowErrors, setRowErrors] = useState<Record<string, FieldError>>({});
  const listRoot = useRef<HTMLFieldSetElement>(null);

  const onSubmit = useGuardedSubmit(form, async (values) => {
    setRowErrors({});
    // Rows sent without the empty ones: an error at "emails.1" belongs to the second filled row.
    const filledEmails = emails.flatMap((email, index) => (email.trim() ? [index] : []));
    const filledPhones = phones.flatMap((phone, index) => (phone.number.trim() ? [index] : []));
    const result = await onSave(toInput(values, { emails, phones, organizationIds }));
    if (!('code' in result && 'messageKey' in result)) {
      setStored({ emails, phones, organizationIds });
      return;
    }
    const { rows, rest } = splitListErrors(result);
    const shown: Record<string, FieldError> = {};
    for (const [key, error] of Object.entries(rows)) {
      const [list, index] = key.split('.') as ['emails' | 'phones', string];
      const displayIndex = (list === 'emails' ? filledEmails : filledPhones)[Number(index)] ?? Number(index);
      shown[`${list}.${displayIndex}`] = error;
    }
    setRowErrors(shown);
    const first = Object.keys(shown)[0];
    if (first) window.requestAnimationFrame(() => listRoot.current?.querySelector<HTMLElement>(`[data-row="${first}"]`)?.focus());
    return Object.keys(shown).length > 0 && rest.fields.length === 0 ? { ...rest, messageKey: 'errors.invalidInput' } : rest;
  }, listsChanged);

  const rowError = (key: string) => {
    const error = rowErrors[key];
    return error ? message(error.messageKey, error.params) : undefined;
  };
  const nameOf = (orgId: number) => [...pickedNames, ...organizationNames].find((org) => org.id === orgId)?.name ?? '…';

  return (
    <form className="form contact-form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
      <FormErrors messages={form.formErrors} />
      <fieldset className="contact-form__group">
        <legend className="contact-form__legend">{t('contacts.form.groupName')}</legend>
        <div className="contact-form__row">
          <InputField form={form} name="salutation" label={t('contacts.form.salutation')} optional width="short" />
          <InputField form={form} name="title" label={t('contacts.form.title')} optional width="short" />
        </div>
        <div className="contact-form__row">
          <InputField form={form} name="firstName" label={t('contacts.form.firstName')} optional />
          <InputField form={form} name="lastName" label={t('contacts.form.lastName')} required />
        </div>
        <div className="contact-form__row">
          <InputField form={form} name="function" label={t('contacts.form.function')} optional />
          <InputField form={form} name="fraktion" label={t('contacts.form.fraktion')} hint={t('contacts.form.fraktionHint')} optional width="short" />
        </div>
        <fieldset className="contact-form__list">
          <legend className="field__label">{t('contacts.form.organizations')}</legend>
          {organizationIds.length === 0 ? <p className="muted">{t('contacts.form.noOrganizations')}</p> : null}
          <ul className="chip-list">
            {organizationIds.map((orgId) => (
              <li key={orgId} className="chip">
                <span>{nameOf(orgId)}</span>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={t('contacts.form.removeOrganization', { name: nameOf(orgId) })}
                  onClick={() => setOrganizationIds((current) => current.filter((each) => each !== orgId))}
                >
                  {t('contacts.form.remove')}
                </button>
              </li>
            ))}
          </ul>
          <OrganizationPicker
            exclude={organizationIds}
            onPick={(org) => {
              setPickedNames((current) => [...current, org]);
              setOrganizationIds((current) => [...current, org.id]);
            }}
          />
        </fieldset>
        <InputField form={form} name="department" label={t('contacts.form.department')} optional />
      </fieldset>

      <fieldset className="contact-form__group" ref={listRoot}>
        <legend className="contact-form__legend">{t('contacts.form.groupReach')}</legend>
        <EntryList
          legend={t('contacts.form.emails')}
          list="emails"
          entries={emails}
          setEntries={setEmails}
          errorFor={rowError}
          removeLabel={(n) => t('contacts.form.removeEmail', { n })}
          addLabel={t('contacts.form.addEmail')}
          blank=""
        >
          {(email, change, control, n) => (
            <input
              className="field__control field__control--medium"
              type="email"
              {...control}
              aria-label={t('contacts.form.emailN', { n })}
              value={email}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => change(event.target.value)}
            />
          )}
        </EntryList>
        <EntryList<PhoneDto>
          legend={t('contacts.form.phones')}
          list="phones"
          entries={phones}
          setEntries={setPhones}
          errorFor={rowError}
          removeLabel={(n) => t('contacts.form.removePhone', { n })}
          addLabel={t('contacts.form.addPhone')}
          blank={{ kind: 'mobile', number: '' }}
        >
          {(phone, change, control, n) => (
            <>
              <select
                className="field__control contact-form__phone-kind"
                aria-label={t('contacts.form.phoneKindN', { n })}
                value={phone.kind}
                onChange={(event) => change({ ...phone, kind: event.target.value as PhoneDto['kind'] })}
              >
                {PHONE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`contacts.phoneKinds.${kind}`)}
                  </option>
                ))}
              </select>
              <input
                className="field__control field__control--medium"
                type="tel"
                {...control}
                aria-label={t('contacts.form.phoneN', { n })}
                value={phone.number}
                autoComplete="off"
                onChange={(event) => change({ ...phone, number: event.target.value })}
              />
            </>
          )}
        </EntryList>
        <InputField form={form} name="street" label={t('contacts.form.street')} optional />
        <InputField form={form} name="street2" label={t('contacts.form.street2')} hint={t('contacts.form.street2Hint')} optional />
        <div className="contact-form__row">
          <InputField form={form} name="postalCode" label={t('contacts.form.postalCode')} optional width="short" />
          <InputField form={form} name="city" label={t('contacts.form.city')} optional />
        </div>
        <InputField form={form} name="country" label={t('contacts.form.country')} hint={t('contacts.form.countryHint')} optional width="short" />
        <InputField form={form} name="website" label={t('contacts.form.website')} spellCheck={false} optional />
      </fieldset>

      <fieldset className="contact-form__group">
        <legend className="contact-form__legend">{t('contacts.form.groupPrivate')}</legend>
        <p className="field__hint">{t('contacts.form.privateHint')}</p>
        <InputField form={form} name="privateStreet" label={t('contacts.form.privateStreet')} optional />
        <div className="contact-form__row">
          <InputField form={form} name="privatePostalCode" label={t('contacts.form.privatePostalCode')} optional width="short" />
          <InputField form={form} name="privateCity" label={t('contacts.form.privateCity')} optional />
        </div>
        <InputField form={form} name="privateCountry" label={t('contacts.form.privateCountry')} optional width="short" />
        <InputField form={form} name="birthday" type="date" width="short" label={t('contacts.form.birthday')} optional />
      </fieldset>

      <fieldset className="contact-form__group">
        <legend className="contact-form__legend">{t('contacts.form.groupMore')}</legend>
        <InputField form={form} name="languages" label={t('contacts.form.languages')} hint={t('contacts.form.listHint')} optional />
        <InputField form={form} name="categories" label={t('contacts.form.categories')} hint={t('contacts.form.listHint')} optional />
        <TextAreaField form={form} name="notes" label={t('contacts.form.notes')} optional rows={4} />
      </fieldset>

      <fieldset className="contact-form__group contact-form__group--consent">
        <legend className="contact-form__legend">{t('contacts.form.groupConsent')}</legend>
        <p className="field__hint">{t('contacts.form.consentHint')}</p>
        <InputField form={form} name="consentPurpose" label={t('contacts.form.consentPurpose')} optional />
        <div className="contact-form__row">
          <InputField form={form} name="consentDate" type="date" width="short" label={t('contacts.form.consentDate')} optional />
          <InputField form={form} name="consentHow" label={t('contacts.form.consentHow')} hint={t('contacts.form.consentHowHint')} optional />
        </div>
        <InputField form={form} name="consentWithdrawnOn" type="date" width="short" label={t('contacts.form.consentWithdrawnOn')} optional />
      </fieldset>

      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={form.submitting || undefined}>
          {form.submitting ? t('common.saving') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
