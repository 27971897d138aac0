/** 'filtered' when any row uses a PNG filter (adaptive filtering), 'unfiltered' when every row has filter 0. */
export function pngFiltering(png: Buffer): 'filtered' | 'unfiltered';
