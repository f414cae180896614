import '@/lib/setup/zod-jitless';
import { render } from 'preact';
import { Dashboard } from '@/components/dashboard/Dashboard';
import '@/components/theme.css';

render(<Dashboard />, document.getElementById('app')!);
