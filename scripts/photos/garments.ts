// Drawn clothing and logos for the uniform composites, as SVG. Shading is laid over the garment's
// flat colour (light from the upper left, folds, a darker hem), so the pixels under a face span the
// range of tones a real shirt has in a photo rather than one exact hex value.

export type Garment = 'polo' | 'fleece' | 'tshirt';

const OUTLINE =
  'M160,20 C120,30 60,38 30,70 L0,175 L52,190 L72,132 L76,360 L324,360 L328,132 L348,190 L400,175 L370,70 C340,38 280,30 240,20 Q200,48 160,20 Z';

/** A garment in a 400×360 box, scaled by the caller; `logo` is an SVG fragment for the left chest. */
export function garmentSvg(garment: Garment, colour: string, logo = ''): string {
  const collar =
    garment === 'polo'
      ? `<path d="M160,20 L200,78 L176,96 L146,34 Z M240,20 L200,78 L224,96 L254,34 Z" fill="${colour}"/>
         <path d="M160,20 L200,78 L176,96 L146,34 Z M240,20 L200,78 L224,96 L254,34 Z" fill="rgba(0,0,0,.16)"/>
         <line x1="200" y1="78" x2="200" y2="150" stroke="rgba(0,0,0,.25)" stroke-width="3"/>
         <circle cx="200" cy="105" r="4" fill="rgba(255,255,255,.5)"/><circle cx="200" cy="132" r="4" fill="rgba(255,255,255,.5)"/>`
      : garment === 'fleece'
        ? `<path d="M150,6 L250,6 L246,34 Q200,52 154,34 Z" fill="${colour}"/><path d="M150,6 L250,6 L246,34 Q200,52 154,34 Z" fill="rgba(0,0,0,.14)"/>
           <line x1="200" y1="10" x2="200" y2="360" stroke="rgba(40,40,40,.55)" stroke-width="4"/>`
        : `<path d="M160,20 Q200,60 240,20" fill="none" stroke="rgba(0,0,0,.22)" stroke-width="8"/>`;
  return `<svg viewBox="0 0 400 360" width="100%" height="100%" preserveAspectRatio="none" xmlns="http://www.w3.org/2000/svg">
    <defs>
      <linearGradient id="light" x1="0" y1="0" x2="1" y2="0.4">
        <stop offset="0" stop-color="#fff" stop-opacity=".2"/><stop offset=".45" stop-color="#fff" stop-opacity="0"/>
        <stop offset="1" stop-color="#000" stop-opacity=".32"/>
      </linearGradient>
      <linearGradient id="hem" x1="0" y1="0" x2="0" y2="1">
        <stop offset=".7" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".25"/>
      </linearGradient>
    </defs>
    <path d="${OUTLINE}" fill="${colour}"/>
    <path d="${OUTLINE}" fill="url(#light)"/><path d="${OUTLINE}" fill="url(#hem)"/>
    <g stroke="rgba(0,0,0,.13)" stroke-width="5" fill="none" stroke-linecap="round">
      <path d="M110,200 Q130,260 118,330"/><path d="M290,190 Q270,250 286,320"/><path d="M72,132 Q90,160 84,200"/>
    </g>
    ${collar}
    ${logo ? `<g transform="translate(250,100) scale(0.42)">${logo}</g>` : ''}
  </svg>`;
}

/** The setting's logo: an acorn in a roundel, no words (so it tests the logo check, not OCR). */
export function acornLogo(): string {
  return `<circle cx="80" cy="80" r="78" fill="#f3e6b8" stroke="#6b4a1f" stroke-width="6"/>
    <path d="M40,70 Q80,30 120,70 Z" fill="#6b4a1f"/><rect x="76" y="34" width="8" height="18" fill="#6b4a1f"/>
    <path d="M46,72 L114,72 Q112,122 80,134 Q48,122 46,72 Z" fill="#c8862a"/>
    <path d="M60,80 Q62,112 80,124" stroke="#f3e6b8" stroke-width="5" fill="none"/>`;
}

/** Another organisation's badge: a star in a roundel, for the "other logo" negatives. */
export function starLogo(): string {
  return `<circle cx="80" cy="80" r="78" fill="#ffffff" stroke="#b3322b" stroke-width="6"/>
    <path d="M80,22 L96,64 L140,64 L104,90 L118,134 L80,108 L42,134 L56,90 L20,64 L64,64 Z" fill="#b3322b"/>`;
}

/** A logo fragment as a standalone 160×160 SVG document (for the pack's PNG). */
export const logoSvg = (fragment: string) =>
  `<svg width="160" height="160" viewBox="0 0 160 160" xmlns="http://www.w3.org/2000/svg">${fragment}</svg>`;
