/**
 * Where role assignments come from: the identity provider's directory of users and their groups,
 * read whole through an adapter (the file drop of a SCIM-style export, fileDropDirectory.ts; a
 * SCIM API could page through /Users instead). An adapter only reads and names what it could not;
 * roleHoldings.ts decides what the groups grant.
 */

/** One user as the directory exports it. */
export interface DirectoryUser {
  /** The subject the user's tokens carry (SCIM `userName`). */
  sub: string;
  displayName: string | null;
  /** An inactive user holds no role, whatever its groups. */
  active: boolean;
  /** The display names of its groups. */
  groups: readonly string[];
}

/** Why an export cannot be used, by where in it (`Resources[3].groups`), or `export` for the whole. */
export interface ExportProblem {
  at: string;
  problem: string;
}

export interface DirectoryExport {
  /** The export, as operators know it (a file's name). */
  source: string;
  users: readonly DirectoryUser[];
  /** Any problem refuses the whole export: nothing of it is loaded. */
  problems: readonly ExportProblem[];
}

export interface IdentityDirectory {
  /** Names the adapter in outcomes, e.g. file-drop. */
  readonly name: string;
  /** Every user as the directory holds them now. */
  read(): Promise<DirectoryExport>;
}
