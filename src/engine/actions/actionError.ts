/** Why an action was refused (a message the UI and the CLI show). */
export class ActionError extends Error {
  override name = 'ActionError';
}
