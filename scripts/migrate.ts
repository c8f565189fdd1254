import { databaseFileFromUrl } from "@/lib/data/database-url";
import { applyMigrations } from "@/lib/data/migrate";

/**
 * `npm run db:migrate`: applies the pending migrations in prisma/migrations to the database named by
 * DATABASE_URL (default data/parallax.db). The offline equivalent of `prisma migrate deploy`.
 * Pass --verbose to see the schema engine's own log.
 */
async function main(): Promise<void> {
  const file = databaseFileFromUrl(process.env.DATABASE_URL);
  const verbose = process.argv.includes("--verbose");
  const started = performance.now();
  const { applied } = await applyMigrations(file, {
    log: verbose ? (line) => console.log(`  ${line}`) : undefined,
  });
  const ms = Math.round(performance.now() - started);
  if (applied.length === 0) {
    console.log(`${file}: already up to date (${ms} ms).`);
    return;
  }
  console.log(`${file}: applied ${applied.length} migration${applied.length === 1 ? "" : "s"} (${ms} ms):`);
  for (const name of applied) console.log(`  ${name}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
