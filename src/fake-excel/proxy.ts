import type { OperationQueue } from "./context";
import { FakeOfficeError } from "./errors";

export type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

export function loadList(spec: LoadSpec, defaults: readonly string[]): string[] {
  if (spec === undefined) return [...defaults];
  const raw = typeof spec === "string" || Array.isArray(spec) ? spec : (spec.select ?? []);
  const list = (Array.isArray(raw) ? raw : raw.split(",")).map((p) => p.trim()).filter(Boolean);
  return list.length > 0 ? list : [...defaults];
}

export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

/**
 * A client object: a handle on something in the workbook, resolved only when the batch is synced.
 * Reading a property that was not loaded and synced throws PropertyNotLoaded, as in Office.js.
 */
export abstract class ClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private syncedNull: boolean | undefined;

  constructor(
    protected readonly queue: OperationQueue,
    private readonly resolver: () => T | null,
    private readonly nullable = false
  ) {}

  /** The workbook object now, or ItemNotFound (or null for an *OrNullObject handle). */
  protected resolveOrNull(): T | null {
    const target = this.resolver();
    if (target === null && !this.nullable)
      throw new FakeOfficeError("ItemNotFound", `The requested ${this.kind} doesn't exist.`);
    return target;
  }

  protected target(): T {
    const target = this.resolveOrNull();
    if (target === null)
      throw new FakeOfficeError("InvalidOperation", `The ${this.kind} is a null object.`);
    return target;
  }

  protected abstract readonly kind: string;
  protected abstract readonly defaultProperties: readonly string[];
  protected abstract readProperty(target: T, property: string): unknown;

  get isNullObject(): boolean {
    if (this.syncedNull === undefined) throw notLoaded("isNullObject");
    return this.syncedNull;
  }

  load(spec?: LoadSpec): this {
    const properties = loadList(spec, this.defaultProperties);
    this.queue.enqueue({
      request: { load: properties },
      run: () => {
        const target = this.resolveOrNull();
        this.syncedNull = target === null;
        if (target === null) return null;
        const snapshot: Record<string, unknown> = {};
        for (const property of properties) {
          const value = this.readProperty(target, property);
          this.loaded.set(property, value);
          snapshot[property] = value;
        }
        return snapshot;
      },
    });
    return this;
  }

  protected get<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as V;
  }

  /** Queues a change; it happens at the next sync. */
  protected change(request: unknown, apply: (target: T) => void): void {
    this.queue.enqueue({ request, run: () => void apply(this.target()) });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A collection whose items can be loaded with "items/name" and read after sync. */
export abstract class ClientCollection<T, P> extends ClientObject<T[]> {
  private itemProxies: P[] | undefined;
  protected readonly kind = "collection";
  protected readonly defaultProperties = ["items"];

  protected abstract itemProxy(
    item: T
  ): P & { loadNow(properties: string[]): Record<string, unknown> };

  protected readProperty(target: T[], property: string): unknown {
    if (property === "count") return target.length;
    return undefined;
  }

  override load(spec?: LoadSpec): this {
    const requested = loadList(spec, ["items"]);
    const itemProperties = requested
      .filter((p) => p.startsWith("items/"))
      .map((p) => p.slice("items/".length));
    const wantsItems = requested.includes("items") || itemProperties.length > 0;
    const own = requested.filter((p) => p !== "items" && !p.startsWith("items/"));
    this.queue.enqueue({
      request: { load: requested },
      run: () => {
        const targets = this.resolveOrNull() ?? [];
        const snapshot: Record<string, unknown> = {};
        for (const property of own) {
          const value = this.readProperty(targets, property);
          this.loaded.set(property, value);
          snapshot[property] = value;
        }
        if (wantsItems) {
          this.itemProxies = targets.map((item) => {
            const proxy = this.itemProxy(item);
            proxy.loadNow(itemProperties);
            return proxy;
          });
          snapshot.items = this.itemProxies.map((p) => (p as unknown as ClientObject<T>).toJSON());
        }
        return snapshot;
      },
    });
    return this;
  }

  get items(): P[] {
    if (!this.itemProxies) throw notLoaded("items");
    return this.itemProxies;
  }
}

/** Lets a collection fill an item's properties while running its own load. */
export function loadNowMixin<T>(
  proxy: ClientObject<T>,
  target: T,
  properties: string[],
  read: (t: T, p: string) => unknown
): Record<string, unknown> {
  const loaded = (proxy as unknown as { loaded: Map<string, unknown> }).loaded;
  const snapshot: Record<string, unknown> = {};
  for (const property of properties) {
    const value = read(target, property);
    loaded.set(property, value);
    snapshot[property] = value;
  }
  return snapshot;
}
