/** One option of a select field: the stored value and the Vietnamese label staff read. */
export type Option = { readonly value: string; readonly label: string }

/** The label of `value` among a select's options; `fallback` (the value itself by default) when it has none. */
export function optionLabel(options: readonly Option[], value: unknown, fallback = String(value ?? '')): string {
  return options.find((o) => o.value === value)?.label ?? fallback
}
