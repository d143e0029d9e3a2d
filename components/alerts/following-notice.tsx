"use client";

import { useEffect, useState } from "react";
import { BellRing } from "lucide-react";
import { hasSignedInHint } from "@/lib/auth/signed-in-hint";
import { isGuideFollowing, type GuideFollowing } from "@/lib/alerts/following";

const THROUGH: Record<Exclude<GuideFollowing, null>, string> = {
  guide: "",
  platform: " through your alerts for this platform",
  all: " through your alerts for every settings change",
};

/**
 * On a guide's alert form (a static page): "You follow this guide" when the signed-in person already
 * gets its alerts. Asks the server once, and only when the signed-in hint cookie is there.
 */
export function FollowingNotice({ guide }: { guide: string }) {
  const [following, setFollowing] = useState<GuideFollowing>(null);
  useEffect(() => {
    if (!hasSignedInHint(document.cookie)) return;
    let current = true;
    fetch(`/api/alerts/following?guide=${encodeURIComponent(guide)}`, { headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { following?: unknown } | null) => {
        if (current && isGuideFollowing(body?.following)) setFollowing(body.following);
      })
      .catch(() => {
        // Offline or signed out meanwhile: the form alone is still right.
      });
    return () => {
      current = false;
    };
  }, [guide]);
  if (!following) return null;
  return (
    <p className="flex items-start gap-2 rounded-lg bg-done-soft p-3 text-sm" data-following={following}>
      <BellRing aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>
        <strong className="font-semibold">You follow this guide</strong>
        {THROUGH[following]}: you get an email when it changes.{" "}
        <a href="/account" className="text-accent underline">
          Manage your alerts
        </a>
      </span>
    </p>
  );
}
