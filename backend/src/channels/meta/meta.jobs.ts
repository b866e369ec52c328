/** Job names of the Meta channels and their de-duplication ids, built only here. */
export const META_JOBS = {
  /** Download a message's files (Cloud API media ids, Instagram CDN links) into our storage. */
  fetchMedia: 'meta.fetch-media',
} as const;

export const META_JOB_OPTIONS = {
  fetchMedia: { attempts: 5, backoffMs: 2000 },
} as const;

export const metaJobIds = {
  fetchMedia: (messageId: number) => `meta-media:${messageId}`,
};
