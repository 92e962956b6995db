import { db } from '../src/lib/server/db/client';
const r = await db.$queryRaw<any[]>`SELECT s."id", s."expiresAt", u."mustChangePin", u."levelSetAt", u."deactivatedAt", u."role" FROM "Session" s JOIN "User" u ON u."id" = s."userId" LIMIT 1`;
console.log(r);
const q = await db.$queryRaw<any[]>`SELECT "passed", "percent", "createdAt" FROM "QuizAttempt" LIMIT 1`;
console.log(q);
