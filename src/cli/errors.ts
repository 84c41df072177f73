/** A problem the user can fix (bad arguments, unreadable file, missing column): one line, exit code 2. */
export class UserError extends Error {
  override name = "UserError";
}
