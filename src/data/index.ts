export { payloadClient } from './payload'
export { countWhere, readGlobal, readMany, readOne, type ReadOptions } from './read'
export { currentViewer } from './viewer'
export { approvedComments, articleBySlug, seriesParts } from './articles'
