export * from "./results";
export * from "./json";
export * from "./labels";
export * from "./summaryLayout";
