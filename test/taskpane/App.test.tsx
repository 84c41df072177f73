/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { hostFor, sampleWorkbook, workbookFromCsv } from "../support/fakeWorkbooks";

beforeEach(() => localStorage.clear());

async function renderSample(displayLanguage = "en-US") {
  const { excel, sheet } = sampleWorkbook();
  const host = hostFor(excel, undefined, displayLanguage);
  render(<App host={host} />);
  await screen.findByText(
    /Used range Data!A1:H41: 40 LSG rows|Заполненный диапазон Data!A1:H41|Толтурулган диапазон/
  );
  return { excel, sheet, host };
}

describe("the task pane on the sample workbook", () => {
  it("shows the source, the detected columns, the check counts and the finding", async () => {
    await renderSample();
    expect(screen.getByText(/Header on row 1\./)).toBeTruthy();
    expect((screen.getByLabelText(/^Documents(?!:)/) as HTMLSelectElement).value).toBe("E");
    expect((screen.getByLabelText(/^Budget(?!:)/) as HTMLSelectElement).value).toBe("G");
    expect((screen.getByLabelText(/^LSG/) as HTMLSelectElement).value).toBe("C");
    expect(screen.getByTestId("count-scored").textContent).toBe("39");
    expect(screen.getByTestId("count-blank").textContent).toBe("1");
    expect(screen.getByTestId("count-invalid").textContent).toBe("0");
    // All three categories (adding up to 39), the study's 23 (59%) within the addressing ones.
    expect(
      screen.getByText(
        /Of 39 LSGs scored, 25 \(64%\) pursue gender-addressing policy \(23 of them, 59% of the LSGs scored, .*\), 3 \(8%\) gender-positive policy and 11 \(28%\) gender-blind policy\./
      )
    ).toBeTruthy();
  });

  it("selects a problem's cell in Excel when the user clicks it", async () => {
    const { excel } = await renderSample();
    await userEvent.click(screen.getByRole("button", { name: /^E21:/ }));
    await waitFor(() =>
      expect(excel.model.selection?.area).toEqual({ top: 20, left: 4, bottom: 20, right: 4 })
    );
  });

  it("applies: writes the results and the summary, and reports what it did", async () => {
    const { excel, sheet } = await renderSample();
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    await screen.findByText(/Wrote 40 rows to columns I:K; “Summary” updated with 3 charts\./);
    expect(sheet.valueAt(1, 10)).toBe("gender-addressing policy");
    expect(excel.model.charts).toHaveLength(3);
  });

  it("asks before overwriting the user's data, and writes nothing when the user cancels", async () => {
    const { sheet } = await renderSample();
    sheet.write({ top: 2, left: 9, bottom: 2, right: 9 }, [["do not lose me"]]);
    // The pane read the sheet before the note was typed: its results would land on the note.
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    const dialog = await screen.findByRole("dialog");
    expect(
      within(dialog).getByText(/1 cell where the results go already holds data \(J3\)/)
    ).toBeTruthy();
    // Fluent's dialog hides its content from assistive technology until its opening motion ends:
    // wait for the button as a user would, instead of asking for it in the same tick.
    await userEvent.click(await within(dialog).findByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(sheet.valueAt(2, 9)).toBe("do not lose me");
    expect(sheet.valueAt(0, 8)).toBe("");
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    await userEvent.click(await screen.findByRole("button", { name: "Overwrite" }));
    await screen.findByText(/Wrote 40 rows/);
    expect(sheet.valueAt(2, 9)).toBe(1);
  });

  it("lets the user correct a column, and remembers it in the workbook", async () => {
    const { excel } = await renderSample();
    await userEvent.selectOptions(screen.getByLabelText(/^Budget(?!:)/), "F");
    // Mechanism lost its column to budget: the pane asks for it instead of guessing.
    await screen.findByText(/Some required columns were not found/);
    expect(screen.getByRole("button", { name: "Apply" }).hasAttribute("disabled")).toBe(true);
    await waitFor(() =>
      expect(excel.model.settings.get("GenderScorecard.state")).toMatchObject({
        mappings: { [excel.model.sheets[0].id]: { budget: "F" } },
      })
    );
  });

  it("speaks Office's language and switches language on request, numbers unchanged", async () => {
    await renderSample("ky-KG");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("ЖӨБ гендердик баалоо");
    expect(
      screen.getByText(
        /Бааланган ЖӨБ: 39\. Алардын ичинен 25 \(64%\) .* \(анын ичинде 23, же бааланган ЖӨБдүн 59%, .*\); 3 \(8%\) .*; 11 \(28%\)/
      )
    ).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText("Тил"), "ru");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Гендерная оценка ОМСУ");
    expect(
      screen.getByText(
        /Оценено ОМСУ: 39\. Из них 25 \(64\s%\) .* \(в том числе 23, или 59\s% оценённых, .*\); 3 \(8\s%\) .*; 11 \(28\s%\)/
      )
    ).toBeTruthy();
    expect(localStorage.getItem("GenderScorecard.language")).toBe("ru");
  });

  it("tells users of older Excel what is missing instead of failing", async () => {
    const { excel } = sampleWorkbook();
    render(
      <App
        host={hostFor(excel, {
          core: true,
          conditionalFormats: false,
          tablesUnderSelection: true,
          mergedAreas: true,
        })}
      />
    );
    expect(
      await screen.findByText(/This Excel lacks: coloured categories \(ExcelApi 1\.6\)/)
    ).toBeTruthy();
    // Let the pane finish reading before the test ends.
    await screen.findByText(/Used range Data!A1:H41/);
  });
});

