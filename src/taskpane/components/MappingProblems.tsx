import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { describeMappingError, fieldName } from "../../report";
import type { Language } from "../../rubric";
import type { MappingError } from "../../sheets";
import type { Strings } from "../strings";

/**
 * Why the columns could not be matched. A column chosen for several fields stops the run (sheets'
 * matchColumns): said in the user's language here, since the error's own message is the command
 * line's English; the rest of the problem follows unless the shared columns were all of it.
 */
export function MappingProblems({
  t,
  lang,
  error,
}: {
  t: Strings;
  lang: Language;
  error: MappingError;
}) {
  const { shared } = error;
  const onlyShared =
    shared.length > 0 &&
    error.missing.length === 0 &&
    error.ambiguous.length === 0 &&
    error.unresolved.length === 0;
  return (
    <>
      {shared.map(({ header, fields }) => (
        <MessageBar key={header.letter} intent="error">
          <MessageBarBody>
            {t.sharedColumn(header.letter, fields.map((f) => fieldName(f, lang)).join(", "))}
          </MessageBarBody>
        </MessageBar>
      ))}
      {!onlyShared && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.mappingProblem} {describeMappingError(error, lang)}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
