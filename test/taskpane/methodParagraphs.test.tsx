/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { hostFor, sampleWorkbook } from "../support/fakeWorkbooks";

beforeEach(() => localStorage.clear());

// Issue 15 item 12: Fluent's Text is inline unless told otherwise, so the method's help and its
// description ran together as one line: "…по какой методике она сделана.Методика: …".
it("the method's help and description are separate paragraphs (no 'сделана.Методика')", async () => {
  const { excel } = sampleWorkbook();
  render(<App host={hostFor(excel, undefined, "ru-RU")} />);
  await screen.findByText(/строк ОМСУ — 40/);
  await userEvent.click(screen.getByRole("button", { name: "Методика" }));
  const description = screen.getByTestId("method-description");
  const help = screen.getByText(/по какой методике она сделана\./);
  for (const paragraph of [help, description])
    expect(getComputedStyle(paragraph).display).toBe("block");
});
