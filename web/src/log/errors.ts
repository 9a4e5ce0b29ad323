/**
 * One error class per failure, as in the Java transparency module's sealed TransparencyException.
 * `kind` is the name merkle-proofs.json uses in its "error" field. Messages name sizes and indices
 * only: the log holds public keys, never user data.
 */
export type LogErrorKind =
  | "LeafIndexOutOfRange"
  | "TreeSizeOrder"
  | "WrongProofLength"
  | "MalformedHash"
  | "RootMismatch"
  | "MalformedEntry"
  | "OwnerSignature";

export abstract class LogError extends Error {
  abstract readonly kind: LogErrorKind;
}

export class LeafIndexOutOfRangeError extends LogError {
  readonly kind = "LeafIndexOutOfRange";
}
export class TreeSizeOrderError extends LogError {
  readonly kind = "TreeSizeOrder";
}
export class WrongProofLengthError extends LogError {
  readonly kind = "WrongProofLength";
}
export class MalformedHashError extends LogError {
  readonly kind = "MalformedHash";
}
export class RootMismatchError extends LogError {
  readonly kind = "RootMismatch";
}
export class MalformedEntryError extends LogError {
  readonly kind = "MalformedEntry";
}
export class OwnerSignatureError extends LogError {
  readonly kind = "OwnerSignature";
}
