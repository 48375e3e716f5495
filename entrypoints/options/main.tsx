import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ManagerSection } from '@/lib/options/manager-section';
import { StaffPackSection } from '@/lib/options/staff-section';

// The options page: staff see the rule pack in force and what it asks; managers build, sign and
// export packs further down. Each section loads its own data.
function App() {
  return (
    <main className="ssg-options">
      <h1>Staff Social Guard</h1>
      <StaffPackSection />
      <ManagerSection />
    </main>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
