import { defineConfig } from "prisma/config";
import { SEARCH_TABLES } from "./lib/data/search-tables";

// Used by the Prisma CLI (`prisma generate`, and `prisma migrate deploy` where its engine can be
// downloaded). The app itself migrates through scripts/migrate.ts and needs none of this.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/parallax.db" },
  // The full-text search tables come from raw SQL in a migration, not from schema.prisma.
  experimental: { externalTables: true },
  tables: { external: [...SEARCH_TABLES] },
});
