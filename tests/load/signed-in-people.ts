import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * People with a database session, created directly in the database as Auth.js would after a
 * magic-link sign-in. Their session token is the value of the `authjs.session-token` cookie
 * (plain http on loopback, so without the __Secure- prefix).
 */
export type SignedInPerson = { userId: string; email: string; sessionToken: string; cookie: string };

export const SESSION_COOKIE = "authjs.session-token";

export async function createSignedInPeople(client: pg.Client, count: number, label: string): Promise<SignedInPerson[]> {
  const people = Array.from({ length: count }, (_, index) => {
    const userId = `${label}-${index}-${randomBytes(6).toString("hex")}`;
    const sessionToken = randomBytes(32).toString("hex");
    return { userId, email: `${userId}@example.test`, sessionToken, cookie: `${SESSION_COOKIE}=${sessionToken}` };
  });
  // One statement per table: 200 people take milliseconds, not 400 round trips.
  await client.query(`INSERT INTO "User" (id, email, "emailVerified") SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[])`, [
    people.map((person) => person.userId),
    people.map((person) => person.email),
    people.map(() => new Date()),
  ]);
  await client.query(`INSERT INTO "Session" ("sessionToken", "userId", expires) SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[])`, [
    people.map((person) => person.sessionToken),
    people.map((person) => person.userId),
    // 30 days, as a sign-in sets it: an older session would be rewritten on its next use.
    people.map(() => new Date(Date.now() + 30 * 24 * 60 * 60 * 1000)),
  ]);
  return people;
}

/** Every (guide, step) the server accepts, from the rows content sync wrote. */
export async function knownStepsIn(client: pg.Client): Promise<{ guide: string; step: string }[]> {
  const { rows } = await client.query<{ guide: string; step: string }>(
    `SELECT "guideSlug" AS guide, "stepId" AS step FROM "GuideStep" WHERE "retiredAt" IS NULL ORDER BY 1, 2`,
  );
  return rows;
}

export type StoredMark = { done: boolean; at: string };

/** The stored progress of these people, keyed `userId guide step`. */
export async function storedProgress(client: pg.Client, userIds: readonly string[]): Promise<Map<string, StoredMark>> {
  const { rows } = await client.query<{ userId: string; guideSlug: string; stepId: string; done: boolean; markedAt: Date }>(
    `SELECT "userId", "guideSlug", "stepId", done, "markedAt" FROM "StepProgress" WHERE "userId" = ANY($1::text[])`,
    [userIds],
  );
  return new Map(rows.map((row) => [`${row.userId} ${row.guideSlug} ${row.stepId}`, { done: row.done, at: row.markedAt.toISOString() }]));
}
