/**
 * A list that must name every member of `Member`, checked at compile time: where a domain keeps the
 * values of an SDL enum as a runtime list (e.g. an order to report in), a value the SDL adds and the
 * list lacks is a type error naming it. Curried so that `Member` is given and the list inferred:
 * `listingEvery<LedgerSystem>()(['BILLING', 'GL', 'COLLECTIONS'])`.
 */
export function listingEvery<Member extends string>() {
  return <const List extends readonly Member[]>(
    list: List &
      ([Exclude<Member, List[number]>] extends [never] ? unknown : { missing: Exclude<Member, List[number]> }),
  ): readonly Member[] => list;
}
