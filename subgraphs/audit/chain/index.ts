/** Tamper-evident audit trail: a hash chain over audit events, Ed25519-signed checkpoints, and a verifier. */
export type { ChainHead, ChainVerdict, ChainedEvent, Checkpoint, CheckpointSigningKey, EventDraft } from './types';
export { GENESIS_HASH, chainMany, chainNext, eventHash } from './hash';
export { checkCheckpoint, signCheckpoint, verifyCheckpointSignature, type CheckpointCheck } from './checkpoint';
export { verifyChain } from './verify';
