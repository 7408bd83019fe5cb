/** An amount a refusal quotes, in integer minor units: the edge shows it in the currency's major unit. */
export class QuotedAmount {
  constructor(readonly minor: number) {}
}

/** Marks an amount in a refusal's message: `` amountMessage`would be ${quoted(400)}` ``. */
export function quoted(minor: number): QuotedAmount {
  return new QuotedAmount(minor);
}

export type MessagePart = string | QuotedAmount;

/** A message whose amounts stay amounts until the currency is known. */
export function amountMessage(strings: TemplateStringsArray, ...values: unknown[]): MessagePart[] {
  const parts: MessagePart[] = [strings[0]];
  values.forEach((value, i) => {
    parts.push(value instanceof QuotedAmount ? value : String(value), strings[i + 1]);
  });
  return parts;
}

/** Without a formatter an amount reads "400 minor units". */
function render(parts: readonly MessagePart[], format?: (minor: number) => string): string {
  return parts
    .map((part) => {
      if (!(part instanceof QuotedAmount)) return part;
      return format && Number.isSafeInteger(part.minor) ? format(part.minor) : `${part.minor} minor units`;
    })
    .join('');
}

/**
 * A pure core refusing what it was asked (an amount that is not money, an allocation that cannot
 * add up, a run while one is running). A plain Error, so cores stay free of GraphQL: the GraphQL
 * edge (lib/formatError.ts) reports it to the client as BAD_USER_INPUT with this message, which
 * therefore must name what is wrong without quoting secrets. Cores work in minor units and do not
 * know the currency, so amounts in the message are quoted parts the caller renders in its currency.
 */
export class DomainRefusal extends Error {
  override name = 'DomainRefusal';
  private readonly parts: readonly MessagePart[];

  /** `argumentName`: the argument or input field at fault, when there is one. */
  constructor(
    message: string | readonly MessagePart[],
    readonly argumentName?: string,
  ) {
    const parts = typeof message === 'string' ? [message] : message;
    super(render(parts));
    this.parts = parts;
  }

  /** Rewrites the message with its quoted amounts formatted (money.ts's inCurrency: in a currency's major unit). */
  formatAmounts(format: (minor: number) => string): this {
    this.message = render(this.parts, format);
    return this;
  }
}
