/**
 * @jest-environment jsdom
 */
import fs from "fs";
import path from "path";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { hostFor, sampleWorkbook } from "../support/fakeWorkbooks";

// Issue 15 item 13: the method editor's From/To inputs name their category for screen readers,
// and problem links (two or three characters) get a visible focus ring.

beforeEach(() => localStorage.clear());

it("names each From/To input with its category, in Kyrgyz", async () => {
  const { excel } = sampleWorkbook();
  render(<App host={hostFor(excel, undefined, "ky-KG")} />);
  await screen.findByTestId("count-scored");
  await userEvent.click(screen.getByRole("button", { name: "Методика" }));
  const names = screen
    .getAllByRole("spinbutton")
    .map((input) => input.getAttribute("aria-label") ?? "");
  expect(names).toHaveLength(6);
  expect(new Set(names).size).toBe(6);
  for (const name of names) expect(name).toMatch(/^(Баштап|Чейин): \S/);
  // The accessible name is the labelled one, not the bare "From".
  expect(screen.getAllByRole("spinbutton", { name: /^Баштап: / })).toHaveLength(3);
});

it("the pane's stylesheet gives problem links a visible focus ring", () => {
  const html = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
  expect(html).toMatch(/\.problems button:focus-visible \{[^}]*outline: 2px solid/);
});
