import type { CallInput, CallName, CallOutput, CallResult } from '../../../contract';
import { chooseTransport, type Transport } from './transport';

/** The typed way to talk to the main side; screens get it from `useApi()`. */
export interface Api {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<CallOutput<N>>>;
}

export function createApi(transport: Transport = chooseTransport()): Api {
  return {
    call: <N extends CallName>(name: N, input: CallInput<N>) =>
      transport(name, input) as Promise<CallResult<CallOutput<N>>>,
  };
}
