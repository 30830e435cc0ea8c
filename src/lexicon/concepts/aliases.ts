/**
 * Concept ids that two tables coined for one meaning. Terms and definitions filed under the id on
 * the left are read as the id on the right, so every language lands on one id per meaning.
 */
export const conceptAliases: Readonly<Record<string, string>> = {
  act_deploy: 'act_send',
  act_depart: 'act_leave',
  act_assist: 'act_help',
  act_march: 'act_travel',
  act_grant: 'act_approve',
};
