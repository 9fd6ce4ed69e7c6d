export { payloadClient } from './payload'
export { countWhere, readGlobal, readMany, readOne, type ReadOptions } from './read'
export { currentViewer } from './viewer'
export { approvedComments, articleBySlug, homepagePicks, listCorrections, seriesParts, type PublicCorrection } from './articles'
export {
  progressYearsForPublic,
  publicProgress,
  publicProvince,
  publicProvinceProgress,
  publishedInspectionTallies,
  type PublishedTallyDoc,
} from './progress'
