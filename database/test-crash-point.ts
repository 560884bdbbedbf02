/**
 * A crash on purpose, for the crash tests only (main/server/*crash*.test.ts): with
 *
 *   LEITBILD_TEST_CRASH_AT=before-commit:N
 *
 * in its environment, the process kills itself with SIGKILL inside its N-th write unit (counted
 * from the start of the process, N ≥ 1; a unit whose work threw does not count) after all of that
 * unit's statements ran and before COMMIT – the one moment the tests cannot hit from outside. Nothing else arms it: without that
 * exact variable (read once, at load) this is a no-op, and a value of any other form stops the
 * start rather than running unarmed by a typo. The app, the CLI and `npm run serve` never set it.
 */
const VARIABLE = 'LEITBILD_TEST_CRASH_AT';

function parse(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  const match = /^before-commit:([1-9]\d*)$/.exec(value);
  if (!match) throw new Error(`${VARIABLE}=${value}: expected before-commit:N (N ≥ 1)`);
  return Number(match[1]);
}

const crashInUnit = parse(process.env[VARIABLE]);
let units = 0;

/** Called by AppDatabase.write between a unit's work and its COMMIT. */
export async function beforeCommit(): Promise<void> {
  if (crashInUnit === null) return;
  units += 1;
  if (units !== crashInUnit) return;
  process.kill(process.pid, 'SIGKILL');
  // SIGKILL to oneself is delivered before this returns; never let the unit go on to COMMIT anyway.
  await new Promise<never>(() => undefined);
}
