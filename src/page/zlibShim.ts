import { Buffer } from "buffer";
import {
  Deflate,
  Inflate,
  constants as pakoConstants,
  deflateRaw,
  inflateRaw,
  type DeflateOptions,
} from "pako";

/**
 * The part of Node's `zlib` that src/files/zip.ts uses, over pako, for the browser page (webpack
 * aliases "zlib" to this file in the page's layer only).
 *
 * Why an alias and not an inflate/deflate passed into the zip code: the command line keeps Node's
 * native zlib and Buffer untouched (its speed, measured by bench/run.ts, does not move), and the
 * byte-level files stay as they are while others work on them.
 * Why pako: a port of zlib itself, synchronous as the zip reader's API is, with Z_SYNC_FLUSH exactly
 * as Node's zlib does it (a results sheet is deflated piece by piece, each piece sync-flushed).
 * fflate 0.8.3 was tried first: its Deflate.flush(true) wrote invalid streams for about a third of
 * random pieces (test/page/zlibShim.test.ts keeps that check). The browser's DecompressionStream is
 * asynchronous only and has no sync flush.
 */

/** zlib.constants.Z_SYNC_FLUSH (zlib.h): output ends on a byte boundary, the stream not final. */
export const constants = { Z_SYNC_FLUSH: pakoConstants.Z_SYNC_FLUSH } as const;

interface Options {
  readonly level?: number;
  readonly finishFlush?: number;
}

/** As a Buffer (the buffer package's, the page's global Buffer), which the zip code reads from. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** What a pako stream gives for one push with a sync flush, as one Buffer. */
function flushed(stream: Deflate | Inflate, data: Uint8Array): Buffer {
  const chunks: Uint8Array[] = [];
  stream.onData = (chunk) => chunks.push(chunk as Uint8Array);
  stream.push(data, pakoConstants.Z_SYNC_FLUSH);
  if (stream.err) throw new Error(stream.msg || `zlib error ${stream.err}`);
  return Buffer.concat(chunks);
}

/**
 * Raw inflate. With a sync finish flush (the zip reader's look at a sheet's first rows from a
 * prefix of its compressed bytes), what the prefix holds instead of an error on the missing end.
 */
export function inflateRawSync(data: Uint8Array, options: Options = {}): Buffer {
  if (options.finishFlush === constants.Z_SYNC_FLUSH)
    return flushed(new Inflate({ raw: true }), data);
  return asBuffer(inflateRaw(data));
}

/**
 * Raw deflate. With a sync finish flush, a piece that ends byte-aligned and not final, as Node's
 * zlib writes it, so that pieces deflated one by one make one stream (zip.ts's DeflatedPart).
 */
export function deflateRawSync(data: Uint8Array, options: Options = {}): Buffer {
  const level = (options.level ?? 6) as DeflateOptions["level"];
  if (options.finishFlush === constants.Z_SYNC_FLUSH)
    return flushed(new Deflate({ raw: true, level }), data);
  return asBuffer(deflateRaw(data, { level }));
}

export default { constants, inflateRawSync, deflateRawSync };
