export * from "./address";
export * from "./errors";
export * from "./context";
export * from "./model";
export * from "./api";
export * from "./events";
export * from "./insertSheets";
