/** Appends `value` to the list `map` holds at `key`, in place: copying the list at each add is quadratic. */
export function pushTo<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
