/**
 * Families of acts that can describe one happening from different angles ("left" and "is on its
 * way"; "killed" and "died"). A number said of acts of one family can be the same number; said of
 * acts of different families ("injured" vs "deployed") it is a different number.
 */
export const actionFamilies: Readonly<Record<string, readonly string[]>> = {
  movement: ['act_protest', 'act_leave', 'act_travel', 'act_arrive', 'act_cross', 'act_return', 'act_flee', 'act_escape', 'act_form', 'act_gather', 'act_join', 'act_stay', 'act_break_through', 'act_swim', 'act_jump', 'act_retreat'],
  force: ['act_send', 'act_use_force', 'act_push_back', 'act_block', 'act_stop', 'act_disperse', 'act_attack', 'act_clash', 'act_beat', 'act_raid', 'act_surround', 'act_patrol'],
  death: ['act_kill', 'act_die', 'act_drown', 'dead', 'death_toll'],
  injury: ['act_injure'],
  missing: ['missing'],
  deployment: ['act_send', 'act_patrol'],
  custody: ['act_arrest', 'act_detain', 'act_deport', 'act_kidnap', 'act_seize', 'act_release'],
  rescue: ['act_rescue', 'act_evacuate', 'act_help', 'act_provide', 'act_donate'],
  change: ['act_rise', 'act_fall', 'act_cut', 'act_raise', 'act_lose'],
  request: ['act_request', 'act_request_help', 'act_apply', 'act_demand'],
  decision: ['act_approve', 'act_reject', 'act_ban', 'act_allow', 'act_decide', 'act_impose', 'act_lift', 'act_suspend', 'act_cancel', 'act_extend'],
};

/**
 * Families whose numbers are never the same number: the dead are not the injured or the missing;
 * applications are not the decisions on them ("received 9,800 applications", "beviljade 9 800").
 */
export const distinctFamilies: readonly string[] = ['death', 'injury', 'missing', 'custody', 'rescue', 'request'];

/**
 * Acts that languages divide differently, so one language's verb for one may be another's for the
 * other: "arrested" and "detuvo"; "cleared a camp" and "a été évacué", "geräumt" and "evacuated";
 * "stopped" and "blocked"; "cordoned off" and "spärrade av"; "were evacuated" and "fick lämna"; "welcomed" and "recibió"; "called off" and "ended". Two accounts
 * that name a pair are read as one act (less surely than the same act).
 */
export const nearActs: readonly (readonly [string, string])[] = [
  ['act_arrest', 'act_detain'],
  ['act_evacuate', 'act_disperse'],
  ['act_stop', 'act_block'],
  ['act_end', 'act_cancel'],
  ['act_end', 'act_lift'],
  ['act_agree', 'act_approve'],
  ['act_rescue', 'act_evacuate'],
  ['act_block', 'act_surround'],
  ['act_evacuate', 'act_leave'],
  ['act_receive', 'act_welcome'],
  ['act_close', 'act_suspend'],
  ['act_open', 'act_resume'],
];

/**
 * Opposite acts besides each concept's one `antonym`, where one act has more than one opposite:
 * "extended" the border controls against "ended" them as well as "lifted" them; "resumed"
 * deportations against "stopped" them as well as "suspended" them; "accepted" an offer against
 * "rejected" it.
 */
export const opposedActs: readonly (readonly [string, string])[] = [
  ['act_extend', 'act_end'],
  ['act_resume', 'act_stop'],
  ['act_resume', 'act_close'],
  ['act_open', 'act_suspend'],
  ['act_allow', 'act_reject'],
];

/** Acts of saying: what a source says is attribution, not what a figure or a quote is about. */
export const sayingActs: readonly string[] = ['act_say', 'act_announce', 'act_report'];
