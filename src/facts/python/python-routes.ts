// How Python web frameworks declare HTTP routes in code: the names python-source.ts looks for, and how the
// literal arguments of such a call become a route.

/** How a route-declaring call names its path and methods. */
export interface RouteSpec {
  style: string;
  /** Method implied by the name (`.get` is GET); when absent the `methods=` keyword is read. */
  method?: string;
  /**
   * Methods served when the call has no `methods=` keyword: GET for Flask, Quart and Sanic `route` and
   * `add_url_rule`, and FastAPI `api_route` and `add_api_route`.
   */
  defaultMethods?: readonly string[];
  /** aiohttp `add_route("GET", "/path", handler)`: method first, path second. */
  isMethodFirst?: boolean;
  /** Style when a method-first call has a path first instead (Starlette/Falcon `add_route("/path", ...)`). */
  pathFirstStyle?: string;
}

/** The literal arguments of a route call; undefined where the argument is missing or not a literal. */
export interface RouteArguments {
  first: string | undefined;
  second: string | undefined;
  /** `path=`, `rule=` (Flask) or `route=` (Django) keyword. */
  pathKeyword: string | undefined;
  /** Upper-cased `methods=[...]`, [] when the keyword is not a list of literals. */
  methods: string[] | undefined;
}

const HTTP_METHODS = ['get', 'post', 'put', 'delete', 'patch', 'head', 'options'];
const GET = ['GET'];

/** `@<obj>.<name>(...)`: FastAPI, Starlette, Flask, Quart, aiohttp route tables. */
const DECORATOR_ROUTES = new Map<string, RouteSpec>([
  ...HTTP_METHODS.map((name): [string, RouteSpec] => [
    name,
    { style: 'decorator', method: name.toUpperCase() },
  ]),
  ['api_route', { style: 'decorator', defaultMethods: GET }],
  ['route', { style: 'decorator', defaultMethods: GET }],
  ['websocket', { style: 'decorator' }],
]);

/** `<obj>.<name>(...)` calls that register a route, whatever `<obj>` is. */
const METHOD_ROUTES = new Map<string, RouteSpec>([
  ['add_api_route', { style: 'add_api_route', defaultMethods: GET }],
  ['add_url_rule', { style: 'add_url_rule', defaultMethods: GET }],
  // https://docs.aiohttp.org/en/stable/web_reference.html#router
  ...HTTP_METHODS.map((name): [string, RouteSpec] => [
    `add_${name}`,
    { style: 'aiohttp', method: name.toUpperCase() },
  ]),
  ['add_view', { style: 'aiohttp' }],
  ['add_route', { style: 'aiohttp', isMethodFirst: true, pathFirstStyle: 'add_route' }],
]);

/** Calls that register a route when their callee resolves through the imports to exactly this name. */
const IMPORTED_ROUTES = new Map<string, RouteSpec>([
  // aiohttp route table entries: web.get("/path", handler), web.route("GET", "/path", handler)
  ...HTTP_METHODS.map((name): [string, RouteSpec] => [
    `aiohttp.web.${name}`,
    { style: 'aiohttp', method: name.toUpperCase() },
  ]),
  ['aiohttp.web.view', { style: 'aiohttp' }],
  ['aiohttp.web.route', { style: 'aiohttp', isMethodFirst: true }],
  // https://www.starlette.io/routing/
  ['starlette.routing.Route', { style: 'starlette-route' }],
  ['starlette.routing.WebSocketRoute', { style: 'starlette-route' }],
  // `@bentoml.api(route="/health")`, and `@svc.api(route=...)` on a 1.x `bentoml.Service`; APIs take POST.
  // https://docs.bentoml.com/en/latest/build-with-bentoml/services.html
  ['bentoml.api', { style: 'bentoml', method: 'POST' }],
  ['bentoml.Service.api', { style: 'bentoml', method: 'POST' }],
  // https://docs.djangoproject.com/en/stable/ref/urls/
  ...['django.urls', 'django.conf.urls'].flatMap((module) =>
    ['path', 're_path', 'url'].map((name): [string, RouteSpec] => [
      `${module}.${name}`,
      { style: 'django-path' },
    ]),
  ),
]);

/** The callees that declare a route by name (`bentoml.api`, `django.urls.path`). */
export const ROUTE_CALLEES: readonly string[] = [...IMPORTED_ROUTES.keys()];

const PATH_KEYWORDS = new Set(['path', 'rule', 'route']);

/** True for the keywords that give the path instead of the first positional argument. */
export const isPathKeyword = (keyword: string): boolean => PATH_KEYWORDS.has(keyword);

/** The spec of a decorator `@a.b.<last>(...)` with `segments` dotted names, if it declares a route. */
export function decoratorRouteSpec(last: string, segments: number): RouteSpec | undefined {
  return segments >= 2 ? DECORATOR_ROUTES.get(last) : undefined;
}

/** The spec of a call that declares a route by its resolved callee alone (`bentoml.api`), decorators included. */
export function importedRouteSpec(callee: string | undefined): RouteSpec | undefined {
  return callee === undefined ? undefined : IMPORTED_ROUTES.get(callee);
}

/** The spec of a plain call: by its resolved callee (`django.urls.path`), else by its method name. */
export function callRouteSpec(
  callee: string | undefined,
  last: string,
  segments: number,
): RouteSpec | undefined {
  const imported = callee === undefined ? undefined : IMPORTED_ROUTES.get(callee);
  if (imported !== undefined) return imported;
  return segments >= 2 ? METHOD_ROUTES.get(last) : undefined;
}

/** The route a call declares, or undefined when its path is not a literal or not a path. */
export function routeOf(
  spec: RouteSpec,
  args: RouteArguments,
): { route: string; methods: string[]; style: string } | undefined {
  const { first } = args;
  let route: string | undefined;
  let methods: string[];
  let style = spec.style;
  if (spec.isMethodFirst && first !== undefined && isMethodOrStar(first)) {
    route = args.second;
    methods = first === '*' ? [] : [first.toUpperCase()];
  } else {
    if (spec.isMethodFirst) {
      if (spec.pathFirstStyle === undefined) return undefined;
      style = spec.pathFirstStyle;
    }
    route = first ?? args.pathKeyword;
    methods = spec.method !== undefined ? [spec.method] : (args.methods ?? [...(spec.defaultMethods ?? [])]);
  }
  if (route === undefined) return undefined;
  // Every framework here but Django rejects a path without a leading slash (FastAPI allows '' under a
  // router prefix), and the check keeps `@mock.patch("train.mlflow")` from passing for a PATCH route.
  if (style !== 'django-path' && route !== '' && !route.startsWith('/')) return undefined;
  return { route, methods, style };
}

const isMethodOrStar = (value: string): boolean =>
  value === '*' || HTTP_METHODS.includes(value.toLowerCase());
