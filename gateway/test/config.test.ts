import { loadConfig } from '../src/config/loadConfig.js';
import { ConfigError } from '../src/config/ConfigError.js';

const defaults = { supergraphPath: '/repo/schema/supergraph.graphql' };

describe('loadConfig', () => {
  it('defaults to loopback, port 4000 and the committed supergraph', () => {
    expect(loadConfig({}, defaults)).toEqual({
      host: '127.0.0.1',
      port: 4000,
      nodeEnv: 'development',
      logLevel: 'info',
      supergraphPath: defaults.supergraphPath,
      subgraphUrls: {},
      subgraphTimeoutMs: 10_000,
      edgeSecret: undefined,
      gatewaySecret: undefined,
      introspection: true,
    });
  });

  it('turns introspection off in production unless GRAPHQL_INTROSPECTION=true', () => {
    expect(loadConfig({ NODE_ENV: 'production' }, defaults).introspection).toBe(false);
    const enabled = { NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' };
    expect(loadConfig(enabled, defaults).introspection).toBe(true);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }, defaults).introspection).toBe(false);
  });

  it('reads subgraph URL overrides by name', () => {
    const config = loadConfig(
      { SUBGRAPH_USERS_URL: 'http://127.0.0.1:9001/graphql', SUBGRAPH_COURTS_URL: '' },
      defaults,
    );
    expect(config.subgraphUrls).toEqual({ users: 'http://127.0.0.1:9001/graphql' });
  });

  it.each([
    ['PORT', 'eighty', /PORT must be an integer from 0 to 65535/],
    ['PORT', '70000', /PORT must be an integer/],
    ['NODE_ENV', 'staging', /NODE_ENV must be one of development, test, production/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of/],
    ['SUBGRAPH_USERS_URL', 'users:4001', /SUBGRAPH_USERS_URL must be an http\(s\) URL/],
    ['SUBGRAPH_TIMEOUT_MS', '5', /SUBGRAPH_TIMEOUT_MS must be an integer from 100/],
    ['EDGE_SECRET', 'short', /EDGE_SECRET must be at least 32 characters/],
    ['GATEWAY_SECRET', 'x'.repeat(31), /GATEWAY_SECRET must be at least 32 characters/],
    ['GRAPHQL_INTROSPECTION', 'yes', /GRAPHQL_INTROSPECTION must be true or false/],
  ])('refuses %s=%s with a message naming the variable', (name, value, message) => {
    const load = (): unknown => loadConfig({ [name]: value }, defaults);
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });
});
