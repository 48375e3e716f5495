import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/popup';
import { tabIdFromSearch, usePopupData } from '@/lib/popup/use-popup-data';

// The toolbar popup: the hook loads data through the background, the component renders it.
const tabId = tabIdFromSearch(location.search);

function App() {
  return <Popup {...usePopupData(tabId)} />;
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
