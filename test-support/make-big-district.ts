import { generateBigDistrict } from './big-district';

/** `tsx test-support/make-big-district.ts DATA_DIR SCALE`: the generator as a process, for e2e specs (Playwright does not load the app core itself). */
async function main(): Promise<void> {
  const [dataDir, scale] = process.argv.slice(2);
  if (!dataDir || !Number(scale)) throw new Error('usage: make-big-district DATA_DIR SCALE');
  const district = await generateBigDistrict(dataDir, Number(scale));
  console.log(JSON.stringify({ ...district.size, editionId: district.editionId, insertMs: Math.round(district.insertMs) }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
