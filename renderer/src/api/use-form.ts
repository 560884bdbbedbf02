import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CallError, FieldError, MessageParams } from '../../../contract';
import { useMessage } from '../i18n/messages';

type Message = Pick<FieldError, 'messageKey' | 'params'>;
type FieldControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface FormController<V extends Record<string, string>> {
  readonly values: V;
  setValue(name: keyof V & string, value: string): void;
  /** The translated message shown under a field, if any. */
  errorFor(name: keyof V & string): string | undefined;
  /** Messages that belong to no field of this form (domain refusals, network, unknown fields). */
  readonly formErrors: readonly string[];
  readonly submitting: boolean;
  /** A value differs from the stored one (the initial values, or those of the last reset or save). */
  readonly dirty: boolean;
  /** The same, up to date even between renders (read when leaving). */
  isDirty(): boolean;
  /** The save under way, if any: resolves true when it was accepted. */
  readonly inFlight: () => Promise<boolean> | null;
  readonly ids: { field(name: keyof V & string): string; error(name: keyof V & string): string; hint(name: keyof V & string): string; form: string };
  /** Attach to the control so the form can move the focus to it. */
  refFor(name: keyof V & string): (element: FieldControl | null) => void;
  focus(name: keyof V & string): void;
  /** Shows a failed call: field errors at their fields (focus to the first), the rest at the form. */
  applyError(error: CallError): void;
  clearErrors(): void;
  reset(values?: V): void;
  /** Wraps a submit handler: prevents the page load, clears old errors, applies a returned error. */
  onSubmit(handler: (values: V) => Promise<CallError | void>): (event: FormEvent<HTMLFormElement>) => void;
  /** The same without an event (Ctrl+S, the leave dialog's "Änderungen speichern"): true when saved. */
  submit(handler: (values: V) => Promise<CallError | void>): Promise<boolean>;
}

const belongsTo = (field: string, name: string) => field === name || field.startsWith(`${name}.`);

/**
 * A small form helper around the contract's error shape: values as strings, one message per
 * field (translated at render time, so a language switch re-translates it), the rest form-wide.
 */
export function useForm<V extends Record<string, string>>(initial: V): FormController<V> {
  type Name = keyof V & string;
  const message = useMessage();
  const prefix = useId();
  const [values, setValues] = useState<V>(initial);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Name, Message>>>({});
  const [formMessages, setFormMessages] = useState<Message[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ name: Name } | null>(null);
  const controls = useRef(new Map<string, FieldControl>());
  const names = Object.keys(initial) as Name[];
  // What is stored: the values a change is measured against.
  const [baseline, setBaseline] = useState<V>(initial);
  const valuesNow = useRef(values);
  const baselineNow = useRef(baseline);
  const resets = useRef(0);
  const running = useRef<Promise<boolean> | null>(null);
  const dirty = names.some((name) => values[name] !== baseline[name]);

  useEffect(() => {
    if (focusRequest) controls.current.get(focusRequest.name)?.focus();
  }, [focusRequest]);

  const setValue = useCallback((name: Name, value: string) => {
    valuesNow.current = { ...valuesNow.current, [name]: value };
    setValues(valuesNow.current);
  }, []);

  const applyError = (error: CallError) => {
    // The values typed so far fill in parameters the main side left out (e.g. {{name}}).
    const fallback: MessageParams = { ...values };
    const withParams = (item: Message): Message => ({ messageKey: item.messageKey, params: { ...fallback, ...error.params, ...item.params } });
    const byField: Partial<Record<Name, Message>> = {};
    const rest: Message[] = [];
    for (const item of error.fields) {
      const name = names.find((candidate) => belongsTo(item.field, candidate));
      if (name && !byField[name]) byField[name] = withParams(item);
      else if (!name) rest.push(withParams(item));
    }
    if (error.fields.length === 0) rest.push(withParams(error));
    setFieldErrors(byField);
    setFormMessages(rest);
    const first = names.find((name) => byField[name]);
    if (first) setFocusRequest({ name: first });
  };

  const clearErrors = () => {
    setFieldErrors({});
    setFormMessages([]);
  };

  const submit = (handler: (values: V) => Promise<CallError | void>): Promise<boolean> => {
    if (running.current) return running.current;
    clearErrors();
    setSubmitting(true);
    const resetsBefore = resets.current;
    const submitted = values;
    const run = handler(submitted)
      .then((error) => {
        if (error) {
          applyError(error);
          return false;
        }
        // A handler that did not reset keeps what it sent as the stored values.
        if (resets.current === resetsBefore) {
          baselineNow.current = submitted;
          setBaseline(submitted);
        }
        return true;
      })
      .finally(() => {
        running.current = null;
        setSubmitting(false);
      });
    running.current = run;
    return run;
  };

  return {
    values,
    setValue,
    errorFor: (name) => {
      const item = fieldErrors[name];
      return item ? message(item.messageKey, item.params) : undefined;
    },
    formErrors: formMessages.map((item) => message(item.messageKey, item.params)),
    submitting,
    dirty,
    isDirty: () => names.some((name) => valuesNow.current[name] !== baselineNow.current[name]),
    inFlight: () => running.current,
    ids: {
      field: (name) => `${prefix}-${name}`,
      error: (name) => `${prefix}-${name}-error`,
      hint: (name) => `${prefix}-${name}-hint`,
      form: `${prefix}-form`,
    },
    refFor: (name) => (element) => {
      if (element) controls.current.set(name, element);
      else controls.current.delete(name);
    },
    focus: (name) => setFocusRequest({ name }),
    applyError,
    clearErrors,
    reset: (next) => {
      resets.current += 1;
      valuesNow.current = next ?? initial;
      baselineNow.current = next ?? initial;
      setValues(valuesNow.current);
      setBaseline(baselineNow.current);
      clearErrors();
    },
    onSubmit: (handler) => (event) => {
      event.preventDefault();
      if (submitting) return;
      void submit(handler);
    },
    submit,
  };
}
