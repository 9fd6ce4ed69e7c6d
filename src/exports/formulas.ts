/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell that starts with = + - @, a tab
 * or a carriage return is run as a formula when the file is opened in Excel or LibreOffice
 * (`=HYPERLINK(…)` in a public catalogue entry would become a live link in an official's
 * spreadsheet). CSV exports prefix such cells with an apostrophe, which makes them text.
 * Papa Parse does the prefixing (`escapeFormulae`); its own default pattern stops at a line
 * break, so a multi-line cell starting with "=" slipped through — hence this pattern.
 */
export const FORMULA_START = /^[=+\-@\t\r]/

/** The text as it was before export: the apostrophe added to a formula-like cell is removed on import. */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text
}
