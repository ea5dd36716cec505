import type { Payload } from 'payload'
import sharp from 'sharp'
import { startPayload, stopPayload } from '../support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

const photo = async () =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a6ea5' } }).jpeg().toBuffer()

it('an image gets responsive sizes (webp) and an alt text per locale', async () => {
  const data = await photo()
  const media = await payload.create({
    collection: 'media',
    locale: 'de',
    data: { alt: 'Blaue Fläche' },
    file: { data, mimetype: 'image/jpeg', name: `flaeche-${Date.now()}.jpg`, size: data.length },
  })
  await payload.update({ collection: 'media', id: media.id, locale: 'es', data: { alt: 'Superficie azul' } })
  expect(media.sizes?.thumbnail?.width).toBe(400)
  expect(media.sizes?.medium?.width).toBe(900)
  expect(media.mimeType).toBe('image/webp')
  expect(media.sizes?.thumbnail?.mimeType).toBe('image/webp')
  expect((await payload.findByID({ collection: 'media', id: media.id, locale: 'es' })).alt).toBe('Superficie azul')
})

it('an image without alt text is refused', async () => {
  const data = await photo()
  await expect(
    payload.create({
      collection: 'media',
      data: {} as never,
      file: { data, mimetype: 'image/jpeg', name: `ohne-alt-${Date.now()}.jpg`, size: data.length },
    }),
  ).rejects.toMatchObject({ status: 400 })
})
