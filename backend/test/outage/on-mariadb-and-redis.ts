/**
 * The outage suites that reproduce what production runs (several processes
 * on MariaDB and Redis) skip the embedded SQLite pass, saying why; CI runs
 * them in its MariaDB + Redis pass.
 */
export function onMariaDbAndRedis(suite: string): boolean {
  const yes = /^(mysql|mariadb):/.test(process.env.DATABASE_URL ?? '') && Boolean(process.env.REDIS_URL);
  if (!yes) console.log(`${suite} suite skipped: it needs DATABASE_URL=mysql://… and REDIS_URL (CI runs it in the MariaDB + Redis pass)`);
  return yes;
}
