import { excelProblem, type ExcelProblem } from "../host/errors";
import type { SourceWarning } from "../host/contract";
import type { Language } from "../rubric";
import { STRINGS } from "./strings";

/**
 * What the pane says when Excel refuses a request (codes translated in src/host/errors.ts) and
 * how the rows were read, in the three languages of the pane. A refused Apply can be repeated:
 * it writes the same cells again and finishes what was started.
 */
export const EXCEL_STRINGS: Record<
  Language,
  {
    readonly problem: Record<ExcelProblem, string>;
    readonly warning: Record<SourceWarning, string>;
  }
> = {
  en: {
    problem: {
      cellEditing:
        "Excel is waiting for you to finish editing a cell. Press Enter or Esc in the sheet, then try again.",
      accessDenied:
        "Excel refused the change: the sheet or the workbook is protected, or the file is read-only. Unprotect it (Review › Unprotect Sheet or Protect Workbook), then try again; Apply finishes whatever it had started.",
      itemGone:
        "A sheet the pane was reading was deleted or renamed meanwhile. Choose Read again, then Apply.",
      conflict:
        "Someone else is changing the same cells right now. Wait a moment, choose Read again, then Apply again; it finishes whatever it had started.",
    },
    warning: {
      mergesUnread:
        "This range has more than 512 merged areas, which Excel cannot list for add-ins: merged cells were read as separate cells, so a merged label counts only for its first row.",
      severalAreas:
        "Several areas are selected, and Excel gives add-ins only one: the used range was read. To read part of the sheet, select one range and choose Read again.",
    },
  },
  ru: {
    problem: {
      cellEditing:
        "Excel ждёт, пока вы закончите редактировать ячейку. Нажмите Enter или Esc на листе и повторите.",
      accessDenied:
        "Excel не разрешил изменение: лист или книга защищены либо файл открыт только для чтения. Снимите защиту (Рецензирование › Снять защиту листа или Защитить книгу) и повторите; «Применить» доделает начатое.",
      itemGone:
        "Лист, с которого читала панель, тем временем удалён или переименован. Нажмите «Прочитать заново», затем «Применить».",
      conflict:
        "Эти же ячейки сейчас изменяет другой пользователь. Подождите немного, нажмите «Прочитать заново» и снова «Применить»; начатое будет доделано.",
    },
    warning: {
      mergesUnread:
        "В диапазоне больше 512 объединённых областей, а Excel не может перечислить столько для надстроек: объединённые ячейки прочитаны как отдельные, поэтому объединённая подпись относится только к своей первой строке.",
      severalAreas:
        "Выделено несколько областей, а Excel передаёт надстройкам только одну: прочитан заполненный диапазон. Чтобы прочитать часть листа, выделите один диапазон и нажмите «Прочитать заново».",
    },
  },
  ky: {
    problem: {
      cellEditing:
        "Excel уячаны түзөтүп бүтүшүңүздү күтүп жатат. Баракта Enter же Esc басып, кайра аракет кылыңыз.",
      accessDenied:
        "Excel өзгөртүүгө уруксат берген жок: барак же китеп корголгон, же файл окуу үчүн гана ачылган. Коргоону алып салыңыз (Рецензиялоо › Барактын коргоосун алуу же Китепти коргоо) жана кайра аракет кылыңыз; «Колдонуу» башталганын бүтүрөт.",
      itemGone:
        "Панель окуп жаткан барак ошол аралыкта өчүрүлгөн же аты өзгөртүлгөн. «Кайра окуу», андан кийин «Колдонуу» басыңыз.",
      conflict:
        "Ушул эле уячаларды азыр башка колдонуучу өзгөртүп жатат. Бир аз күтүп, «Кайра окуу» жана кайра «Колдонуу» басыңыз; башталганы бүтүрүлөт.",
    },
    warning: {
      mergesUnread:
        "Бул диапазондо 512ден ашык бириктирилген аймак бар, Excel аларды кошумчаларга тизмелей албайт: бириктирилген уячалар өзүнчө окулду, ошондуктан бириктирилген аталыш өзүнүн биринчи сабына гана тиешелүү.",
      severalAreas:
        "Бир нече аймак белгиленген, Excel кошумчаларга бирөөнү гана берет: толтурулган диапазон окулду. Барактын бир бөлүгүн окуу үчүн бир диапазонду белгилеп, «Кайра окуу» басыңыз.",
    },
  },
};

/** An error for the pane to show: one it can explain in the user's language, or Excel's own text. */
export type PaneError = { readonly problem: ExcelProblem } | { readonly text: string };

export function paneError(error: unknown): PaneError {
  const problem = excelProblem(error);
  if (problem) return { problem };
  return { text: error instanceof Error ? error.message : String(error) };
}

export function errorText(error: PaneError, lang: Language): string {
  return "problem" in error
    ? EXCEL_STRINGS[lang].problem[error.problem]
    : STRINGS[lang].failed(error.text);
}
