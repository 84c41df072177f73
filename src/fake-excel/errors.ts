/** Error codes as Office.js reports them (OfficeExtension.Error.code). */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "InsertDeleteConflict"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

/** Thrown where Office.js throws, with the same code, so callers are tested against real failure modes. */
export class FakeOfficeError extends Error {
  override name = "RichApi.Error";
  constructor(
    readonly code: FakeErrorCode,
    message: string
  ) {
    super(message);
  }
}
