/* global Buffer */
/**
 * A small XML scanner over the bytes of one package part: start tags, end tags and text ranges,
 * with names reduced to their local part (writers differ in prefixes: `<c>`, `<x:c>`). It builds
 * nothing but what its caller keeps, so a sheet of a million cells is read without a tree.
 */
export interface XmlHandler {
  /** A start tag; `attrs` reads its attributes; `empty` for `<tag/>`. */
  open?(name: string, attrs: Attributes, empty: boolean): void;
  close?(name: string): void;
  /** Character data between tags, as byte offsets (entities not yet decoded). */
  text?(start: number, end: number): void;
  /** A CDATA section's content, as byte offsets (taken as it stands). */
  cdata?(start: number, end: number): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;

function isNameEnd(byte: number): boolean {
  return (
    byte === 0x20 ||
    byte === GT ||
    byte === SLASH ||
    byte === 0x0a ||
    byte === 0x0d ||
    byte === 0x09
  );
}

/** The attributes of the start tag being reported; read on demand, without building strings. */
export class Attributes {
  start = 0;
  end = 0;
  /** The value range of the last attribute found. */
  valueStart = 0;
  valueEnd = 0;
  constructor(private readonly bytes: Buffer) {}

  /** Finds an attribute by local name (`r`, `t`, `r:id`'s `id`); sets valueStart/valueEnd. */
  find(name: string): boolean {
    const bytes = this.bytes;
    let i = this.start;
    while (i < this.end) {
      while (i < this.end && bytes[i] <= 0x20) i++;
      const nameStart = i;
      while (i < this.end && bytes[i] !== 0x3d /* = */ && bytes[i] > 0x20) i++;
      const nameEnd = i;
      while (i < this.end && bytes[i] !== QUOTE && bytes[i] !== APOS) i++;
      if (i >= this.end) return false;
      const valueStart = i + 1;
      const valueEnd = bytes.indexOf(bytes[i], valueStart);
      if (valueEnd < 0 || valueEnd > this.end) return false;
      i = valueEnd + 1;
      let local = nameStart;
      for (let k = nameStart; k < nameEnd; k++) if (bytes[k] === 0x3a /* : */) local = k + 1;
      if (nameEnd - local !== name.length) continue;
      let same = true;
      for (let k = 0; k < name.length && same; k++) same = bytes[local + k] === name.charCodeAt(k);
      if (same) {
        this.valueStart = valueStart;
        this.valueEnd = valueEnd;
        return true;
      }
    }
    return false;
  }

  /** An attribute's decoded value, or undefined. */
  get(name: string): string | undefined {
    if (!this.find(name)) return undefined;
    return decodeXml(this.bytes.toString("utf8", this.valueStart, this.valueEnd));
  }

