export * from "./cells";
export * from "./fields";
export * from "./headers";
export * from "./rows";
