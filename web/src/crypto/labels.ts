/** Domain-separation labels, identical to org.aparte.crypto.Labels. */
export const Labels = {
  KEY_ID: "aparte/key-id/v1",
  WRAP: "aparte/wrap/v1",
  RECORD: "aparte/record/v1",
  STREAM: "aparte/stream/v1",
  AUTH_KEY: "aparte/auth-key/v1",
  KEY_WRAPPING_KEY: "aparte/key-wrapping-key/v1",
  AUTH_VERIFIER: "aparte/auth-verifier/v1",
  RECOVERY_AUTH_KEY: "aparte/recovery-auth-key/v1",
  RECOVERY_WRAPPING_KEY: "aparte/recovery-wrapping-key/v1",
  RECOVERY_CHECKSUM: "aparte/recovery-checksum/v1",
  SIGNATURE: "aparte/signature/v1",
  BOOKING_TOKEN: "aparte/booking-token/v1",
  PRESCRIPTION: "aparte/prescription/v1",
} as const;
