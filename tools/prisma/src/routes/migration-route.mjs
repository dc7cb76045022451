import { chooseMigrationRoute } from '../engine/route-choice.mjs';
import { openNativeRoute } from './native-route.mjs';
import { openOfflineRoute } from './offline-route.mjs';

const OPENERS = { native: openNativeRoute, offline: openOfflineRoute };

export async function withMigrationRoute(app, env, work) {
  const choice = await chooseMigrationRoute(env);
  const route = await OPENERS[choice.route](app, choice.env ?? env);
  console.error(`accord-prisma: ${app.name}: ${route.name} route (${choice.reason})`);
  try {
    return await work(route);
  } finally {
    await route.close();
  }
}
