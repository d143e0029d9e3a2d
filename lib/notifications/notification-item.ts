/** One notification as the list shows it: the change it is about and that change's guide. */
export type NotificationItem = {
  id: string;
  createdAt: Date;
  readAt: Date | null;
  change: { id: string; title: string; summary: string; date: Date; severity: string };
  guide: { slug: string; title: string };
};
