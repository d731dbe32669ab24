/**
 * One big workbook through the whole job, in a process of its own so its peak memory is its own:
 * `npx tsx scripts/bench-big.ts <file.xlsx>` prints JSON — the floor (inflating every part of the
 * package, nothing else), the whole job (read → analyse → write the package), and the peak RSS.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { analyseXlsx } from "../src/adapters/xlsx/xlsxFile";
import { entryChunks, readZip } from "../src/adapters/xlsx/package/zip";

async function main(file: string) {
  const bytes = new Uint8Array(readFileSync(file));
  const t0 = performance.now();
  let inflated = 0;
  for (const e of readZip(bytes)) for (const chunk of entryChunks(e)) inflated += chunk.length;
  const floorMs = performance.now() - t0;

  const t1 = performance.now();
  const r = await analyseXlsx(bytes, path.basename(file));
  const jobMs = performance.now() - t1;
  console.log(
    JSON.stringify({
      file: path.basename(file),
      megabytes: bytes.length / 1e6,
      inflatedMegabytes: inflated / 1e6,
      floorMs,
      jobMs,
      ratio: jobMs / floorMs,
      peakRssMegabytes: process.resourceUsage().maxRSS / 1024,
      overall: r.analysis.overall.value,
      outputMegabytes: r.output.length / 1e6,
    }),
  );
}

main(process.argv[2]).catch((e) => {
  console.error(e);
  process.exit(1);
});
