/**
 * The token buckets that limit API clients: login attempts per address,
 * requests per API token. The delivery module's limiter, its own instance,
 * shared by every process through Redis (in memory without it).
 */
export const CLIENT_LIMITER = Symbol('CLIENT_LIMITER');
