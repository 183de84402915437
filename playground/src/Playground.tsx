import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { useMemo, useRef, useState } from 'react';

import { post } from './api.js';
import { LoginBox } from './LoginBox.js';
import { matchOperationName } from './matchOperationName.js';
import { README_EXAMPLES } from './readmeExamples.js';
import type { Session } from './session.js';

/**
 * GraphiQL on the supergraph: the docs come from introspection through the edge, the tabs
 * start with README's examples, and every request carries the signed-in user's token.
 */
export function Playground() {
  const [session, setSession] = useState<Session>();
  // The fetcher reads the token at call time: a new fetcher would make GraphiQL reload the
  // schema on every login.
  const token = useRef<string | undefined>(undefined);
  token.current = session?.token;

  const fetcher = useMemo<GraphiQLProps['fetcher']>(
    () => (params) => post(matchOperationName(params), token.current),
    [],
  );

  return (
    <div className="playground">
      <header className="playground-bar">
        <strong>courtgraph playground</strong>
        <LoginBox session={session} onChange={setSession} />
      </header>
      <div className="playground-graphiql">
        <GraphiQL fetcher={fetcher} defaultTabs={README_EXAMPLES} shouldPersistHeaders={false} />
      </div>
    </div>
  );
}
