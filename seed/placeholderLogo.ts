import sharp from 'sharp'

// A plain placeholder mark (three stripes in the federal colours and a rule), drawn here so the
// seed needs no image file; the ministry replaces it with its own logo.
export async function placeholderLogoPng(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">
  <rect width="96" height="96" fill="#ffffff"/>
  <rect x="8" y="8" width="10" height="80" fill="#000000"/>
  <rect x="18" y="8" width="10" height="80" fill="#dd0000"/>
  <rect x="28" y="8" width="10" height="80" fill="#ffcc00"/>
  <rect x="46" y="30" width="42" height="8" fill="#004b87"/>
  <rect x="46" y="46" width="34" height="8" fill="#004b87"/>
  <rect x="46" y="62" width="26" height="8" fill="#004b87"/>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
