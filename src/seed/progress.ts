import type { Payload } from 'payload'
import { parseVietnamDateTime, slugify } from '@/vietnamese'
import { block, paragraph, richText } from './lexical'

type Report = { created: Record<string, number> }

export const PROGRESS_ARTICLE_TITLE = 'Hồ sơ nhận diện, khắc phục năm 2022: 15/35 TCCS đảng đã hoàn thành'

/**
 * A short report carrying the "live progress figures" block, frozen as of 1/11/2022: the day
 * before it was published, as the reference article's first tally stood.
 */
export async function seedProgressArticle(payload: Payload, report: Report): Promise<void> {
  const slug = slugify(PROGRESS_ARTICLE_TITLE)
  const found = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: true,
  })
  if (found.docs.length) return
  const [category, author] = await Promise.all([
    payload.find({ collection: 'categories', where: { slug: { equals: 'de-an-05' } }, limit: 1, depth: 0 }),
    payload.find({ collection: 'authors', where: { slug: { equals: 'ban-bien-tap' } }, limit: 1, depth: 0 }),
  ])
  await payload.create({
    collection: 'articles',
    data: {
      title: PROGRESS_ARTICLE_TITLE,
      slug,
      lead: 'Ban Tuyên giáo Huyện ủy tổng hợp tiến độ lập hồ sơ nhận diện, khắc phục các biểu hiện suy thoái năm 2022 của các tổ chức cơ sở đảng trong huyện.',
      categories: category.docs.map((d) => d.id),
      authors: author.docs.map((d) => d.id),
      publishedAt: parseVietnamDateTime('02/11/2022 08:00').toISOString(),
      body: richText([
        paragraph(
          'Thực hiện Kế hoạch số 73 của Ban Thường vụ Huyện ủy, các tổ chức cơ sở đảng lập hồ sơ nhận diện, khắc phục năm 2022 và gửi Ban Tuyên giáo Huyện ủy thẩm định. Những hồ sơ chưa bảo đảm yêu cầu được trả lại để hoàn chỉnh.',
        ),
        block(
          'progress',
          {
            year: 2022,
            asOf: '2022-11-01T00:00:00.000+07:00',
            heading: 'Tiến độ lập hồ sơ năm 2022 (đến ngày 01/11/2022)',
            display: 'both',
          },
          'progress-2022-11-01',
        ),
        paragraph(
          'Các đơn vị mới thành lập trong năm chưa phải lập hồ sơ năm 2022; Ban Tuyên giáo tiếp tục hướng dẫn các đơn vị chưa có hồ sơ hoàn thành trước hạn.',
        ),
      ]),
      _status: 'published',
    },
    context: { seeding: true },
  })
  report.created.articles = (report.created.articles ?? 0) + 1
}
