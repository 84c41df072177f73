/**
 * Error codes as Office.js reports them (OfficeExtension.Error.code), from learn.microsoft.com:
 * "Error handling with the application-specific JavaScript APIs", tables "Error codes and messages"
 * and "Excel-specific error codes and messages".
 */
export type FakeErrorCode =
  | "AccessDenied"
  | "Conflict"
  | "GeneralException"
  | "InvalidOperationInCellEditMode"
  | "InvalidSelection"
  | "RangeExceedsLimit"
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "NotImplemented"
  | "InsertDeleteConflict"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "UnsupportedFeature"
  // A ClientResult's value read before its sync: OfficeExtension's core code (office.js,
  // ClientResult.value; CoreErrorCodes.valueNotLoaded), not in the Excel error tables.
  | "ValueNotLoaded";

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
