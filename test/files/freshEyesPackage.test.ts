/* global Buffer */
import { openXlsx } from "../../src/files/xlsxPackage";

/**
 * An Office file protected with a password to open is not a zip: Excel wraps the encrypted
 * package in an OLE compound file (MS-OFFCRYPTO 2.3.4.4: the streams "EncryptionInfo" and
 * "EncryptedPackage"), as is an old .xls saved under an .xlsx name. Both are refused saying so.
 */
function compoundFile(streamNames: string[]): Buffer {
  const signature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const header = Buffer.concat([signature, Buffer.alloc(512 - signature.length)]);
  // Directory entries hold their names in UTF-16LE (MS-CFB 2.6.1); the rest is not needed here.
  const names = streamNames.map((name) => {
    const entry = Buffer.alloc(128);
    entry.write(name, 0, "utf16le");
    return entry;
  });
  return Buffer.concat([header, ...names, Buffer.alloc(1024)]);
}

describe("files that are not zips refused with what they are", () => {
  it("names a password-protected workbook as encrypted and says how to open it", () => {
    const bytes = compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]);
    expect(() => openXlsx(bytes)).toThrow(/protected with a password/);
  });

  it("names an old .xls workbook saved under another name", () => {
    const bytes = compoundFile(["Root Entry", "Workbook"]);
    expect(() => openXlsx(bytes)).toThrow(/Excel 97–2003 \(\.xls\)/);
  });
});
