import type { z } from 'zod';

/**
 * One call between renderer and main: its input schema and (as a type only) its output.
 * The output is a phantom type so the contract stays plain data that both sides can import.
 */
export interface CallDefinition<Input extends z.ZodType, Output> {
  readonly input: Input;
  readonly output?: Output;
}

/** `defineCall<Output>()(inputSchema)` — curried so the input type is inferred and the output given. */
export const defineCall =
  <Output>() =>
  <Input extends z.ZodType>(input: Input): CallDefinition<Input, Output> => ({ input });
