/**
 * The OpenAPI 3.1 description served at /api/openapi.json. Kept by hand beside the routes; the server test
 * checks that every route the app answers is described here.
 */
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errors = {
  400: { description: 'Bad request (unknown or malformed field)', ...json(ref('Error')) },
  401: { description: 'Missing or wrong token', ...json(ref('Error')) },
};
const q = (name: string, description: string, schema: object = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });

const FILTERS = [
  q('actor', 'Source actor code prefix (IRN, USAMIL)'),
  q('target', 'Target actor code prefix'),
  q('dyad', 'Two code prefixes, either direction: USA-IRN'),
  q('root', 'CAMEO root(s), comma-separated: 18,19'),
  q('code', 'CAMEO code prefix'),
  q('quad', 'Quad class(es) 1–4, comma-separated'),
  q('since', 'Inclusive start date YYYY-MM-DD', { type: 'string', format: 'date' }),
  q('until', 'Inclusive end date YYYY-MM-DD', { type: 'string', format: 'date' }),
  q('place', 'Country code (IRQ) or place-name substring'),
  q('text', 'Full-text search over evidence sentences'),
  q('modality', 'asserted (default), any, or a comma-separated list'),
];
const PAGE = [q('limit', 'Page size 1–1000 (default 50)', { type: 'integer', minimum: 1, maximum: 1000 }), q('cursor', 'The `next` of the previous page')];
const ID = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const WRITE = [{ bearer: [] }];

