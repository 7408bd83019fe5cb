/** PCI data at rest: envelope encryption, master-key rotation, blind indexes and card tokens. */
export { KeyRingError, deriveDevelopmentKeyRing, parseKeyRing, type KeyRing, type MasterKey } from './keyRing';
export { DecryptionError, decryptField, encryptField, keyIdOf } from './envelope';
export { needsRotation, rotateField } from './rotate';
export { blindIndex, deriveIndexKey } from './blindIndex';
export {
  InvalidCardError,
  cardBrand,
  isLuhnValid,
  normalisePan,
  tokeniseCard,
  type CardBrand,
  type CardToken,
} from './cards';
