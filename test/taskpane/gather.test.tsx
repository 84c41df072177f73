/**
 * @jest-environment jsdom
 */
import fs from "fs";
import path from "path";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { ALL_CAPABILITIES } from "../../src/excel/capabilities";
import { hostFor, sampleWorkbook } from "../support/fakeWorkbooks";

// "Add assessors' files…" in the pane: what it says and does beyond the cycle's happy path
// (test/taskpane/cycle.test.tsx).

beforeEach(() => localStorage.clear());

const asset = (name: string) => path.resolve(__dirname, "../../assets", name);
const fileOf = (name: string, bytes: Buffer | string = fs.readFileSync(asset(name))) =>
  new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name);

function choose(files: File[], label: RegExp | string) {
  fireEvent.change(screen.getByLabelText(label), { target: { files } });
}

describe("Add assessors' files…", () => {
  it("on Excel without ExcelApi 1.13 says so, names the command line, and offers no button", async () => {
    const { excel } = sampleWorkbook();
    render(<App host={hostFor(excel, { ...ALL_CAPABILITIES, insertSheets: false })} />);
    await screen.findByText(/40 LSG rows/);
    expect(
      screen.getByText(/This Excel lacks: adding assessors' files \(ExcelApi 1\.13\)/)
    ).toBeTruthy();
    const section = screen.getByRole("region", { name: "Add assessors' files…" });
    expect(
      within(section).getByText(/needs ExcelApi 1\.13.*npm run score -- a\.xlsx b\.xlsx/)
    ).toBeTruthy();
    expect(within(section).getByRole("button", { name: "Choose files…" })).toHaveProperty(
      "disabled",
      true
    );
  });

  it("in Russian: gathers a workbook and a CSV file, names the files it could not take", async () => {
    const { excel } = sampleWorkbook();
    const model = excel.model;
    render(<App host={hostFor(excel, undefined, "ru-RU")} />);
    await screen.findByText(/Заполненный диапазон Data!A1:H41/);
    // Only the files this time: not the pane's 2019 rows.
    await userEvent.click(screen.getByLabelText(/Включить строки листа «Data»/));
    const csv = fs
      .readFileSync(asset("sample-lsg-assessments.csv"), "utf8")
      .split("\n")
      .slice(0, 6)
      .join("\n");
    choose(
      [
        fileOf("round-2025-issyk-kul.xlsx"),
        fileOf("broken.xlsx", "not a workbook"),
        fileOf("old.xls", "whatever"),
        fileOf("osh.csv", csv),
      ],
      "Файлы оценщиков"
    );
    const status = await screen.findByText(/собраны на лист «Сводная»/);
    expect(status.textContent).toBe(
      "Строк ОМСУ: 25 (файлов: 2) — собраны на лист «Сводная»; панель теперь читает его."
    );
    const outcome = status.closest("[role=status]") as HTMLElement;
    expect(within(outcome).getByText("Не собраны:")).toBeTruthy();
    expect(
      within(outcome).getByText(
        "broken.xlsx: Excel не смог открыть его как книгу (InvalidArgument)"
      )
    ).toBeTruthy();
    expect(
      within(outcome).getByText(
        "old.xls: добавлять можно только книги Excel (.xlsx, .xlsm) и CSV-файлы"
      )
    ).toBeTruthy();
    expect(within(outcome).getByText("osh.csv: строк ОМСУ — 5 (лист «osh»)")).toBeTruthy();
    // The workbook's sheet is added as it came; the CSV is read, not added as a sheet.
    expect(model.sheets.map((s) => s.name)).toEqual(["Data", "Раунд 2025", "Сводная"]);
    await screen.findByText(/^Таблица «.*» на листе «Сводная»: строк ОМСУ — 25\./);
  });

  it("adds no sheet and keeps the pane's data when no file gives a row", async () => {
    const { excel } = sampleWorkbook();
    render(<App host={hostFor(excel)} />);
    await screen.findByText(/40 LSG rows/);
    choose([fileOf("broken.xlsx", "not a workbook")], "Assessors' files");
    const status = await screen.findByText("No rows were gathered.");
    expect(
      within(status.closest("[role=status]") as HTMLElement).getByText(
        "broken.xlsx: Excel could not open it as a workbook (InvalidArgument)"
      )
    ).toBeTruthy();
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Data"]);
    expect(screen.getByText(/Used range Data!A1:H41: 40 LSG rows/)).toBeTruthy();
  });
});
