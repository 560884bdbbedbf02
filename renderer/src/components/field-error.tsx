import { AlertIcon } from './icons';

/** The error line under a control: icon and text, referenced by the control's aria-describedby. */
export function FieldError({ id, text }: { id?: string; text: string }) {
  return (
    <p className="field__error" id={id}>
      <AlertIcon size={18} />
      <span>{text}</span>
    </p>
  );
}
