import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { Occupied } from "../../host/contract";
import type { Strings } from "../strings";

/** Asks before Apply overwrites cells the add-in did not write: how many, and the first of them. */
export function ConsentDialog({
  t,
  consent,
  onOverwrite,
  onCancel,
}: {
  t: Strings;
  consent: Occupied;
  onOverwrite: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.consentTitle}</DialogTitle>
          <DialogContent>{t.consentBody(consent.count, consent.cells.join(", "))}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onOverwrite}>
              {t.overwrite}
            </Button>
            <Button onClick={onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
