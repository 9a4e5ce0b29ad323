/**
 * One error class per failure, as in the Java crypto module's sealed CryptoException. `kind` is the
 * name the test vectors use in their "error" field. Messages never repeat the input.
 */
export type CryptoErrorKind =
  | "MalformedInput"
  | "UnsupportedVersion"
  | "WrongRecipient"
  | "WrongRecordType"
  | "DecryptionFailed"
  | "InvalidSignature"
  | "TruncatedStream"
  | "InvalidRecoveryCode";

export abstract class CryptoError extends Error {
  abstract readonly kind: CryptoErrorKind;
}

export class MalformedInputError extends CryptoError {
  readonly kind = "MalformedInput";
}
export class UnsupportedVersionError extends CryptoError {
  readonly kind = "UnsupportedVersion";
}
export class WrongRecipientError extends CryptoError {
  readonly kind = "WrongRecipient";
}
export class WrongRecordTypeError extends CryptoError {
  readonly kind = "WrongRecordType";
}
export class DecryptionFailedError extends CryptoError {
  readonly kind = "DecryptionFailed";
}
export class InvalidSignatureError extends CryptoError {
  readonly kind = "InvalidSignature";
}
export class TruncatedStreamError extends CryptoError {
  readonly kind = "TruncatedStream";
}
export class InvalidRecoveryCodeError extends CryptoError {
  readonly kind = "InvalidRecoveryCode";
}
