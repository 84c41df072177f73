// jest's jsdom environment lacks TextEncoder, which every browser and Node have.
const { TextEncoder, TextDecoder } = require("util");
if (typeof globalThis.TextEncoder === "undefined") globalThis.TextEncoder = TextEncoder;
if (typeof globalThis.TextDecoder === "undefined") globalThis.TextDecoder = TextDecoder;
// Fluent UI measures elements with ResizeObserver; jsdom has no layout, so there is nothing to observe.
if (typeof window !== "undefined" && typeof window.ResizeObserver === "undefined") {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
// Component tests wait for Fluent UI's dialogs and React's updates; on a busy 2-core machine the
// default 1 s wait of findBy…/waitFor ran out before a correct pane had drawn (a flake, not a bug).
if (typeof window !== "undefined") {
  require("@testing-library/dom").configure({ asyncUtilTimeout: 5000 });
}
