/**
 * npm run geo:import -- FILE... [--dry-run] [--force]
 * Loads an official list of provinces / districts / sub-districts and reports what it added,
 * renamed, restored or retired. Refuses to retire more than 10% of a level without --force,
 * which protects against importing a partial list by mistake.
 */
import { loadConfig } from '../config';
import { openConfiguredDatabase } from '../db/open';
import { applyGeoDiff, diffGeography, loadExisting, readImportFiles, type GeoDiff } from '../modules/geo/geo.import';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const force = args.includes('--force');
const files = args.filter((a) => !a.startsWith('--'));

function report(diff: GeoDiff) {
  const line = (label: string, items: { code: string }[], describe: (x: never) => string) => {
    console.log(`${label}: ${items.length}`);
    for (const x of items.slice(0, 20)) console.log(`  ${describe(x as never)}`);
    if (items.length > 20) console.log(`  … and ${items.length - 20} more`);
  };
  line('added', diff.added, (r: GeoDiff['added'][number]) => `${r.code} ${r.nameTh}${r.nameEn ? ` (${r.nameEn})` : ''}`);
  line('renamed', diff.renamed, (r: GeoDiff['renamed'][number]) => `${r.code} ${r.from.nameTh} / ${r.from.nameEn ?? '-'} → ${r.to.nameTh} / ${r.to.nameEn ?? '-'}`);
  line('restored', diff.restored, (r: GeoDiff['restored'][number]) => `${r.code} ${r.nameTh}`);
  line('retired', diff.retired, (r: GeoDiff['retired'][number]) => `${r.code} ${r.nameTh}`);
  console.log(`unchanged: ${diff.unchanged}`);
}

async function main() {
  if (!files.length) {
    console.error('usage: npm run geo:import -- FILE_OR_DIR... [--dry-run] [--force]');
    process.exit(2);
  }
  const incoming = readImportFiles(files);
  const config = loadConfig();
  const database = await openConfiguredDatabase(config, (m) => console.log(m));
  try {
    const existing = await loadExisting(database.db);
    const diff = diffGeography(existing, incoming);
    report(diff);
    for (const level of ['province', 'district', 'tambon'] as const) {
      const total = existing.filter((u) => u.level === level && u.active).length;
      const retiring = diff.retired.filter((u) => u.level === level).length;
      if (total && retiring / total > 0.1 && !force) {
        console.error(`refusing: the list would retire ${retiring} of ${total} ${level} units; is it complete? Use --force to apply.`);
        process.exitCode = 3;
        return;
      }
    }
    if (dryRun) {
      console.log('dry run: nothing written');
      return;
    }
    await applyGeoDiff(database.db, diff, `geo-import ${new Date().toISOString()}`);
    console.log('applied');
  } finally {
    await database.shutdown();
  }
}

main().catch((err) => {
  console.error(`geo:import failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
