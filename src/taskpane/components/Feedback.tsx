import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useRef } from "react";

/**
 * A confirmation shown next to the control that caused it, and scrolled into view: in a narrow
 * task pane the button may sit at the bottom edge, and a message below the fold looks like nothing.
 */
export function Feedback({ children, testId }: { children: React.ReactNode; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // jsdom and old browsers lack the options form; nearest moves the pane only if needed.
    ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [children]);
  return (
    <MessageBar intent="success" role="status" ref={ref} data-testid={testId}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
