import { Header } from './components/Header/Header.tsx';
import { defineFrameApp } from './defineFrameApp.ts';

export const { bootstrap, mount, unmount, update } = defineFrameApp(Header);
