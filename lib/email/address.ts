/**
 * Email addresses as OffSwitch accepts and counts them. Pure: used by the sign-in provider (as
 * Auth.js's `normalizeIdentifier`), by the forms' schemas and by the per-address rate limits.
 */

/** The longest address SMTP can carry (RFC 5321 path limit). */
const MAX_ADDRESS_LENGTH = 254;

/**
 * One plain address, `local@domain`: letters, digits and the usual punctuation in the local part,
 * a dotted domain. Stricter than RFC 5322 on purpose: no quotes, comments, spaces, commas, angle
 * brackets or line breaks, which are how one "address" becomes several recipients or a header
 * injection once a mail library parses it again.
 */
const PLAIN_ADDRESS = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])$/;

/**
 * The address normalised (Unicode NFKC first, as Auth.js does, so a look-alike `＠` becomes `@`
 * and is then checked; trimmed; lower case), or undefined when it is not exactly one plain address.
 */
export function normalizeEmailAddress(input: unknown): string | undefined {
  if (typeof input !== "string") return undefined;
  const address = input.normalize("NFKC").trim().toLowerCase();
  if (address.length === 0 || address.length > MAX_ADDRESS_LENGTH) return undefined;
  return PLAIN_ADDRESS.test(address) ? address : undefined;
}

/**
 * The mailbox an address delivers to, for counting: `Name+tag@Example.org` and `name@example.org`
 * reach the same person at most providers, so they share one per-address limit. Only for keys:
 * mail still goes to the address as typed.
 */
export function mailboxKey(address: string): string {
  const normalized = address.normalize("NFKC").trim().toLowerCase();
  const at = normalized.lastIndexOf("@");
  if (at < 1) return normalized;
  const local = normalized.slice(0, at).split("+")[0] || normalized.slice(0, at);
  return `${local}@${normalized.slice(at + 1)}`;
}
