// The only source of links and addresses for reader pages. Nothing here imports next-intl's
// navigation: its module brings its client Link (and next/link's router) into every page.
export { getPathname, type LocalizedHref } from './pathnames'
export { Link } from './ReaderLink'
