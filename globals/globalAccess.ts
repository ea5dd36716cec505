import type { GlobalConfig } from 'payload'
import { anyone } from '../access/anyone'
import { canUpdateContent } from '../access/canUpdateContent'

export const globalAccess: GlobalConfig['access'] = { read: anyone, update: canUpdateContent }
