/* global globalThis */
import { Buffer } from "buffer";

// The byte-level xlsx code (src/files) uses Node's global Buffer (native and fast in the command
// line). In this page only, the buffer package's Buffer, same API in plain JavaScript, is that global:
// imported first by index.tsx, before any file is read. Set here rather than by webpack's
// ProvidePlugin so that no other bundle (the task pane, the functions) can pick it up.
(globalThis as { Buffer?: unknown }).Buffer ??= Buffer;
