/* global Buffer */
import zlib from "zlib";

/**
 * The zip container of an .xlsx (ECMA-376 Part 2, Open Packaging Conventions; the format is
 * PKWARE's APPNOTE.TXT). Reading inflates only the parts asked for; writing can copy a part's
 * compressed bytes from another archive untouched, which is how the user's sheets are kept byte for
 * byte in the results workbook.
 */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes.readUInt32LE(i) === EOCD) return i;
  }
  throw new ZipError("not a zip archive (no end of central directory)");
}

function centralDirectory(bytes: Buffer): { offset: number; count: number } {
  const end = findEndOfCentralDirectory(bytes);
  let count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if ((offset === 0xffffffff || count === 0xffff) && end >= 20) {
    if (bytes.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
      const at = Number(bytes.readBigUInt64LE(end - 12));
      if (bytes.readUInt32LE(at) !== ZIP64_EOCD) throw new ZipError("bad ZIP64 directory");
      count = Number(bytes.readBigUInt64LE(at + 32));
      offset = Number(bytes.readBigUInt64LE(at + 48));
    }
  }
  return { offset, count };
}

/** Sizes and offsets too large for 32 bits live in the ZIP64 extra field (id 1), in this order. */
function zip64Values(extra: Buffer, wanted: boolean[]): (number | undefined)[] {
  for (let i = 0; i + 4 <= extra.length;) {
    const id = extra.readUInt16LE(i);
    const size = extra.readUInt16LE(i + 2);
    if (id === 1) {
      let at = i + 4;
      return wanted.map((w) => {
        if (!w) return undefined;
        const value = Number(extra.readBigUInt64LE(at));
        at += 8;
        return value;
      });
    }
    i += 4 + size;
  }
  return wanted.map(() => undefined);
}

export class ZipReader {
  readonly entries = new Map<string, ZipEntry>();

  constructor(readonly bytes: Buffer) {
    const { offset, count } = centralDirectory(bytes);
    let at = offset;
    for (let n = 0; n < count; n++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL)
        throw new ZipError("damaged central directory");
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLength = bytes.readUInt16LE(at + 32);
      const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
      const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      let size = bytes.readUInt32LE(at + 24);
      let compressedSize = bytes.readUInt32LE(at + 20);
      let localOffset = bytes.readUInt32LE(at + 42);
      const big = [size, compressedSize, localOffset].map((v) => v === 0xffffffff);
      const [s, c, o] = zip64Values(extra, big);
      size = s ?? size;
      compressedSize = c ?? compressedSize;
      localOffset = o ?? localOffset;
      this.entries.set(name, {
        name,
        method: bytes.readUInt16LE(at + 10),
        crc32: bytes.readUInt32LE(at + 16),
        compressedSize,
        size,
        localOffset,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes as stored (compressed), for copying into another archive. */
  raw(entry: ZipEntry): Buffer {
    const at = entry.localOffset;
    if (this.bytes.readUInt32LE(at) !== LOCAL) throw new ZipError(`damaged entry ${entry.name}`);
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  /**
   * The start of a part, from its first `compressedBytes` only: enough to look at a sheet's first
   * rows without inflating all of it. Undefined when the archive has no such part.
   */
  readStart(name: string, compressedBytes: number): Buffer | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.method !== 8 || entry.compressedSize <= compressedBytes) return this.read(name);
    // A sync flush returns what the prefix holds instead of failing on the missing end.
    return zlib.inflateRawSync(this.raw(entry).subarray(0, compressedBytes), {
      finishFlush: zlib.constants.Z_SYNC_FLUSH,
    });
  }

  /**
   * A part's content, inflated; undefined when the archive has no such part. A part that cannot
   * be inflated, or whose bytes do not match the CRC-32 the archive recorded for them (APPNOTE
   * 4.4.7), is damaged: a flipped byte in a stored sheet would otherwise be read as another score.
   */
  read(name: string): Buffer | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const raw = this.raw(entry);
    if (entry.method !== 0 && entry.method !== 8)
      throw new ZipError(`${name} is compressed with method ${entry.method}, not deflate`);
    let data: Buffer;
    try {
      data = entry.method === 0 ? raw : zlib.inflateRawSync(raw);
    } catch (error) {
      throw new ZipError(`${name} is damaged (${(error as Error).message})`);
    }
    if (crc32(data) !== entry.crc32 >>> 0)
      throw new ZipError(`${name} is damaged (its bytes do not match the archive's checksum)`);
    return data;
  }
}

let table: Int32Array | undefined;
/** CRC-32 of data, continuing from `previous` (0 to start). */
function crc32(data: Buffer, previous = 0): number {
  const native = (zlib as { crc32?: (data: Buffer, value?: number) => number }).crc32;
  if (native) return native(data, previous) >>> 0;
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = previous ^ -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/**
 * A part deflated piece by piece as it is produced, so a sheet of 300,000 rows never exists whole
 * in memory. Each piece is compressed on its own and ends with a sync flush (byte-aligned, not
 * final); the empty final block closes the stream (RFC 1951, 3.2.3).
 */
export class DeflatedPart {
  readonly pieces: Buffer[] = [];
  crc32 = 0;
  size = 0;
  private finished = false;

  // Level 4: on a 100,000-row results sheet (43 MB of XML) three times faster than the default 6
  // for a part 10% larger (4.9 MB instead of 4.5 MB).
  write(data: Buffer): void {
    if (data.length === 0) return;
    this.pieces.push(
      zlib.deflateRawSync(data, { level: 4, finishFlush: zlib.constants.Z_SYNC_FLUSH })
    );
    this.crc32 = crc32(data, this.crc32);
    this.size += data.length;
  }

  finish(): this {
    if (!this.finished) this.pieces.push(Buffer.from([0x03, 0x00]));
    this.finished = true;
    return this;
  }
}

/** Builds a zip archive in memory, entry by entry; each entry is deflated (or copied) once. */
export class ZipWriter {
  private readonly chunks: Buffer[] = [];
  private readonly central: Buffer[] = [];
  private offset = 0;

  /** Adds a part from its content, deflated. */
  add(name: string, content: Buffer | string): void {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const compressed = zlib.deflateRawSync(data, { level: 4 });
    this.addEntry(name, 8, crc32(data), data.length, [compressed]);
  }

  /** Adds a part deflated as it was produced. */
  addDeflated(name: string, part: DeflatedPart): void {
    part.finish();
    this.addEntry(name, 8, part.crc32, part.size, part.pieces);
  }

  /** Copies a part from another archive as stored: same bytes, same checksum. */
  copy(from: ZipReader, entry: ZipEntry, name = entry.name): void {
    this.addEntry(name, entry.method, entry.crc32, entry.size, [from.raw(entry)]);
  }

  private addEntry(
    name: string,
    method: number,
    crc: number,
    size: number,
    pieces: Buffer[]
  ): void {
    const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
    if (this.offset + length > 0xfffffffe || size > 0xfffffffe)
      throw new ZipError("the workbook would be larger than 4 GB");
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00, DOS time and date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(20, 4);
    local.copy(header, 6, 4, 30);
    header.writeUInt32LE(this.offset, 42);
    this.central.push(header, nameBytes);
    this.chunks.push(local, nameBytes, ...pieces);
    this.offset += 30 + nameBytes.length + length;
  }

  /** The whole archive. */
  finish(): Buffer {
    const size = this.central.reduce((sum, b) => sum + b.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(this.central.length / 2, 8);
    end.writeUInt16LE(this.central.length / 2, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(this.offset, 16);
    return Buffer.concat([...this.chunks, ...this.central, end]);
  }
}