const actor = { type: ['object', 'null'], properties: { code: { type: 'string' }, text: { type: 'string' }, name: { type: ['string', 'null'] } } };
const mention = { type: 'object', properties: { doc: { type: 'string' }, sentence: { type: 'integer' }, start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } } };

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'sitrep API',
    version: '0.1.0',
    description: 'Coded political events (CAMEO/PLOVER) with their evidence, statistics, operations, watchlists and a live stream. Reads are open unless the server requires a token; writes need `Authorization: Bearer <token>`.',
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string', examples: ['E_QUERY'] }, message: { type: 'string' } } } } },
      Event: {
        type: 'object',
        required: ['id', 'code', 'root', 'quad', 'goldstein', 'mentions', 'sources'],
        properties: {
          id: { type: 'string' }, doc: { type: 'string' }, code: { type: 'string' }, root: { type: 'string' }, quad: { type: 'integer', minimum: 1, maximum: 4 },
          goldstein: { type: 'number' }, plover: { type: ['object', 'null'] }, source: actor, target: actor,
          date: { type: ['string', 'null'], format: 'date' }, date_basis: { type: 'string', enum: ['text', 'publication', 'none'] },
          location: { type: ['object', 'null'], properties: { name: { type: 'string' }, country: { type: ['string', 'null'] }, lat: { type: ['number', 'null'] }, lon: { type: ['number', 'null'] } } },
          modality: { type: 'string' }, speaker: actor, mentions: { type: 'array', items: mention },
          sources: { type: 'array', items: { type: 'object', properties: { doc: { type: 'string' }, source: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, title: { type: ['string', 'null'] }, date: { type: ['string', 'null'] }, added_at: { type: 'string' } } } },
          num_mentions: { type: 'integer' }, num_sources: { type: 'integer' }, num_articles: { type: 'integer' }, first_seen: { type: 'string', format: 'date-time' },
          explain: { type: 'object' },
        },
      },
      EventDetail: {
        allOf: [ref('Event'), {
          type: 'object',
          properties: {
            label: { type: ['string', 'null'], description: 'CAMEO name of the code' },
            highlights: { type: 'array', description: 'Per mention: spans to highlight, offsets relative to the mention text', items: { type: 'array', items: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' }, role: { type: 'string', enum: ['source', 'target', 'verb'] }, approximate: { type: 'boolean' } } } } },
          },
        }],
      },
      EventPage: { type: 'object', required: ['events', 'total', 'next'], properties: { events: { type: 'array', items: ref('Event') }, total: { type: 'integer' }, next: { type: ['string', 'null'] } } },
      Stats: {
        type: 'object',
        properties: {
          total: { type: 'integer' }, mean_goldstein: { type: ['number', 'null'] },
          by_day: { type: 'array', items: { type: 'object', properties: { date: { type: 'string' }, count: { type: 'integer' }, quad: { type: 'array', items: { type: 'integer' }, minItems: 4, maxItems: 4 }, mean_goldstein: { type: 'number' } } } },
          by_root: { type: 'array', items: { type: 'object', properties: { root: { type: 'string' }, count: { type: 'integer' } } } },
          by_quad: { type: 'array', items: { type: 'object', properties: { quad: { type: 'integer' }, count: { type: 'integer' } } } },
          top_dyads: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, target: { type: 'string' }, count: { type: 'integer' }, mean_goldstein: { type: 'number' } } } },
        },
      },
      Actor: { type: 'object', properties: { code: { type: 'string' }, name: { type: ['string', 'null'] }, first_seen: { type: 'string' }, last_seen: { type: 'string' }, as_source: { type: 'integer' }, as_target: { type: 'integer' } } },
      Operation: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, actor: { type: ['string', 'null'] }, country: { type: ['string', 'null'] }, status: { type: 'string' }, since: { type: ['string', 'null'] }, history: { type: 'array', items: { type: 'object' } }, evidence: { type: 'array', items: mention }, updated_at: { type: 'string' } } },
      WatchlistInput: {
        type: 'object', required: ['name'],
        properties: {
          name: { type: 'string' }, actor: { type: ['string', 'null'] }, target: { type: ['string', 'null'] }, place: { type: ['string', 'null'] },
          lat: { type: ['number', 'null'] }, lon: { type: ['number', 'null'] }, radius_km: { type: ['number', 'null'] },
          codes: { type: 'array', items: { type: 'string', pattern: '^\\d{2,4}$' } }, webhook: { type: ['string', 'null'], format: 'uri' },
        },
      },
      Watchlist: { allOf: [ref('WatchlistInput'), { type: 'object', properties: { id: { type: 'string' }, created_at: { type: 'string' }, updated_at: { type: 'string' } } }] },
      Alert: { type: 'object', properties: { id: { type: 'string' }, watchlist_id: { type: 'string' }, event_id: { type: 'string' }, created_at: { type: 'string' }, detail: { type: 'object' } } },
      DocumentInput: {
        type: 'object', required: ['id', 'text'],
        properties: { id: { type: 'string' }, text: { type: 'string' }, date: { type: ['string', 'null'], format: 'date' }, url: { type: 'string' }, title: { type: 'string' }, source: { type: 'string' } },
      },
      MapPoints: { type: 'object', properties: { total: { type: 'integer' }, sampled: { type: 'integer' }, points: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, country: { type: ['string', 'null'] }, x: { type: 'number' }, y: { type: 'number' }, count: { type: 'integer' }, approximate: { type: 'boolean' } } } } } },
    },
  },
  paths: {
    '/api/events': { get: { summary: 'Events matching the filters, newest first, one page at a time', parameters: [...FILTERS, ...PAGE], responses: { 200: { description: 'A page', ...json(ref('EventPage')) }, ...errors } } },
    '/api/events/{id}': { get: { summary: 'One event with its mentions, sources and evidence highlights', parameters: [ID], responses: { 200: { description: 'The event', ...json(ref('EventDetail')) }, 404: { description: 'No such event', ...json(ref('Error')) } } } },
    '/api/stats': { get: { summary: 'Counts by day, root, quad class and dyad; mean Goldstein', parameters: FILTERS, responses: { 200: { description: 'Statistics', ...json(ref('Stats')) }, ...errors } } },
    '/api/actors': { get: { summary: 'Actors seen, with counts as source and target', parameters: [q('prefix', 'Code prefix'), q('limit', '1–10000 (default 500)', { type: 'integer' })], responses: { 200: { description: 'Actors', ...json({ type: 'object', properties: { actors: { type: 'array', items: ref('Actor') } } }) }, ...errors } } },
    '/api/operations': { get: { summary: 'Operations with their current status and history', responses: { 200: { description: 'Operations', ...json({ type: 'object', properties: { operations: { type: 'array', items: ref('Operation') } } }) } } } },
    '/api/map/world': { get: { summary: 'Country outlines as SVG paths (Natural Earth projection)', responses: { 200: { description: 'World map', ...json({ type: 'object' }) } } } },
    '/api/map/points': { get: { summary: 'Locations of the newest matching events (up to 1000), projected and grouped', parameters: FILTERS, responses: { 200: { description: 'Points', ...json(ref('MapPoints')) }, ...errors } } },
    '/api/alerts': { get: { summary: 'Recent alerts', parameters: [q('watchlist_id', 'Only this watchlist'), q('since', 'ISO time'), q('limit', '1–10000', { type: 'integer' })], responses: { 200: { description: 'Alerts', ...json({ type: 'object', properties: { alerts: { type: 'array', items: ref('Alert') } } }) }, ...errors } } },
    '/api/stream': { get: { summary: 'Server-sent events: `event` (new or merged event) and `alert` messages', responses: { 200: { description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } } } } },
    '/api/documents': {
      post: {
        summary: 'Code a document and store its events; new events and alerts go on the stream', security: WRITE,
        requestBody: { required: true, ...json(ref('DocumentInput')) },
        responses: { 201: { description: 'Stored', ...json({ type: 'object', properties: { inserted: { type: 'boolean' }, events: { type: 'integer' }, created: { type: 'array', items: { type: 'string' } }, merged: { type: 'array', items: { type: 'string' } }, alerts: { type: 'integer' } } }) }, ...errors },
      },
    },
    '/api/watchlists': {
      get: { summary: 'Watchlists', responses: { 200: { description: 'Watchlists', ...json({ type: 'object', properties: { watchlists: { type: 'array', items: ref('Watchlist') } } }) } } },
      post: { summary: 'Create a watchlist', security: WRITE, requestBody: { required: true, ...json(ref('WatchlistInput')) }, responses: { 201: { description: 'Created', ...json(ref('Watchlist')) }, ...errors } },
    },
    '/api/watchlists/{id}': {
      get: { summary: 'One watchlist', parameters: [ID], responses: { 200: { description: 'Watchlist', ...json(ref('Watchlist')) }, 404: { description: 'Not found', ...json(ref('Error')) } } },
      put: { summary: 'Change a watchlist (fields given replace the stored ones)', security: WRITE, parameters: [ID], requestBody: { required: true, ...json(ref('WatchlistInput')) }, responses: { 200: { description: 'Updated', ...json(ref('Watchlist')) }, 404: { description: 'Not found', ...json(ref('Error')) }, ...errors } },
      delete: { summary: 'Delete a watchlist', security: WRITE, parameters: [ID], responses: { 204: { description: 'Deleted' }, 404: { description: 'Not found', ...json(ref('Error')) }, ...errors } },
    },
    '/api/cameo': { get: { summary: 'CAMEO code names (for labels)', responses: { 200: { description: 'code → name', ...json({ type: 'object', additionalProperties: { type: 'string' } }) } } } },
    '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1', ...json({ type: 'object' }) } } } },
  },
} as const;
