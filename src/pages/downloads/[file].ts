import type { APIRoute } from 'astro';
import { frameworkIds } from '../../catalog/graph';
import { catalogDownloads, itemsCsv, linksCsv, linksJson, oscalMappingCollection } from '../../lib/exports';

/** Build time of the mapping files, so the OSCAL document says when it was produced. */
const builtAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

const json = (data: unknown) =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
const csv = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

const files: Record<string, (site: URL) => Response> = {
  'links.json': () => json(linksJson()),
  'links.csv': () => csv(linksCsv()),
  'items.csv': () => csv(itemsCsv()),
  'aims-atlas-mappings.oscal.json': (site) => json(oscalMappingCollection(site, builtAt)),
  ...Object.fromEntries(frameworkIds.map((id) => [`catalog-${id}.json`, () => json(catalogDownloads[id]())])),
};

export function getStaticPaths() {
  return Object.keys(files).map((file) => ({ params: { file } }));
}

/** Serves the catalogs and links as downloadable JSON, CSV and OSCAL files. */
export const GET: APIRoute = ({ params, site }) => files[params.file!]!(site!);
