export const attributionModels = ['first_touch', 'last_touch', 'linear', 'u_shaped', 'w_shaped', 'time_decay'] as const;
export type AttributionModel = (typeof attributionModels)[number];
