/** Fired on window with the new unread count, so the header bell updates without asking the server again. */
export const UNREAD_COUNT_EVENT = "offswitch:notifications-unread";

export function announceUnreadCount(count: number): void {
  window.dispatchEvent(new CustomEvent<number>(UNREAD_COUNT_EVENT, { detail: count }));
}