  /** Whether the attribute is there with exactly this (ASCII) value. */
  is(name: string, value: string): boolean {
    if (!this.find(name) || this.valueEnd - this.valueStart !== value.length) return false;
    for (let k = 0; k < value.length; k++)
      if (this.bytes[this.valueStart + k] !== value.charCodeAt(k)) return false;
    return true;
  }
}

/** Digits between start and end as a whole number; NaN unless they are only digits. */
export function wholeNumberAt(bytes: Buffer, start: number, end: number): number {
  if (end <= start || end - start > 15) return NaN;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = bytes[i] - 0x30;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

// Tag names repeat by the million: each is made into a string once.
const NAMES = new Map<number, string>();
function nameAt(bytes: Buffer, start: number, end: number): string {
  const length = end - start;
  const key =
    length + 64 * (bytes[start] + 256 * (bytes[end - 1] + 256 * bytes[start + (length >> 1)]));
  const known = NAMES.get(key);
  if (known !== undefined && known.length === length) {
    let same = true;
    for (let k = 0; k < length && same; k++) same = bytes[start + k] === known.charCodeAt(k);
    if (same) return known;
  }
  const name = bytes.toString("latin1", start, end);
  if (known === undefined && NAMES.size < 1000) NAMES.set(key, name);
  return name;
}

/**
 * Steps over `<?…?>`, `<!--…-->` and `<!…>` at `lt`, reporting a CDATA section's content as it
 * stands. Returns where scanning goes on, or -1 when the part ends inside one.
 */
function skipMarkup(bytes: Buffer, lt: number, handler: XmlHandler): number {
  if (bytes[lt + 1] === 0x3f /* ? */) {
    const end = bytes.indexOf("?>", lt + 2);
    return end < 0 ? -1 : end + 2;
  }
  if (bytes[lt + 2] === 0x5b /* [ */) {
    // CDATA: its content is text as it stands.
    const end = bytes.indexOf("]]>", lt + 9);
    if (end < 0) return -1;
    handler.cdata?.(lt + 9, end);
    return end + 3;
  }
  const end = bytes[lt + 2] === 0x2d ? bytes.indexOf("-->", lt + 4) + 3 : bytes.indexOf(GT, lt) + 1;
  return end < 3 ? -1 : end;
}

/** Walks the part, calling the handler; stops early when `stop()` returns true after a tag. */
export function scanXml(bytes: Buffer, handler: XmlHandler, stop?: () => boolean): void {
  const attrs = new Attributes(bytes);
  let i = 0;
  const length = bytes.length;
  while (i < length) {
    const lt = bytes.indexOf(LT, i);
    if (lt < 0) break;
    if (lt > i && handler.text) handler.text(i, lt);
    const first = bytes[lt + 1];
    if (first === 0x3f /* ? */ || first === 0x21 /* ! */) {
      i = skipMarkup(bytes, lt, handler);
      if (i < 0) break;
      continue;
    }
    const closing = first === SLASH;
    let n = closing ? lt + 2 : lt + 1;
    const nameStart = n;
    let local = n;
    for (; n < length && !isNameEnd(bytes[n]); n++) if (bytes[n] === 0x3a /* : */) local = n + 1;
    const name = nameAt(bytes, local, n);
    // Find the tag's end, stepping over quoted attribute values (they may hold ">"). Inline, not a
    // helper: this is the reader's hottest loop, and a call here cost ~10% of the scan (measured).
    let k = n;
    for (; k < length && bytes[k] !== GT; k++) {
      if (bytes[k] !== QUOTE && bytes[k] !== APOS) continue;
      k = bytes.indexOf(bytes[k], k + 1);
      if (k < 0) return;
    }
    if (nameStart === n) {
      i = k + 1;
      continue;
    }
    if (closing) handler.close?.(name);
    else {
      const empty = bytes[k - 1] === SLASH;
      attrs.start = n;
      attrs.end = empty ? k - 1 : k;
      handler.open?.(name, attrs, empty);
      if (empty) handler.close?.(name);
    }
    i = k + 1;
    if (stop?.()) return;
  }
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML character and entity references decoded. */
export function decodeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return ENTITIES[ref] ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Excel stores characters XML cannot hold (control characters) as `_xHHHH_` in cell text
 * (ECMA-376 Part 1, 22.9.2.19 ST_Xstring); `_x005F_` escapes a literal underscore.
 */
export function decodeExcelEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

/** Text for an XML element or attribute: the special characters escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) =>
    ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&quot;"
  );
}

// Characters XML 1.0 cannot hold, and an underscore that starts what would read as an escape.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Cell text for a shared string: escaped, with characters XML cannot hold written as _xHHHH_, as
 * Excel writes them (ECMA-376 Part 1, 22.9.2.19 ST_Xstring); "_x005F_" keeps a literal "_x0041_".
 */
export function escapeCellText(text: string): string {
  return escapeXml(text).replace(NOT_XML, (ch) =>
    ch === "_" ? "_x005F_" : `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
  );
}
