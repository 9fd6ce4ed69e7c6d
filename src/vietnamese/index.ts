export { foldDiacritics, slugify } from './fold'
export { formatDate, formatDateTime, formatNumber, parseVietnamDateTime, TIME_ZONE } from './format'
