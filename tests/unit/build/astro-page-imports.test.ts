import { describe, expect, it } from 'vitest';
// Not among Astro's exports: the file that patches/astro+7.3.5.patch changes, bundled into a static build's renderer.
import { createBuildEnvironment } from '../../../node_modules/astro/dist/core/build/environment.js';

const buildEnvironment = createBuildEnvironment().env;

type Manifest = Parameters<typeof buildEnvironment.getComponentByRoute>[0];
type Route = Parameters<typeof buildEnvironment.getComponentByRoute>[1];

/** A manifest whose page map holds two pages' loaders, counting how often each page module and component is imported. */
function counted() {
  const imports = { documents: 0, meetings: 0, documentsPage: 0, meetingsPage: 0 };
  const component = (name: string) => ({ default: name });
  const pageModule = (key: 'documents' | 'meetings') => {
    imports[key] += 1;
    return Promise.resolve({
      page: () => {
        imports[`${key}Page`] += 1;
        return Promise.resolve(component(key));
      },
    });
  };
  const manifest = {
    routes: [],
    rootDir: 'file:///project/',
    pageMap: new Map([
      ['src/pages/documents/[slug].astro', () => pageModule('documents')],
      ['src/pages/meetings/[id].astro', () => pageModule('meetings')],
    ]),
  } as unknown as Manifest;
  const route = (component: string) => ({ component, type: 'page', route: `/${component}` }) as unknown as Route;
  return { imports, manifest, route };
}

describe("Astro's static build environment, as patched: a page's module and component imported once, not for every page", () => {
  it('gives every page of a route its one component, each loader called once however many pages render', async () => {
    const { imports, manifest, route } = counted();
    const documents = route('src/pages/documents/[slug].astro');
    const meetings = route('src/pages/meetings/[id].astro');
    const components = [];
    for (let page = 0; page < 50; page += 1) {
      components.push(await buildEnvironment.getComponentByRoute(manifest, documents));
      components.push(await buildEnvironment.getComponentByRoute(manifest, meetings));
    }
    expect(new Set(components.filter((_, index) => index % 2 === 0)).size).toBe(1);
    expect(components[0]).toEqual({ default: 'documents' });
    expect(components[1]).toEqual({ default: 'meetings' });
    expect(imports).toEqual({ documents: 1, meetings: 1, documentsPage: 1, meetingsPage: 1 });
    const module = await buildEnvironment.getModuleForRoute(manifest, documents);
    expect(imports.documents).toBe(1);
    expect(typeof module.page).toBe('function');
  });
});
