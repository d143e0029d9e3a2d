"use client";

import { useEffect, useState, type ReactNode } from "react";
import { hasSignedInHint } from "@/lib/auth/signed-in-hint";
import { isGuideFollowing } from "@/lib/alerts/following";

/**
 * On a guide's alert form (a static page): shows its server-rendered children ("You follow this
 * guide") when the signed-in person already gets alerts covering the guide. Asks the server once,
 * and only when the signed-in hint cookie is there; the words stay on the server.
 */
export function FollowingNotice({ guide, children }: { guide: string; children: ReactNode }) {
  const [following, setFollowing] = useState<string | null>(null);
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
  return (
    <div hidden={!following} data-following={following ?? undefined}>
      {children}
    </div>
  );
}
