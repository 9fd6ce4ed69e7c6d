/** Admin options of a date field that holds a calendar day: a day picker, shown dd/MM/yyyy as Vietnamese write it. */
export const dateOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }
