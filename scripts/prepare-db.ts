import { getPrisma } from "@/lib/db";
import { countArticles } from "@/lib/data/articles";
import { databaseFileFromUrl } from "@/lib/data/database-url";
import { applyMigrations } from "@/lib/data/migrate";
import { seedDatabase } from "@/seeds/seed";

/**
 * Brings the database named by DATABASE_URL up to date: pending migrations applied, and the seed
 * articles with their comparison added when the library is empty. Safe to run on every start.
 */
export async function prepareDatabase(log: (message: string) => void = console.log): Promise<void> {
  const file = databaseFileFromUrl(process.env.DATABASE_URL);
  const { applied } = await applyMigrations(file);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  try {
    if ((await countArticles()) === 0) {
      const result = await seedDatabase();
      log(`Seeded ${result.articlesCreated} articles and the comparison /c/${result.comparisonSlug}.`);
    }
  } finally {
    await getPrisma().$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
