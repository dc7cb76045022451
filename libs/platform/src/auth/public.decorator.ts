import { SetMetadata } from '@nestjs/common';

/** Metadata the authentication guard reads; libs/telemetry sets the same key on /metrics, as it cannot import this library. */
export const PUBLIC_ROUTE = 'accord:public-route';

/** Open to anyone: health, forms a browser posts. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, 'public');

/** The route authenticates its caller itself (a signature-verified webhook, capture's own API keys), so the global guard stands aside. */
export const OwnAuthentication = () => SetMetadata(PUBLIC_ROUTE, 'own-authentication');
