/**
 * Values derived from one file, of one kind, for the rest of a check. Rules go over the files in the same
 * order one after the other, so the file asked for is most often the one after the last (or the last): it is found
 * by comparing one string (the same object each time) instead of hashing a path in a map of 10,000
 * (the map lookups were the largest item of the check context in a large widget's profile).
 */
export class FileMemo {
  /** Paths in the order their values were first computed, and the values at the same places. */
  private readonly paths: string[] = [];
  private readonly values: unknown[] = [];
  private readonly places = new Map<string, number>();
  /** Where the last lookup found its path. */
  private last = -1;

  get<T>(path: string, compute: () => T): T {
    // The file after the last one, or the last one again (a rule asking twice about the file it is on).
    const last = this.last;
    const place = this.paths[last + 1] === path ? last + 1 : this.paths[last] === path ? last : this.places.get(path);
    if (place !== undefined) {
      this.last = place;
      return this.values[place] as T;
    }
    const value = compute();
    // compute() may have stored other files of this kind meanwhile: the place is taken only now.
    const stored = this.paths.length;
    this.paths.push(path);
    this.values.push(value);
    this.places.set(path, stored);
    this.last = stored;
    return value;
  }
}
