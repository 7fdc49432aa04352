import { Landing } from './components/Landing/Landing.tsx';
import { defineFrameApp } from './defineFrameApp.ts';

export const { bootstrap, mount, unmount, update } = defineFrameApp(Landing);
