import '@/lib/setup/zod-jitless';
import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { Localised } from '@/components/shared/Localised';
import '@/components/theme.css';

render(<Localised titleKey="page_title_popup">{() => <Popup />}</Localised>, document.getElementById('app')!);
