/**
 * Small edits on parsed JSON values (plain objects), keeping key order: a key that exists keeps
 * its place, a new key goes where the documentation's examples put it.
 */
import { isRecord } from '../widget/manifest-model';

export type JsonRecord = Record<string, unknown>;

/** Canonical key order per object (dot path of the object, `*` for any key), from the structure page example. */
export type KeyOrder = (objectPath: readonly string[]) => readonly string[] | undefined;

export const NO_ORDER: KeyOrder = () => undefined;

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    return keysA.length === keysB.length && keysA.every((key, index) => key === keysB[index] && deepEqual(a[key], b[key]));
  }
  return false;
}

/** Puts `key` into `target` (in place) at the position `order` gives it among the keys already there. */
export function insertOrdered(target: JsonRecord, key: string, value: unknown, order: readonly string[] | undefined): void {
  if (Object.hasOwn(target, key) || !order) {
    target[key] = value;
    return;
  }
  const rank = order.indexOf(key);
  const keys = Object.keys(target);
  if (rank < 0 || keys.length === 0) {
    target[key] = value;
    return;
  }
  let insertAt = -1;
  keys.forEach((existing, index) => {
    const existingRank = order.indexOf(existing);
    if (existingRank >= 0 && existingRank < rank) insertAt = index + 1;
  });
  if (insertAt < 0) {
    const firstLater = keys.findIndex((existing) => order.indexOf(existing) > rank);
    insertAt = firstLater < 0 ? keys.length : firstLater;
  }
  const entries = Object.entries(target);
  entries.splice(insertAt, 0, [key, value]);
  for (const existing of keys) delete target[existing];
  for (const [entryKey, entryValue] of entries) target[entryKey] = entryValue;
}

/** Sets the value at `path`, creating missing (or non-object) parents. */
export function setIn(root: JsonRecord, path: readonly string[], value: unknown, order: KeyOrder = NO_ORDER): void {
  let current = root;
  for (let depth = 0; depth < path.length - 1; depth += 1) {
    const part = path[depth];
    if (!isRecord(current[part])) insertOrdered(current, part, {}, order(path.slice(0, depth)));
    current = current[part] as JsonRecord;
  }
  insertOrdered(current, path[path.length - 1], value, order(path.slice(0, -1)));
}

export function getIn(root: unknown, path: readonly string[]): unknown {
  let current = root;
  for (const part of path) {
    if (!isRecord(current) || !Object.hasOwn(current, part)) return undefined;
    current = current[part];
  }
  return current;
}

/**
 * Removes the value at `path`. A parent object that this removal leaves empty goes too, so
 * clearing the last support contact does not leave `"support": {}` behind; an object that was
 * empty already is not touched.
 */
export function deleteIn(root: JsonRecord, path: readonly string[]): void {
  const parents: JsonRecord[] = [root];
  for (let depth = 0; depth < path.length - 1; depth += 1) {
    const next = parents[depth][path[depth]];
    if (!isRecord(next)) return;
    parents.push(next);
  }
  const last = parents[parents.length - 1];
  const key = path[path.length - 1];
  if (!Object.hasOwn(last, key)) return;
  delete last[key];
  for (let depth = parents.length - 1; depth > 0; depth -= 1) {
    if (Object.keys(parents[depth]).length > 0) break;
    delete parents[depth - 1][path[depth - 1]];
  }
}

/** A copy of `value` whose object keys follow `template`'s order where both have them (new i18n files look like their siblings). */
export function orderLike(value: unknown, template: unknown): unknown {
  if (!isRecord(value) || !isRecord(template)) return value;
  const out: JsonRecord = {};
  for (const key of Object.keys(template)) {
    if (Object.hasOwn(value, key)) out[key] = orderLike(value[key], template[key]);
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(out, key)) out[key] = value[key];
  }
  return out;
}
