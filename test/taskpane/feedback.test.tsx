/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { hostFor, sampleWorkbook } from "../support/fakeWorkbooks";

// Issue 15 item 11: feedback next to the control that caused it, scrolled into view, and cleared
// when what was scored changes.

beforeEach(() => localStorage.clear());

it("shows each confirmation after its button, scrolls it into view, and clears it on a change (ky)", async () => {
  const scrolled: Element[] = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  const { excel } = sampleWorkbook();
  render(<App host={hostFor(excel, undefined, "ky-KG")} />);
  await screen.findByTestId("count-scored");

  const apply = screen.getByRole("button", { name: "Колдонуу" });
  await userEvent.click(apply);
  const written = await screen.findByTestId("written");
  expect(written.textContent).toMatch(/^Жазылган саптар: 40/);
  expect(scrolled).toContain(written);

  const cardsButton = screen.getByRole("button", { name: /Карточкалар|карточка/i });
  await userEvent.click(cardsButton);
  const made = await screen.findByTestId("scorecards-made");
  // Right after the button that made them, not at the end of the pane.
  expect(cardsButton.nextElementSibling).toBe(made);
  expect(scrolled).toContain(made);

  // A different column choice changes what was scored: both messages are old news.
  await userEvent.selectOptions(screen.getByLabelText(/^Облусу/), "");
  await waitFor(() => expect(screen.queryByTestId("written")).toBeNull());
  expect(screen.queryByTestId("scorecards-made")).toBeNull();
});
