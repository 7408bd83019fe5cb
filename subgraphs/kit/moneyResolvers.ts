import { formatMinor, type MinorMoney } from '../../lib/money';

/**
 * Money in resolvers is integer minor units (MinorMoney), masked as such; the `Money` type formats
 * the amount once, here, for every subgraph that has it. Its currency and bucket are read as they are.
 */
export const moneyResolvers = {
  Money: {
    amount: (money: MinorMoney) => formatMinor(money.minor, money.currency).amount,
  },
};

/** The keys of T whose values are of type V. */
type KeysOf<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T];

type MinorKey<TParent> = KeysOf<TParent, number | null | undefined>;
type CurrencyKey<TParent> = KeysOf<TParent, string | null | undefined>;

/** Null where the parent may lack the amount or its currency: a non-null Money field takes only an amount always there. */
type MoneyOf<TParent, TMinor extends keyof TParent, TCurrency extends keyof TParent> = [
  Extract<TParent[TMinor] | TParent[TCurrency], null | undefined>,
] extends [never]
  ? MinorMoney
  : MinorMoney | null;

/**
 * A Money field read off its parent: the amount in minor units under `minorKey`, in the currency
 * under `currencyKey` (the parent's `currency` unless another is named), null when either is
 * missing. The parent type comes from the resolver map it is placed in, which checks the keys:
 * `totalValue: moneyField('totalValueMinor')`.
 */
export function moneyField<TParent extends { currency: string }, TMinor extends MinorKey<TParent>>(
  minorKey: TMinor,
): (parent: TParent) => MoneyOf<TParent, TMinor, 'currency'>;
export function moneyField<TParent, TMinor extends MinorKey<TParent>, TCurrency extends CurrencyKey<TParent>>(
  minorKey: TMinor,
  currencyKey: TCurrency,
): (parent: TParent) => MoneyOf<TParent, TMinor, TCurrency>;
export function moneyField(minorKey: string, currencyKey = 'currency') {
  return (parent: Record<string, unknown>): MinorMoney | null => {
    const minor = parent[minorKey] as number | null | undefined;
    const currency = parent[currencyKey] as string | null | undefined;
    return minor == null || currency == null ? null : { minor, currency };
  };
}
