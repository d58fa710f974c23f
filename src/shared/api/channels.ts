/** The one invoke channel for every API method, and the one channel for push events. */
export const API_CHANNEL = 'workbench:api';
export const EVENT_CHANNEL = 'workbench:event';
