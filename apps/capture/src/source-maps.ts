import { setSourceMapsSupport } from 'node:module';

// Stack traces point at our TypeScript; the maps node_modules ship stay unread (tens of MB in every process).
setSourceMapsSupport(true);
