/**
 * A pure core refusing what it was asked (an amount that is not money, an allocation that cannot
 * add up, a run while one is running). A plain Error, so cores stay free of GraphQL: the GraphQL
 * edge (lib/formatError.ts) reports it to the client as BAD_USER_INPUT with this message, which
 * therefore must name what is wrong without quoting secrets.
 */
export class DomainRefusal extends Error {
  override name = 'DomainRefusal';

  /** `argumentName`: the argument or input field at fault, when there is one. */
  constructor(
    message: string,
    readonly argumentName?: string,
  ) {
    super(message);
  }
}