describe("on an Excel too old for the pane", () => {
  it("says so and offers nothing that would fail", async () => {
    const { excel } = sampleWorkbook();
    render(
      <App
        host={hostFor(excel, {
          core: false,
          conditionalFormats: false,
          tablesUnderSelection: false,
          mergedAreas: false,
        })}
      />
    );
    expect(await screen.findByText(/too old for the pane \(it needs ExcelApi 1\.7\)/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Apply" })).toBeNull();
  });
});

describe("assessment quality in the pane", () => {
  it("warns about scores without evidence, and can be switched off", async () => {
    const csv = [
      "LSG name,District,Oblast,Round,Documents score,Documents evidence,Mechanism score,Mechanism evidence,Budget score,Budget evidence",
      "Bosteri,Issyk-Kul,Issyk-Kul,2023,3,Plan 2023 p.5,2,,1,Budget line 12",
      "Tamchy,Issyk-Kul,Issyk-Kul,2023,1,,0,,0,",
    ].join("\n");
    render(<App host={hostFor(workbookFromCsv(csv, "Rounds").excel)} />);
    expect((await screen.findByTestId("count-evidence")).textContent).toBe("2");
    await userEvent.click(
      screen.getByRole("switch", { name: /Warn about scores above 0 without evidence/ })
    );
    await waitFor(() => expect(screen.queryByTestId("count-evidence")).toBeNull());
  });

  it("edits the method's thresholds, refuses a gap, saves a valid one in the workbook, and stops offering live formulas", async () => {
    const { excel } = await renderSample();
    await userEvent.click(screen.getByRole("button", { name: "Method" }));
    const [positiveFrom] = screen.getAllByLabelText("From");
    const [, addressingTo, blindTo] = screen.getAllByLabelText("To");
    await userEvent.clear(blindTo);
    await userEvent.type(blindTo, "1");
    await userEvent.click(screen.getByRole("button", { name: "Save method" }));
    expect((await screen.findByRole("alert")).textContent).toContain("no band holds a total of 2");
    await userEvent.clear(blindTo);
    await userEvent.type(blindTo, "2");
    await userEvent.clear(positiveFrom);
    await userEvent.type(positiveFrom, "8");
    await userEvent.clear(addressingTo);
    await userEvent.type(addressingTo, "7");
    await userEvent.click(screen.getByRole("button", { name: "Save method" }));
    await waitFor(() =>
      expect(screen.getByTestId("method-description").textContent).toContain(
        "8–9 gender-positive policy; 3–7"
      )
    );
    // The sample's three positive LSGs total 7: now gender-addressing.
    expect(
      screen.getByText(/3 \(8%\) gender-positive|0 \(0%\) gender-positive/).textContent
    ).toContain(
      "28 (72%) pursue gender-addressing policy (23 of them, 59% of the LSGs scored, covering only one or two of the three indicators), 0 (0%) gender-positive"
    );
    expect(screen.getByRole("radio", { name: /Live formulas/ }).hasAttribute("disabled")).toBe(
      true
    );
    await waitFor(() =>
      expect(
        (
          excel.model.settings.get("GenderScorecard.state") as {
            method?: { categories: { id: string; min: number }[] };
          }
        ).method?.categories[0]
      ).toMatchObject({ id: "positive", min: 8 })
    );
  });
});

describe("two raters in the pane", () => {
  it("shows agreement, writes a Reconcile sheet, and scores the agreed values after reading again", async () => {
    const fs = await import("fs");
    const path = await import("path");
    const csv = fs.readFileSync(
      path.resolve(__dirname, "../../assets/sample-two-raters.csv"),
      "utf8"
    );
    const { excel, model } = workbookFromCsv(csv, "Raters");
    render(<App host={hostFor(excel)} />);
    const agreement = await screen.findByTestId("agreement");
    expect(within(agreement).getByText(/Agreement between raters: Айгүл \/ Бакыт/)).toBeTruthy();
    expect(within(agreement).getAllByRole("row")[1].textContent).toBe(
      "Documents1283%100%0.91almost perfect"
    );
    expect(screen.getByTestId("disagreements").textContent).toMatch(
      /^4 disagreements between the raters, 4 not yet agreed/
    );
    expect(screen.getByTestId("count-scored").textContent).toBe("8");

    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    await screen.findByText(/Wrote 12 rows/);
    const summaryTexts = model
      .sheetByName("Summary")!
      .values({ top: 0, left: 0, bottom: 80, right: 0 })
      .flat();
    expect(summaryTexts).toContain("Agreement between raters: Айгүл / Бакыт");
    const reconcile = model.sheetByName("Reconcile")!;
    expect(reconcile.values({ top: 0, left: 0, bottom: 1, right: 11 })[1]).toEqual([
      "Кереге-Ташский АО",
      "Ак-Суйский район",
      "2019", // the round as the report names it, written as text (Excel would have parsed it)
      "Documents",
      "documents",
      "Айгүл",
      3,
      "Программа развития 2019–2023, раздел 4",
      "Бакыт",
      2,
      "Гендерный раздел есть, но без показателей",
      "",
    ]);
    // The raters agree in the sheet, then the pane reads again.
    reconcile.write({ top: 1, left: 11, bottom: 4, right: 11 }, [[2], [1], [0], [3]]);
    await userEvent.click(screen.getByRole("button", { name: "Read again" }));
    // Wait for the new count itself: a pattern that also matched the old "4 not yet agreed" would
    // wait for nothing.
    await waitFor(() =>
      expect(screen.getByTestId("disagreements").textContent).toContain("0 not yet agreed")
    );
    expect(screen.getByTestId("count-scored").textContent).toBe("12");
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    await screen.findByText(/Wrote 12 rows/);
    expect(model.sheets.map((s) => s.name)).toEqual(["Raters", "Summary", "Reconcile"]);
    expect(reconcile.valueAt(1, 11)).toBe(2);
  });
});

describe("printable scorecards from the pane", () => {
  it("writes one card per LSG on an A4 portrait sheet with a page break after each, and refreshes it in place", async () => {
    const { excel } = await renderSample();
    await userEvent.click(screen.getByRole("button", { name: "Printable scorecards" }));
    await screen.findByText("“Scorecards”: 40 scorecards, one A4 page each.");
    const sheet = excel.model.sheetByName("Scorecards")!;
    expect(sheet.pageLayout).toEqual({ orientation: "Portrait", paperSize: "A4" });
    expect(sheet.pageBreaks).toHaveLength(39);
    expect(sheet.valueAt(0, 0)).toBe("Scorecard: Теплоключенский АО");
    expect(sheet.values({ top: 4, left: 0, bottom: 4, right: 4 })[0]).toEqual([
      "Documents",
      2,
      "",
      1.95, // Issyk-Kul: 37 / 19 LSGs; all: 74 / 39
      1.9,
    ]);
    await userEvent.click(screen.getByRole("button", { name: "Printable scorecards" }));
    await waitFor(() =>
      expect(excel.model.sheets.map((s) => s.name)).toEqual(["Data", "Scorecards"])
    );
    expect(sheet.pageBreaks).toHaveLength(39);
  });
});

describe("a second rater's sheet chosen in the pane", () => {
  it("pairs the active sheet with the chosen one and shows their agreement", async () => {
    const { WorkbookModel, FakeExcel } = await import("../../src/fake-excel");
    const { fill } = await import("../support/fakeWorkbooks");
    const model = new WorkbookModel();
    const scores = {
      Айгүл: [
        [2, 1, 0],
        [3, 0, 0],
        [1, 1, 1],
      ],
      Бакыт: [
        [2, 1, 0],
        [3, 1, 0],
        [1, 1, 1],
      ],
    };
    for (const [name, rows] of Object.entries(scores)) {
      const sheet = model.addSheet(name);
      fill(sheet, [
        ["ОМСУ", "Документы", "Механизм", "Бюджет"],
        ...["Түп", "Санташ", "Ак-Дөбө"].map((lsg, i) => [lsg, ...rows[i]]),
      ]);
    }
    render(<App host={hostFor(new FakeExcel(model))} />);
    await screen.findByTestId("count-scored");
    expect(screen.queryByTestId("agreement")).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText("Second rater's sheet"), "Бакыт");
    const agreement = await screen.findByTestId("agreement");
    expect(within(agreement).getByText(/Айгүл \/ Бакыт/)).toBeTruthy();
    expect(screen.getByTestId("disagreements").textContent).toMatch(
      /^1 disagreement between the raters, 1 not yet agreed/
    );
    expect(screen.getByTestId("count-scored").textContent).toBe("2");
  });
});
