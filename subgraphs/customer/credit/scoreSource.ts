/**
 * A risk vendor's credit scores, as an adapter delivers them: each vendor (a file drop, an API) plugs
 * in behind this interface, and everything after it (checks, the change path, the limit rules) is the
 * same for all. An adapter only reads and hands over; it never decides whether a row is good.
 */

/** One line as the vendor sent it: text, unchecked. A row names its customer by id or by a source record. */
export interface RawScoreRecord {
  /** Where it was in the delivery (the header, if any, is line 1). */
  line: number;
  customerId: string;
  sourceSystem: string;
  sourceId: string;
  score: string;
  asOf: string;
  vendorReference: string;
}

/** A line that could not even be read as a record (a wrong number of fields, an unknown column). */
export interface ScoreProblem {
  line: number;
  reason: string;
}

export interface ScoreDelivery {
  /** Names the delivery in outcomes and change reasons: the file's name for the file drop. */
  reference: string;
  records: RawScoreRecord[];
  problems: ScoreProblem[];
}

export interface CreditScoreSource {
  /** The adapter, for outcomes: e.g. `file-drop`. */
  readonly name: string;
  /** The deliveries waiting, oldest first, by reference. Throws when the vendor's side cannot be read. */
  waiting(): Promise<string[]>;
  read(reference: string): Promise<ScoreDelivery>;
  /** The delivery was applied: it is not to be read again. */
  markApplied(reference: string): Promise<void>;
}
