import { benchContacts } from '../bench/contacts-bench';
import { benchDocuments } from '../bench/documents-bench';
import { benchImportFairness } from '../bench/import-fairness-bench';
import type { BenchFigure } from '../bench/bench-support';
import { benchMeasures } from '../bench/measures-bench';
import { benchMeetings } from '../bench/meetings-bench';
import { benchSecureDelete } from '../bench/secure-delete-bench';

/** `npm run bench`: prints each figure with its target; exits 1 when a target is missed. */
async function main(): Promise<number> {
  const figures: BenchFigure[] = [...(await benchMeasures()), ...(await benchDocuments()), ...(await benchContacts()), ...(await benchImportFairness()), ...(await benchMeetings()), ...(await benchSecureDelete())];
  console.log('\nLeitbild-Werkstatt – Benchmark');
  for (const figure of figures) {
    const value = figure.unit === '×' ? figure.value.toFixed(2) : figure.value.toFixed(1);
    console.log(`${figure.met ? '✔' : '✘'} ${figure.name}: ${value} ${figure.unit} (Ziel ${figure.target})`);
  }
  return figures.every((figure) => figure.met) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
