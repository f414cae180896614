import '@/lib/setup/zod-jitless';
import { render } from 'preact';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { Localised } from '@/components/shared/Localised';
import '@/components/theme.css';

render(<Localised titleKey="page_title_dashboard">{() => <Dashboard />}</Localised>, document.getElementById('app')!);
