import sharp from 'sharp'

/** A placeholder photo (the reference article's photos are not ours to copy). */
export async function placeholderImage(seed: number, width = 1600, height = 900): Promise<Buffer> {
  const hues = [
    [22, 110, 80],
    [180, 60, 40],
    [40, 90, 160],
    [120, 100, 40],
    [90, 40, 120],
  ]
  const [r, g, b] = hues[seed % hues.length]
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="rgb(${r},${g},${b})"/>
      <stop offset="1" stop-color="rgb(${(r + 120) % 255},${(g + 80) % 255},${(b + 40) % 255})"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width * 0.3}" cy="${height * 0.45}" r="${height * 0.22}" fill="rgba(255,255,255,0.25)"/>
    <rect x="${width * 0.5}" y="${height * 0.3}" width="${width * 0.32}" height="${height * 0.4}" rx="24" fill="rgba(255,255,255,0.18)"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
