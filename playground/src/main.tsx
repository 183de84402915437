import 'graphiql/style.css';
import './playground.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { Playground } from './Playground.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element.');
createRoot(root).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
