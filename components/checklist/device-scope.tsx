"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { DEVICES, type Device } from "@/lib/content/content-constants";
import { DEVICE_LABELS } from "@/lib/content/labels";
import { useHydrated } from "@/components/checklist/use-browser-progress";

/**
 * Lets a person say which device they are on, once, for every guide: instructions for other
 * devices are then hidden by CSS. Until they choose, every variant shows with its label (no
 * guessing from the browser: a guess would reflow the page after load). The picker is rendered on
 * the server too, disabled until the page's JavaScript runs, so nothing shifts when it hydrates.
 */
const STORAGE_KEY = "offswitch.device.v1";
type DeviceChoice = Device | "all";
const listeners = new Set<() => void>();

function readChoice(): DeviceChoice | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === "all" || (DEVICES as readonly string[]).includes(value ?? "") ? (value as DeviceChoice) : null;
  } catch {
    return null;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function saveChoice(choice: DeviceChoice) {
  try {
    window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage refused: the choice simply is not remembered.
  }
  for (const listener of listeners) listener();
}

export function DeviceScope({ variants, children }: { variants: readonly Device[]; children: ReactNode }) {
  const hydrated = useHydrated();
  const stored = useSyncExternalStore(subscribe, readChoice, () => null);
  const choice: DeviceChoice = stored !== null && (stored === "all" || variants.includes(stored)) ? stored : "all";
  const options: DeviceChoice[] = ["all", ...variants];

  return (
    <div data-device={choice}>
      {variants.length > 1 ? (
        <fieldset className="my-6 rounded-xl border border-line bg-surface p-4" data-print="hide">
          <legend className="px-1 text-sm font-semibold">Show instructions for</legend>
          <div className="flex flex-wrap gap-2">
            {options.map((option) => (
              <label
                key={option}
                className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line px-3 py-2 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:checked]:font-semibold"
              >
                <input
                  type="radio"
                  name="device"
                  value={option}
                  checked={choice === option}
                  disabled={!hydrated}
                  onChange={() => saveChoice(option)}
                  className="accent-accent"
                />
                {option === "all" ? "All devices" : DEVICE_LABELS[option]}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {children}
    </div>
  );
}
