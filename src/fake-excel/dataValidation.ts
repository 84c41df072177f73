import { contains, intersects, type Area } from "./address";
import type { OperationQueue } from "./context";
import { FakeOfficeError } from "./errors";
import type { Scalar, SheetModel, WorkbookModel } from "./model";
import { ClientObject, loadNowMixin } from "./proxy";

// Range.dataValidation (ExcelApi 1.8; learn.microsoft.com: Excel.DataValidation class, and "Add
// data validation to Excel ranges"). Rules are stored per rectangle of cells, as Excel keeps them
// (a sheet's <dataValidation sqref="…">), and read back through load().
//
// What the fake refuses is what Excel refuses; what Excel lets through, it lets through:
// - Values written through the API are never checked against a rule: "data validation is
//   triggered only if the user directly enters a value into the range", not when a value is
//   pasted or written by code (learn.microsoft.com, "Add data validation to Excel ranges", Note).
//   Writing 4 into a 0–3 cell succeeds; `valid` then reads false, as in Excel.
// - Setting a rule, prompt or alert over cells whose validations differ (some cells with one,
//   some without) fails with InvalidArgument (OfficeDev/office-js#2594: a rule set over a range
//   that only partly had a prompt was refused). We refuse every such mixed range, the stricter
//   reading; a range carrying exactly one validation, or none, is accepted.
// - Titles longer than 32 characters, an input message over 255 or an error message over 225 are
//   refused ([MS-XLS] 2.5.37 DValStrings: Excel cannot store longer ones; the Office.js pages name
//   no limit, so we take the file format's, the stricter reading).
// - Only the whole-number and decimal rules are modelled; any other rule is refused with
//   NotImplemented so that a test never passes on a rule the fake does not understand.

export interface BasicRule {
  readonly formula1: number | string;
  readonly formula2?: number | string;
  readonly operator: string;
}

export interface ValidationRule {
  readonly wholeNumber?: BasicRule;
  readonly decimal?: BasicRule;
}

export interface DataValidationModel {
  readonly id: string;
  readonly sheetId: string;
  area: Area;
  rule: ValidationRule | null;
  prompt: { message: string; showPrompt: boolean; title: string } | null;
  errorAlert: { message: string; showAlert: boolean; style: string; title: string } | null;
  ignoreBlanks: boolean;
}

type Target = { sheet: SheetModel; area: Area };

const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];
const TYPES: Record<keyof ValidationRule, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
};

function invalid(message: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", message);
}

function checkRule(rule: ValidationRule): ValidationRule {
  const keys = Object.keys(rule) as (keyof ValidationRule)[];
  if (keys.length !== 1) throw invalid("A data validation rule has exactly one criterion.");
  const [key] = keys;
  if (!(key in TYPES))
    throw new FakeOfficeError("NotImplemented", `The in-memory Excel models no "${key}" rule.`);
  const basic = rule[key]!;
  if (!OPERATORS.includes(basic.operator)) throw invalid(`Unknown operator "${basic.operator}".`);
  const numeric = (v: unknown) => v !== undefined && v !== "" && Number.isFinite(Number(v));
  if (!numeric(basic.formula1)) throw invalid("formula1 must be a number.");
  if (/Between/.test(basic.operator) && !numeric(basic.formula2))
    throw invalid(`${basic.operator} needs formula2.`);
  return { [key]: { ...basic } };
}

function checkLength(text: string | undefined, limit: number, what: string): void {
  if (text !== undefined && text.length > limit)
    throw invalid(`The ${what} has ${text.length} characters; Excel keeps at most ${limit}.`);
}

/** Whether a cell's value satisfies a rule (a blank one does when blanks are ignored). */
export function satisfies(value: Scalar | null, model: DataValidationModel): boolean {
  if (value === null || value === "") return model.ignoreBlanks;
  const key = model.rule && (Object.keys(model.rule)[0] as keyof ValidationRule);
  if (!key) return true;
  const { operator, formula1, formula2 } = model.rule![key]!;
  if (typeof value !== "number" || (key === "wholeNumber" && !Number.isInteger(value)))
    return false;
  const a = Number(formula1);
  const b = Number(formula2);
  switch (operator) {
    case "Between":
      return value >= a && value <= b;
    case "NotBetween":
      return value < a || value > b;
    case "EqualTo":
      return value === a;
    case "NotEqualTo":
      return value !== a;
    case "GreaterThan":
      return value > a;
    case "LessThan":
      return value < a;
    case "GreaterThanOrEqualTo":
      return value >= a;
    default:
      return value <= a;
  }
}

export class FakeDataValidation extends ClientObject<Target> {
  protected readonly kind = "data validation";
  protected readonly defaultProperties = ["type", "rule", "prompt", "errorAlert", "ignoreBlanks"];

  constructor(
    queue: OperationQueue,
    private readonly model: WorkbookModel,
    resolve: () => Target
  ) {
    super(queue, resolve);
  }

  private here(t: Target): DataValidationModel[] {
    return this.model.dataValidations.filter(
      (v) => v.sheetId === t.sheet.id && intersects(v.area, t.area)
    );
  }

