import { defineConfig } from 'prisma/config';

// Used by `prisma generate` only. Migrations run through scripts/db/migrate.ts, because the
// native schema engine cannot be downloaded here (docs/decisions/002-two-databases.md).
export default defineConfig({
	schema: 'prisma/sqlite/schema.prisma'
});
