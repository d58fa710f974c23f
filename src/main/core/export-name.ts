/** "VN-Việt-Nam-2026": a file name any file system accepts, in any script. */
export const exportName = (...parts: string[]): string =>
  parts
    .join('-')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/-+$/, '')
    .slice(0, 80);
