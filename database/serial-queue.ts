/**
 * Runs async jobs one after another. The sqlite3 driver has one connection, so two
 * transactions must never interleave on it.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job);
    // Keep the chain alive whatever the job's outcome; callers see the real result.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
