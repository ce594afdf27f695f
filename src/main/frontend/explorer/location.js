// What is shown lives in the URL, so a link reproduces the view: /?entity=金融数据港, /?path=A..B.

/** Reads the view from a query string. */
export function readView(search) {
  const params = new URLSearchParams(search);
  const list = (key) => (params.get(key) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const pathParam = params.get('path');
  let path = null;
  if (pathParam && pathParam.includes('..')) {
    const cut = pathParam.indexOf('..');
    path = { from: pathParam.slice(0, cut).trim(), to: pathParam.slice(cut + 2).trim() };
    if (!path.from || !path.to) path = null;
  }
  const hops = Number.parseInt(params.get('hops') ?? '', 10);
  return {
    entity: params.get('entity')?.trim() || null,
    path,
    hops: Number.isInteger(hops) && hops > 0 ? hops : null,
    types: list('types'),
    since: params.get('since') || null,
    until: params.get('until') || null,
    expand: params.getAll('expand').filter(Boolean),
  };
}

/** Writes the view as a query string; empty parts are left out so that links stay short. */
export function viewQuery(view) {
  const params = new URLSearchParams();
  if (view.path) {
    params.set('path', `${view.path.from}..${view.path.to}`);
    if (view.hops) params.set('hops', String(view.hops));
  } else if (view.entity) {
    params.set('entity', view.entity);
    for (const name of view.expand) params.append('expand', name);
  }
  if (view.types.length > 0) params.set('types', view.types.join(','));
  if (view.since) params.set('since', view.since);
  if (view.until) params.set('until', view.until);
  const query = params.toString();
  return query ? `?${query}` : '';
}
