export * from "./language";
export * from "./method";
export * from "./score";
export * from "./total";
export * from "./assess";
export * from "./summary";
export * from "./messages";
export * from "./agreement";
