import { vi } from 'vitest';
import type { CallError, CallInput, CallName, CallOutput, CallResult, EditionSummaryDto, FieldOfActionDto } from '../../../contract';
import type { Api } from '../api/api';

type Handler<N extends CallName> = (input: CallInput<N>) => CallResult<CallOutput<N>> | Promise<CallResult<CallOutput<N>>>;
export type FakeHandlers = { [N in CallName]?: Handler<N> };

export const ok = <T>(data: T): CallResult<T> => ({ ok: true, data });
export const fail = (error: Partial<CallError> & Pick<CallError, 'messageKey'>): CallResult<never> => ({
  ok: false,
  error: { code: 'rejected', fields: [], ...error },
});

export interface FakeApi extends Api {
  readonly calls: { name: CallName; input: unknown }[];
  callsOf(name: CallName): unknown[];
}

/**
 * An `Api` answering from handlers; unknown calls fail like the real dispatcher does.
 * `editions.list` answers with one draft edition unless the handlers say otherwise.
 */
export function fakeApi(given: FakeHandlers): FakeApi {
  const handlers: FakeHandlers = { ...editionsHandlers(), ...given };
  const calls: { name: CallName; input: unknown }[] = [];
  const call = vi.fn(async (name: CallName, input: unknown) => {
    calls.push({ name, input });
    const handler = handlers[name] as ((value: unknown) => CallResult<unknown> | Promise<CallResult<unknown>>) | undefined;
    if (!handler) return fail({ code: 'unknown-call', messageKey: 'errors.unknownCall' });
    return handler(input);
  });
  return {
    call: call as unknown as Api['call'],
    calls,
    callsOf: (name) => calls.filter((entry) => entry.name === name).map((entry) => entry.input),
  };
}

export { defaultSettings, readyStatus } from './shell-defaults';

export const defaultEdition: EditionSummaryDto = {
  id: 1,
  title: 'Zusammenleben in Vielfalt',
  subtitle: '',
  periodFrom: 2022,
  periodTo: 2024,
  status: 'draft',
  adoptedOn: null,
  drucksache: '',
  predecessorId: null,
  measureCount: 0,
  fieldCount: 0,
};

/** `editions.list` answering with the given editions (newest first, like the service). */
export const editionsHandlers = (editions: readonly EditionSummaryDto[] = [defaultEdition]): FakeHandlers => ({
  'editions.list': () => ok([...editions]),
});

/**
 * Fields of action in memory, with the rules of the real service that the screens rely on:
 * required and unique names, complete reorders, refusing to delete names listed in `inUse`.
 */
export function fieldsOfActionHandlers(names: readonly string[], options: { inUse?: readonly string[] } = {}) {
  let nextId = 1;
  const now = '2026-11-26T09:00:00.000Z';
  const make = (name: string, shortCode = '', description = ''): FieldOfActionDto => ({
    id: nextId,
    editionId: defaultEdition.id,
    name,
    shortCode,
    description,
    position: nextId++,
    createdAt: now,
    updatedAt: now,
  });
  let fields: FieldOfActionDto[] = names.map((name) => make(name));
  const ordered = () => fields.map((field, index) => ({ ...field, position: index + 1 }));
  const taken = (name: string, exceptId?: number) =>
    fields.some((field) => field.id !== exceptId && field.name.toLocaleLowerCase('de') === name.trim().toLocaleLowerCase('de'));

  const handlers: FakeHandlers = {
    'fieldsOfAction.list': () => ok(ordered()),
    'fieldsOfAction.create': ({ name, shortCode = '', description = '' }) => {
      if (!name.trim()) return fail({ code: 'invalid-input', messageKey: 'errors.invalidInput', fields: [{ field: 'name', messageKey: 'validation.required' }] });
      if (taken(name)) return fail({ messageKey: 'fieldsOfAction.errors.nameTaken', params: { name: name.trim() }, fields: [{ field: 'name', messageKey: 'fieldsOfAction.errors.nameTaken', params: { name: name.trim() } }] });
      const field = make(name.trim(), shortCode.trim().toUpperCase(), description.trim());
      fields = [...fields, field];
      return ok({ ...field, position: fields.length });
    },
    'fieldsOfAction.update': ({ id, name, shortCode = '', description = '' }) => {
      const existing = fields.find((field) => field.id === id);
      if (!existing) return fail({ code: 'not-found', messageKey: 'fieldsOfAction.errors.notFound' });
      if (!name.trim()) return fail({ code: 'invalid-input', messageKey: 'errors.invalidInput', fields: [{ field: 'name', messageKey: 'validation.required' }] });
      if (taken(name, id)) return fail({ messageKey: 'fieldsOfAction.errors.nameTaken', params: { name }, fields: [{ field: 'name', messageKey: 'fieldsOfAction.errors.nameTaken', params: { name } }] });
      const updated = { ...existing, name: name.trim(), shortCode: shortCode.trim().toUpperCase(), description: description.trim() };
      fields = fields.map((field) => (field.id === id ? updated : field));
      return ok(updated);
    },
    'fieldsOfAction.reorder': ({ orderedIds }) => {
      if (orderedIds.length !== fields.length || !orderedIds.every((id) => fields.some((field) => field.id === id))) {
        return fail({ messageKey: 'fieldsOfAction.errors.reorderStale', fields: [{ field: 'orderedIds', messageKey: 'fieldsOfAction.errors.reorderStale' }] });
      }
      fields = orderedIds.map((id) => fields.find((field) => field.id === id) as FieldOfActionDto);
      return ok(ordered());
    },
    'fieldsOfAction.delete': ({ id }) => {
      const existing = fields.find((field) => field.id === id);
      if (!existing) return fail({ code: 'not-found', messageKey: 'fieldsOfAction.errors.notFound' });
      if (options.inUse?.includes(existing.name)) return fail({ messageKey: 'fieldsOfAction.errors.inUse', params: { name: existing.name } });
      fields = fields.filter((field) => field.id !== id);
      return ok({ id });
    },
  };
  return { handlers, current: () => ordered() };
}
