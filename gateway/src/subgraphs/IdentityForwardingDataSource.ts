import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

import { IDENTITY_HEADER, SESSION_HEADER } from '../identity/readIdentity.js';
import { REQUEST_ID_HEADER } from '../http/resolveRequestId.js';

/** Proves to a subgraph that a fetch comes from the gateway (docs/contracts/identity-header.md). */
export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';
import type { GatewayContext } from './GatewayContext.js';

/**
 * Sends the verified identity and the request id with every subgraph fetch, and nothing else
 * from the client: the base class forwards no client header, so a client-sent X-Auth-User
 * can never reach a subgraph through here. Fetches are never retried (a retried mutation
 * could run twice).
 */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    private readonly timeoutMs: number,
    private readonly gatewaySecret: string | undefined,
  ) {
    super({ url });

    // make-fetch-happen (the base class's fetcher) takes a per-request timeout in ms; without
    // one a hung subgraph would hold the client's request open indefinitely.
    const fetchWithoutTimeout = this.fetcher;
    this.fetcher = (input, init) =>
      fetchWithoutTimeout(input, { ...init, timeout: this.timeoutMs } as typeof init);
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    if (!headers) return;

    const context = contextOf(options);
    headers.delete(IDENTITY_HEADER);
    headers.delete(SESSION_HEADER);
    if (context?.userId) headers.set(IDENTITY_HEADER, context.userId);
    if (context?.userId && context.sessionId) headers.set(SESSION_HEADER, context.sessionId);
    if (this.gatewaySecret) headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
    if (context?.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
    context?.logger.debug({ subgraph: this.subgraphName }, 'subgraph fetch');
  }

  /**
   * A subgraph answers 400 with BAD_USER_INPUT when a variable fails its own scalar's rules
   * (say, a malformed DateTime), which the gateway cannot check: it does not know how the
   * subgraph parses the scalar. Pass that message on as the client's input error; any other
   * non-2xx answer stays an internal failure, masked by formatGatewayError.
   */
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions.response as { body?: unknown } | undefined)?.body;
    const first = firstError(body);
    if (response.status === 400 && first?.extensions?.code === 'BAD_USER_INPUT') {
      return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return error;
  }
}

interface SubgraphError {
  message: string;
  extensions?: { code?: unknown };
}

function firstError(body: unknown): SubgraphError | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const errors = (body as { errors?: unknown }).errors;
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  if (typeof first !== 'object' || first === null) return undefined;
  return typeof (first as { message?: unknown }).message === 'string'
    ? (first as SubgraphError)
    : undefined;
}

/** Health checks and schema loads run without a request context; only requests have one. */
function contextOf(
  options: GraphQLDataSourceProcessOptions<GatewayContext>,
): GatewayContext | undefined {
  const incoming = (options as { context?: GatewayContext }).context;
  return incoming && 'requestId' in incoming ? incoming : undefined;
}
