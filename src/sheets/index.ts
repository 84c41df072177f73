export * from "./cells";
export * from "./fields";
export * from "./headers";
export * from "./merges";
export * from "./headerDetection";
export * from "./rows";
export * from "./oblasts";
export * from "./raterColumns";
