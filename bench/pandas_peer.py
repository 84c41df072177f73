"""The peer the CLI is measured against: what a consultant would script with pandas + openpyxl.
Reads the workbook, scores the rows whose three scores are whole numbers 0-3, and writes the
data, a results sheet and a summary sheet. Usage: python3 pandas_peer.py IN.xlsx OUT.xlsx"""
import sys
import pandas as pd

source, target = sys.argv[1], sys.argv[2]
data = pd.read_excel(source, engine="openpyxl")
scores = data[["Документы", "Механизм", "Бюджет"]].apply(pd.to_numeric, errors="coerce")
valid = scores.isin([0, 1, 2, 3]).all(axis=1)
results = data.loc[valid, ["Наименование ОМСУ", "Район", "Область"]].copy()
results[["Документы", "Механизм", "Бюджет"]] = scores[valid].astype(int)
results["Итог"] = results[["Документы", "Механизм", "Бюджет"]].sum(axis=1)
results["Охват"] = (results[["Документы", "Механизм", "Бюджет"]] > 0).sum(axis=1)
bands = pd.cut(results["Итог"], [-1, 2, 5, 9], labels=["blind", "addressing", "positive"])
results["Категория"] = bands
summary = results["Категория"].value_counts().rename_axis("Категория").reset_index(name="ОМСУ")
summary["Доля"] = summary["ОМСУ"] / len(results)
with pd.ExcelWriter(target, engine="openpyxl") as writer:
    data.to_excel(writer, sheet_name="Data", index=False)
    results.to_excel(writer, sheet_name="Results", index=False)
    summary.to_excel(writer, sheet_name="Summary", index=False)
