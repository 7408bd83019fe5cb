/**
 * Newest wins: of the signals a person gave for one purpose and channel, the one given last decides,
 * by the time the person gave it, not the order they arrived in (a signal delivered late stays in
 * the history without changing the state). Two given at the same instant: a withdrawal wins, as the
 * safer reading, then the one received last.
 */

export type ConsentDecision = 'GRANTED' | 'WITHDRAWN';

export interface SignalFacts {
  id: string;
  decision: ConsentDecision;
  givenAt: Date;
  receivedAt: Date;
}

function newer(a: SignalFacts, b: SignalFacts): boolean {
  if (a.givenAt.getTime() !== b.givenAt.getTime()) return a.givenAt.getTime() > b.givenAt.getTime();
  if (a.decision !== b.decision) return a.decision === 'WITHDRAWN';
  if (a.receivedAt.getTime() !== b.receivedAt.getTime()) return a.receivedAt.getTime() > b.receivedAt.getTime();
  return a.id > b.id;
}

export function signalInForce<Signal extends SignalFacts>(signals: readonly Signal[]): Signal | undefined {
  let inForce: Signal | undefined;
  for (const signal of signals) if (!inForce || newer(signal, inForce)) inForce = signal;
  return inForce;
}
