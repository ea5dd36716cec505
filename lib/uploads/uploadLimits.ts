// What one upload may be. Read by payload.config.ts (Payload's multipart parser),
// collections/Media.ts (sharp, the refusal hook) and lib/http/requestBodyLimit.ts (the route).
const MiB = 1024 * 1024

export const uploadLimits = {
  // A print-quality PDF or a camera photo; anything larger belongs on a file server.
  fileBytes: 20 * MiB,
  // The file plus the form fields Payload's admin sends with it.
  requestBytes: 21 * MiB,
  // 50 megapixels: a full-frame camera's photo. sharp decodes an image whole into memory
  // (4 bytes a pixel), so a small file that claims 50,000 × 50,000 pixels would need 10 GB.
  pixels: 50_000_000,
} as const
