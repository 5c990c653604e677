/** Fills `{name}` placeholders in an interface string: `format('Font size {value}%', { value: 150 })`. */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
