/** A picture for the documents (the district's logo): PNG or JPEG bytes, never fetched from anywhere. */
export interface LogoImage {
  readonly type: 'png' | 'jpg';
  readonly data: Uint8Array;
}

export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

const isPng = (data: Uint8Array) => data.length > 24 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47;
const isJpeg = (data: Uint8Array) => data.length > 4 && data[0] === 0xff && data[1] === 0xd8;

const u16 = (data: Uint8Array, at: number) => ((data[at] ?? 0) << 8) | (data[at + 1] ?? 0);
const u32 = (data: Uint8Array, at: number) => u16(data, at) * 65536 + u16(data, at + 2);

/** Width and height from a JPEG's first start-of-frame marker. */
function jpegSize(data: Uint8Array): PixelSize | null {
  let at = 2;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1] ?? 0;
    const length = u16(data, at + 2);
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) return { height: u16(data, at + 5), width: u16(data, at + 7) };
    at += 2 + length;
  }
  return null;
}

/** The picture's type as its first bytes say, or null for anything that is neither PNG nor JPEG. */
export function imageTypeOf(data: Uint8Array): LogoImage['type'] | null {
  return isPng(data) ? 'png' : isJpeg(data) ? 'jpg' : null;
}

/** Its size in pixels, read from the file header; null when the header is not readable. */
export function imageSizeOf(data: Uint8Array): PixelSize | null {
  if (isPng(data)) {
    const size = { width: u32(data, 16), height: u32(data, 20) };
    return size.width > 0 && size.height > 0 ? size : null;
  }
  if (isJpeg(data)) {
    const size = jpegSize(data);
    return size && size.width > 0 && size.height > 0 ? size : null;
  }
  return null;
}

/** Fits the picture into a box (millimetres), keeping its proportions. */
export function fitInto(size: PixelSize, maxWidthMm: number, maxHeightMm: number): { widthMm: number; heightMm: number } {
  const scale = Math.min(maxWidthMm / size.width, maxHeightMm / size.height);
  return { widthMm: size.width * scale, heightMm: size.height * scale };
}
