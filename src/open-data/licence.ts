/** The licence every open dataset is published under, stated in each file and in the API. */
export const OPEN_DATA_LICENCE = {
  name: 'CC BY 4.0',
  title: 'Creative Commons Ghi công 4.0 Quốc tế',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
  attribution: 'Ghi nguồn: Cổng thông tin Soi Sửa — Huyện ủy Krông Nô',
} as const

export function licenceLine(): string {
  return `Giấy phép: ${OPEN_DATA_LICENCE.name} (${OPEN_DATA_LICENCE.title}), ${OPEN_DATA_LICENCE.url}. ${OPEN_DATA_LICENCE.attribution}.`
}
