import { DocumentLinkBlock } from './DocumentLinkBlock/config'
import { FigureBlock } from './FigureBlock/config'
import { ProgressBlock } from './ProgressBlock/config'
import { QuoteBlock } from './QuoteBlock/config'

export const articleBodyBlocks = [FigureBlock, QuoteBlock, DocumentLinkBlock, ProgressBlock]
