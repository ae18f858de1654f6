/**
 * The date the site is built "as of". Honours SOURCE_DATE_EPOCH so two builds of
 * the same commit can be made byte-identical; otherwise today (UTC).
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
