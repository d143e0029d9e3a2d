"use client";

import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from "react";
import { DEVICES, type Device } from "@/lib/content/content-constants";
import { DEVICE_STORAGE_KEY, guessDevice, type DeviceChoice } from "@/lib/content/device-guess";
import { useHydrated } from "@/components/checklist/use-browser-progress";

/**
 * Shows one device's instructions: the one the person picked (remembered for every guide), else
 * the one their browser looks like. The choice sits on <html data-device>, which CSS reads to
 * hide other devices' instructions; DeviceScopeScript sets it before the first paint, so nothing
 * reflows when this hydrates. Without JavaScript every device's instructions show, labelled.
 */
const listeners = new Set<() => void>();

function readStored(): DeviceChoice | null {
  try {
    const value = window.localStorage.getItem(DEVICE_STORAGE_KEY);
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
    window.localStorage.setItem(DEVICE_STORAGE_KEY, choice);
  } catch {
    // Storage refused: the choice simply is not remembered.
  }
  for (const listener of listeners) listener();
}

type DeviceOption = { value: Device; label: string };
const DeviceContext = createContext<{ options: readonly DeviceOption[]; choice: DeviceChoice; hydrated: boolean } | null>(null);

/** Holds the device choice for the guide's steps and mirrors it onto <html data-device>. Labels come from the server (no label tables in the browser). */
export function DeviceScope({ options, children }: { options: readonly DeviceOption[]; children: ReactNode }) {
  const variants = options.map((option) => option.value);
  const hydrated = useHydrated();
  const stored = useSyncExternalStore(subscribe, readStored, () => null);
  const guessed = hydrated ? (guessDevice(navigator.userAgent, variants) as Device | null) : null;
  const choice: DeviceChoice =
    stored !== null && (stored === "all" || variants.includes(stored)) ? stored : variants.length > 1 && guessed ? guessed : "all";

  useEffect(() => {
    if (!hydrated) return;
    document.documentElement.dataset.device = choice;
    return () => {
      delete document.documentElement.dataset.device;
    };
  }, [hydrated, choice]);

  return <DeviceContext.Provider value={{ options, choice, hydrated }}>{children}</DeviceContext.Provider>;
}

/** The device picker, beside the steps' heading; nothing when the guide has one device's instructions. */
export function DevicePicker() {
  const scope = useContext(DeviceContext);
  if (!scope || scope.options.length < 2) return null;
  return (
    <div className="flex items-center gap-2" data-print="hide">
      <label htmlFor="device-choice" className="text-sm font-semibold">
        Device
      </label>
      <select
        id="device-choice"
        value={scope.hydrated ? scope.choice : "all"}
        disabled={!scope.hydrated}
        onChange={(event) => saveChoice(event.target.value as DeviceChoice)}
        className="min-h-11 max-w-44 rounded-lg border border-line bg-surface px-2 py-2 text-sm text-ink"
      >
        {scope.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        <option value="all">All devices</option>
      </select>
    </div>
  );
}
