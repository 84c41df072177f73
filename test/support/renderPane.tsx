import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { hostFor, sampleWorkbook } from "./fakeWorkbooks";

/** The pane on the sample workbook, once it has read the sheet (in any of its languages). */
export async function renderSample(displayLanguage = "en-US") {
  const { excel, sheet } = sampleWorkbook();
  const host = hostFor(excel, undefined, displayLanguage);
  render(<App host={host} />);
  await screen.findByText(
    /Used range Data!A1:H41: 40 LSG rows|Заполненный диапазон Data!A1:H41|Толтурулган диапазон/
  );
  return { excel, sheet, host };
}
