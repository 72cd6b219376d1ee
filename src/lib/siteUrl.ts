/**
 * The public URL of the site (canonical URLs, og:url, hreflang alternates, the sitemap). A
 * production build must never advertise a loopback host, so a build requires SITE_URL and rejects
 * a loopback one; the development server and `serve` default to the address they listen on.
 */
const Loopback = /^(localhost|127(\.\d+){3}|\[::1\])$/;

export function siteUrl(fromEnv: string | undefined, building: boolean): string {
  const value = fromEnv?.trim();
  if (value) {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new Error(`SITE_URL="${value}" is not an absolute URL (e.g. https://docs.example.internal)`);
    }
    if (building && Loopback.test(parsed.hostname))
      throw new Error(
        `SITE_URL="${value}" is a loopback host: a production build must name the host it is deployed to`,
      );
    return parsed.origin;
  }
  if (building)
    throw new Error(
      'SITE_URL is required for a production build: set it to the host you deploy to, e.g. ' +
        'SITE_URL=https://docs.example.internal npm run build (README, "Building for hosting").',
    );
  return 'http://127.0.0.1:3000';
}
