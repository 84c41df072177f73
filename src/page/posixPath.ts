/**
 * The few `path.posix` functions the xlsx package code uses for part names inside the zip
 * (always "/"-separated), for the browser page: webpack aliases "path" to this file there.
 */
function normalize(name: string): string {
  const absolute = name.startsWith("/");
  const parts: string[] = [];
  for (const part of name.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else if (part !== ".." || !absolute) parts.push(part);
  }
  const joined = parts.join("/");
  return absolute ? `/${joined}` : joined || ".";
}

function join(...names: string[]): string {
  return normalize(names.filter((n) => n !== "").join("/"));
}

function dirname(name: string): string {
  const at = name.replace(/\/+$/, "").lastIndexOf("/");
  if (at < 0) return ".";
  return at === 0 ? "/" : name.slice(0, at);
}

function basename(name: string, extension?: string): string {
  const base = name.replace(/\/+$/, "").split("/").pop() ?? "";
  return extension && base.endsWith(extension) && base !== extension
    ? base.slice(0, -extension.length)
    : base;
}

function relative(from: string, to: string): string {
  const a = normalize(from).split("/").filter(Boolean);
  const b = normalize(to).split("/").filter(Boolean);
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  return [...a.slice(same).map(() => ".."), ...b.slice(same)].join("/");
}

export const posix = { normalize, join, dirname, basename, relative, sep: "/" };
export default { posix, ...posix };
