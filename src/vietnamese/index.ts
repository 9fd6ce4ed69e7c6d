export { foldDiacritics, slugify } from './fold'
export { formatDate, formatDateTime, formatNumber, parseVietnamDateTime, TIME_ZONE } from './format'
export {
  VIETNAM_UTC_OFFSET_MS,
  vietnamDateParts,
  vietnamDay,
  vietnamInstant,
  vietnamYear,
  vietnamYearRange,
} from './time'
