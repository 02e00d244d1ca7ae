/** Deep copy of plain JSON data (the engine's state is plain data by design). */
export function clonePlain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
