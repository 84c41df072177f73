/* global window, self */
// The few built-ins newer than ES5 that the functions use, supplied where the browser lacks them.
// On Windows without WebView2 an add-in with a <Runtimes> element runs in Internet Explorer 11
// (https://learn.microsoft.com/javascript/api/manifest/runtimes); the functions must still work there.
// Everywhere else each line is a no-op. Imported first by functions.ts, so it runs before any module
// that builds a Set or calls these at load time.

function define(target: object, name: string, value: unknown): void {
  if (!(name in target))
    Object.defineProperty(target, name, { value, configurable: true, writable: true });
}

define(Number, "isFinite", (value: unknown) => typeof value === "number" && isFinite(value));
define(
  Number,
  "isInteger",
  (value: unknown) => typeof value === "number" && isFinite(value) && Math.floor(value) === value
);
define(Array.prototype, "find", function <T>(this: T[], test: (item: T, i: number) => boolean) {
  for (let i = 0; i < this.length; i++) if (test(this[i], i)) return this[i];
  return undefined;
});
define(Array.prototype, "includes", function <T>(this: T[], item: T) {
  for (let i = 0; i < this.length; i++)
    if (this[i] === item || (item !== item && this[i] !== this[i])) return true;
  return false;
});
define(Array.prototype, "fill", function <T>(this: T[], value: T) {
  for (let i = 0; i < this.length; i++) this[i] = value;
  return this;
});
// Array-likes only ({ length: n }), which is all the functions give it.
define(Array, "from", <T>(like: ArrayLike<T>, map?: (item: T, i: number) => unknown) => {
  const out: unknown[] = [];
  for (let i = 0; i < like.length; i++) out.push(map ? map(like[i], i) : like[i]);
  return out;
});

// Internet Explorer 11's Set ignores the items given to its constructor.
if (typeof Set === "function" && new Set([0]).size === 0) {
  const NativeSet = Set;
  const WithItems = function (items?: ArrayLike<unknown>) {
    const set = new NativeSet();
    if (items) for (let i = 0; i < items.length; i++) set.add(items[i]);
    return set;
  };
  WithItems.prototype = NativeSet.prototype;
  // No globalThis in Internet Explorer 11; window in the pane's page, self in a worker-like runtime.
  const global = typeof window !== "undefined" ? window : self;
  (global as unknown as { Set: unknown }).Set = WithItems;
}
