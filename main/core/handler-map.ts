import type { CallName, CallOutput, ParsedInput } from '../../contract';

export type Handler<N extends CallName> = (input: ParsedInput<N>) => Promise<CallOutput<N>>;

/** Exactly one handler per declared call: the compiler refuses a missing or extra one. */
export type HandlerMap = { readonly [N in CallName]: Handler<N> };
