import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionConfig, PayloadRequest } from 'payload'

type FileHandler = NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>[number]

const isLocalFile = async (folder: string, filename: string) => {
  const file = path.resolve(folder, filename)
  if (filename.includes('\0') || !file.startsWith(folder + path.sep)) return false
  return stat(file).then(
    (found) => found.isFile(),
    () => false, // absent or unreadable: not found
  )
}

const notFound = (req: PayloadRequest) => Response.json({ errors: [{ message: req.t('general:notFound') }] }, { status: 404 })

// Payload answers a file that is missing from the upload folder with a 500 ("Something went
// wrong", it assumes a document whose file was lost). A reader asking for /api/media/file/.env
// or a name with a NUL in it asked for a file that does not exist: 404. Runs after any storage
// adapter's handlers, so it only decides for files kept on the local disk.
export const answerMissingMediaFile =
  (staticDir: string): FileHandler =>
  (req, { params }) =>
    // Payload's type wants Promise<Response> or Promise<void>; "no answer" (undefined) lets it serve the file.
    isLocalFile(path.resolve(staticDir), params.filename).then((exists) => (exists ? undefined : notFound(req))) as Promise<Response>
