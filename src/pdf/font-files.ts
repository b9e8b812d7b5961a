/** The embedded font's files, served from /fonts/ in the browser and read from public/fonts/ on the command line. */
export const FONT_FILES = {
  regular: 'DejaVuSans-subset.ttf',
  bold: 'DejaVuSans-Bold-subset.ttf',
} as const;
