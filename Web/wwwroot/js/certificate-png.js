// The passport certificate as a PNG, drawn by the browser from the SVG the expo serves: the server needs no image
// library, and the text renders with the visitor's own fonts, Chinese included.

import { el } from './dom.js';

/** Loads the SVG at `url` (same origin, with the session cookie), draws it at its own size and returns a PNG blob. */
export async function svgToPng(url) {
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  canvas.getContext('2d').drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG.'))), 'image/png'),
  );
}

/** Hands the blob to the browser as a download named `fileName`. */
export function saveBlob(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the blob by then; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
