import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { currentTraceContext } from '@ap/telemetry';
import type { paths } from './api-schema';

export type ApiClient = Client<paths>;

/** A problem+json answer from the API (RFC 9457), as the web reads it. */
export type ApiProblem = Readonly<{
  status: number;
  code: string;
  title: string;
  detail?: string;
  field?: string;
  rule?: string;
  [extension: string]: unknown;
}>;

/** The API refused or failed: pages turn 401 into a new sign-in, 404 into "Page not found", 422 into form errors. */
export class ApiError extends Error {
  constructor(readonly problem: ApiProblem) {
    super(`${problem.status} ${problem.code}: ${problem.title}`);
  }
  get status(): number {
    return this.problem.status;
  }
}

/**
 * Carries the page request's trace to the API (W3C traceparent), so one trace shows the page, the API calls it made
 * and the worker's handling of what they wrote. Nothing is added when tracing is off.
 */
const joinTrace: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(currentTraceContext())) request.headers.set(name, value);
    return request;
  },
};

/** The API with the signed-in user's own token: scoping, validation and the access log stay in the API. */
export function apiClientFor(apiUrl: string, token: string): ApiClient {
  const client = createClient<paths>({ baseUrl: apiUrl, headers: { authorization: `Bearer ${token}` } });
  client.use(joinTrace);
  return client;
}

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The data of a successful answer; anything else becomes an ApiError carrying the problem. */
export async function must<T>(call: Promise<Answer<T>>): Promise<NonNullable<T>> {
  const { data, error, response } = await call;
  if (response.ok) return data as NonNullable<T>;
  const body = (error && typeof error === 'object' ? error : {}) as Partial<ApiProblem>;
  throw new ApiError({
    ...body,
    status: response.status,
    code: body.code ?? `HTTP_${response.status}`,
    title: body.title ?? response.statusText,
  });
}
