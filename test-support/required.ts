/** CI says so with CI=true (any value but "", "0" and "false"); .ci/run installs every tool the tests need. */
export const onCi = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());

export interface Requirement {
  /** For `describe.skipIf(…)`: true only on a developer's machine that lacks it – never on CI. */
  readonly skip: boolean;
  /** For `beforeAll(…)`: on CI a missing requirement fails the suite with `missing` instead of skipping it. */
  readonly check: () => void;
}

/**
 * Something a test needs that a machine may lack (a tool, root). Present: the tests run. Missing
 * on a developer's machine: skipped, with a warning saying what to install. Missing on CI: the
 * tests are not skipped but fail at once with that message, so a CI run never passes with them
 * silently left out.
 */
export function required(present: boolean, missing: string): Requirement {
  let warned = false;
  return {
    // Warns where a suite asks, not where the module is imported (user-path.test.ts imports small-disk too).
    get skip() {
      const skip = !present && !onCi;
      if (skip && !warned) console.warn(`Test skipped: ${missing}`);
      warned = true;
      return skip;
    },
    check: () => {
      if (!present) throw new Error(`${missing} – on CI (CI=true) that is a failure, not a reason to skip`);
    },
  };
}
