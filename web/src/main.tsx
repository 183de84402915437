import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { App } from './App';
import { TokenStore } from './apollo/TokenStore';
import { createApolloClient } from './apollo/createApolloClient';
import { SessionProvider } from './session/SessionProvider';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks <div id="root">.');

/** Browsers may refuse storage (privacy settings): the session then lasts as long as the page. */
function sessionStorageIfAllowed(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

const { client, tokens, refresher } = createApolloClient(new TokenStore(sessionStorageIfAllowed()));

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <SessionProvider tokens={tokens} refresher={refresher}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </SessionProvider>
    </ApolloProvider>
  </StrictMode>,
);