  /** The one validation the whole range carries, null for none, "mixed" otherwise. */
  private single(t: Target): DataValidationModel | null | "mixed" {
    const found = this.here(t);
    if (found.length === 0) return null;
    if (found.length === 1 && contains(found[0].area, t.area)) return found[0];
    return "mixed";
  }

  /** The validation to change: the range's own, or a new one over it. */
  private own(t: Target): DataValidationModel {
    t.sheet.assertEditable(t.area);
    const found = this.single(t);
    if (found === "mixed")
      throw invalid("The range's cells have different data validation; clear it first.");
    if (found) return found;
    const created: DataValidationModel = {
      id: this.model.newId("dv"),
      sheetId: t.sheet.id,
      area: t.area,
      rule: null,
      prompt: null,
      errorAlert: null,
      ignoreBlanks: true,
    };
    this.model.dataValidations.push(created);
    return created;
  }

  protected readProperty(t: Target, property: string): unknown {
    const found = this.single(t);
    const one = found === "mixed" ? null : found;
    switch (property) {
      case "type":
        if (found === "mixed") return "Inconsistent";
        return one?.rule ? TYPES[Object.keys(one.rule)[0] as keyof ValidationRule] : "None";
      case "rule":
        return one?.rule ? JSON.parse(JSON.stringify(one.rule)) : null;
      case "prompt":
        return one?.prompt ? { ...one.prompt } : null;
      case "errorAlert":
        return one?.errorAlert ? { ...one.errorAlert } : null;
      case "ignoreBlanks":
        return one ? one.ignoreBlanks : true;
      case "valid":
        return this.validity(t);
      default:
        throw invalid(`DataValidation has no property "${property}".`);
    }
  }

  /** True if every cell is valid, false if none is, null if some are (the page's definition). */
  private validity(t: Target): boolean | null {
    let good = 0;
    let bad = 0;
    for (let r = t.area.top; r <= t.area.bottom; r++) {
      for (let c = t.area.left; c <= t.area.right; c++) {
        const rule = this.model.dataValidations.find(
          (v) =>
            v.sheetId === t.sheet.id && contains(v.area, { top: r, left: c, bottom: r, right: c })
        );
        if (!rule || satisfies(t.sheet.valueAt(r, c), rule)) good++;
        else bad++;
      }
    }
    return bad === 0 ? true : good === 0 ? false : null;
  }

  get type(): string {
    return this.get("type");
  }
  get rule(): ValidationRule | null {
    return this.get("rule");
  }
  set rule(rule: ValidationRule) {
    this.change({ set: "dataValidation.rule", rule }, (t) => {
      const checked = checkRule(rule);
      this.own(t).rule = checked;
    });
  }
  get prompt(): DataValidationModel["prompt"] {
    return this.get("prompt");
  }
  set prompt(prompt: { message?: string; showPrompt?: boolean; title?: string }) {
    this.change({ set: "dataValidation.prompt", prompt }, (t) => {
      checkLength(prompt.title, 32, "prompt title");
      checkLength(prompt.message, 255, "prompt message");
      this.own(t).prompt = {
        message: prompt.message ?? "",
        showPrompt: prompt.showPrompt ?? true,
        title: prompt.title ?? "",
      };
    });
  }
  get errorAlert(): DataValidationModel["errorAlert"] {
    return this.get("errorAlert");
  }
  set errorAlert(alert: { message?: string; showAlert?: boolean; style?: string; title?: string }) {
    this.change({ set: "dataValidation.errorAlert", alert }, (t) => {
      checkLength(alert.title, 32, "error alert title");
      checkLength(alert.message, 225, "error alert message");
      const style = alert.style ?? "Stop";
      if (!["Stop", "Warning", "Information"].includes(style))
        throw invalid(`Unknown alert style "${style}".`);
      this.own(t).errorAlert = {
        message: alert.message ?? "",
        showAlert: alert.showAlert ?? true,
        style,
        title: alert.title ?? "",
      };
    });
  }
  get ignoreBlanks(): boolean {
    return this.get("ignoreBlanks");
  }
  set ignoreBlanks(ignore: boolean) {
    this.change({ set: "dataValidation.ignoreBlanks", ignore }, (t) => {
      this.own(t).ignoreBlanks = ignore;
    });
  }
  get valid(): boolean | null {
    return this.get("valid");
  }

  /** Clears the range's cells of validation; a rule over a larger area keeps its other cells. */
  clear(): void {
    this.change({ call: "dataValidation.clear" }, (t) => {
      t.sheet.assertEditable(t.area);
      const kept: DataValidationModel[] = [];
      for (const v of this.model.dataValidations) {
        if (v.sheetId !== t.sheet.id || !intersects(v.area, t.area)) kept.push(v);
        else
          for (const area of subtract(v.area, t.area))
            kept.push({ ...v, id: this.model.newId("dv"), area });
      }
      this.model.dataValidations = kept;
    });
  }

  loadNow(properties: string[]): Record<string, unknown> {
    return loadNowMixin(this, this.target(), properties, (t, p) => this.readProperty(t, p));
  }
}

/** The cells of `a` outside `b`, as at most four rectangles. */
function subtract(a: Area, b: Area): Area[] {
  const out: Area[] = [];
  if (b.top > a.top) out.push({ ...a, bottom: b.top - 1 });
  if (b.bottom < a.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (b.left > a.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (b.right < a.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}
