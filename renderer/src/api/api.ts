import type { CallInput, CallName, CallOutput, CallResult } from '../../../contract';
import { chooseTransport, chooseUpload, type Transport, type Upload } from './transport';

/** The typed way to talk to the main side; screens get it from `useApi()`. */
export interface Api {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<CallOutput<N>>>;
  /** Browser mode: sends a file (a database to import) as it is; the answer's token goes to `backups.importChosen`. */
  upload?: Upload;
}

export function createApi(transport: Transport = chooseTransport(), upload: Upload | undefined = chooseUpload()): Api {
  return {
    upload,
    call: <N extends CallName>(name: N, input: CallInput<N>) =>
      transport(name, input) as Promise<CallResult<CallOutput<N>>>,
  };
}
