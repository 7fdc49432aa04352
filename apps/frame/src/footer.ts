import { Footer } from './components/Footer/Footer.tsx';
import { defineFrameApp } from './defineFrameApp.ts';

export const { bootstrap, mount, unmount, update } = defineFrameApp(Footer);
