import type { ChangeEvent, ReactNode } from 'react';
import { usePeopleSuggestions } from './meeting-people';
import { FormFieldFrame, formControlProps, type FormFrameProps } from '../../components/fields';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** What a control inside `FormField` spreads onto itself: value, change, ids, ARIA, focus ref. */
export interface FormControlProps {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly ref: (element: Control | null) => void;
  readonly onChange: (event: ChangeEvent<Control>) => void;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-required': true | undefined;
}

interface FormFieldProps<V extends Record<string, string>> extends FormFrameProps<V> {
  readonly children: (control: FormControlProps) => ReactNode;
}

/**
 * One labelled field bound to a `useForm` value, with the app's field markup; the caller renders
 * the control (date, time, select, an input with a contact list) and spreads the props onto it.
 */
export function FormField<V extends Record<string, string>>({ children, ...props }: FormFieldProps<V>) {
  const { form, name } = props;
  const control = formControlProps(props);
  return (
    <FormFieldFrame {...props}>
      {children({ ...control, value: control.value ?? '', onChange: (event) => form.setValue(name, event.target.value) })}
    </FormFieldFrame>
  );
}

/**
 * The contacts offered while typing a person's name (chair, minute-taker, guest, assignee), searched
 * on the server for `text` (the field's value); a name typed by hand stays possible.
 */
export function PeopleDatalist({ id, text }: { id: string; text: string }) {
  const contacts = usePeopleSuggestions(text);
  return (
    <datalist id={id}>
      {contacts.map((contact) => (
        <option key={contact.id} value={contact.displayName} />
      ))}
    </datalist>
  );
}
